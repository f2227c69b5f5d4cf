/** The full review history of an item: every disposition (superseded ones marked), claims and views. */
import type { ItemHistory as History } from '../../review/reviews';

export function ItemHistory({ history }: { history: History }) {
  return (
    <section class="panel" aria-labelledby="history-title">
      <h2 id="history-title">Review history</h2>
      {history.reviews.length === 0 ? <p>No disposition yet. Opening an item is logged but is not a review.</p> : (
        <ol aria-label="Dispositions, newest first">
          {history.reviews.map((review) => (
            <li key={review.id} class={review.current ? '' : 'superseded'}>
              <strong>{review.disposition.replace(/_/g, ' ')}</strong> by {review.reviewer} on {new Date(review.reviewedAt).toLocaleString()}: “{review.comment}”
              {review.current ? ' (current)' : ' (superseded)'}
            </li>
          ))}
        </ol>
      )}
      <h3>Claims</h3>
      <ul>{history.claims.map((claim) => <li key={claim.id}>{claim.holder} claimed on {new Date(claim.claimedAt).toLocaleString()} until {new Date(claim.expiresAt).toLocaleString()}</li>)}</ul>
      <h3>Opened by</h3>
      <ul>{history.views.slice(0, 10).map((view, index) => <li key={index}>{view.viewer} on {new Date(view.viewedAt).toLocaleString()}</li>)}</ul>
    </section>
  );
}
