/** An item's review state in words and colour (the colour is never the only signal). */
import type { QueueItem } from '../../review/queue';

export function ReviewState({ review }: { review: QueueItem['review'] }) {
  const text =
    review.state === 'claimed' ? `claimed by ${review.claimedBy}`
    : review.state === 'reviewed' ? `reviewed: ${review.latest?.disposition.replace(/_/g, ' ')} (${review.latest?.reviewer})`
    : 'open';
  return <span class={`state state-${review.state}`}>{text}</span>;
}
