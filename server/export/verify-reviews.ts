/**
 * Checks reviews.jsonl of an examiner export beyond its hash (which verify-export.ts checks with every file):
 * each line is a review record, each names an event the export holds, and each supersedes an earlier review of
 * the same event — so a line moved to another event, or a history re-ordered, is named by line and review id.
 */
import { REVIEWS_FILE, ReviewLineSchema, type ReviewLine } from './layout';

/** Returns the review records read; appends one message per problem. */
export function verifyReviewLines(text: string, exportedEventIds: ReadonlySet<string>, problems: string[]): ReviewLine[] {
  const reviews: ReviewLine[] = [];
  const eventOfReview = new Map<number, string>();
  text.split('\n').forEach((line, index) => {
    if (line === '') return;
    const where = `${REVIEWS_FILE} line ${index + 1}`;
    let parsed: ReturnType<typeof ReviewLineSchema.safeParse>;
    try {
      parsed = ReviewLineSchema.safeParse(JSON.parse(line));
    } catch {
      problems.push(`${where}: not valid JSON`);
      return;
    }
    if (!parsed.success) {
      problems.push(`${where}: not a review record (${parsed.error.issues.map((issue) => issue.path.join('.') || issue.message).join(', ')})`);
      return;
    }
    const review = parsed.data;
    if (!exportedEventIds.has(review.eventId)) problems.push(`${where}: review ${review.id} is of event ${review.eventId}, which is not in this export`);
    if (review.supersedesId !== null && eventOfReview.get(review.supersedesId) !== review.eventId) {
      problems.push(`${where}: review ${review.id} supersedes ${review.supersedesId}, which is not an earlier review of event ${review.eventId}`);
    }
    eventOfReview.set(review.id, review.eventId);
    reviews.push(review);
  });
  return reviews;
}
