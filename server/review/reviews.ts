/**
 * Dispositions (FINRA 3110.07): a review record names the reviewer, the item, the date and the action taken.
 * It is never edited; a newer review supersedes the latest one (supersedes_id), so the full history remains.
 */
import { z } from 'zod';
import { sql, type Kysely, type Transaction } from 'kysely';
import { DISPOSITIONS, type ReviewDatabase } from '../db/schema-review';
import { activeClaim } from './claims';
import type { Viewer } from './scope';

export const ReviewBodySchema = z.strictObject({
  disposition: z.enum(DISPOSITIONS),
  comment: z.string().trim().min(3, 'comment must have at least 3 characters').max(5000),
});
export type ReviewBody = z.infer<typeof ReviewBodySchema>;

export type ReviewOutcome = { status: 'recorded'; reviewId: number; supersedesId: number | null } | { status: 'held_by_other'; holder: string };

/** Records a review (caller holds the item lock). Refused while someone else holds an active claim. */
export async function recordReview(trx: Transaction<ReviewDatabase>, eventId: string, reviewer: Viewer, body: ReviewBody): Promise<ReviewOutcome> {
  const claim = await activeClaim(trx, eventId);
  if (claim && claim.accountId !== reviewer.accountId) return { status: 'held_by_other', holder: claim.email };
  const event = await trx.selectFrom('events').select(['device_id', 'seq']).where('id', '=', eventId).executeTakeFirstOrThrow();
  const latest = await trx.selectFrom('event_reviews').select('id').where('event_id', '=', eventId).orderBy('id', 'desc').limit(1).executeTakeFirst();
  const inserted = await trx
    .insertInto('event_reviews')
    .values({
      event_id: eventId,
      reviewer_account_id: reviewer.accountId,
      reviewer_label: reviewer.email,
      disposition: body.disposition,
      comment: body.comment,
      supersedes_id: latest?.id ?? null,
      // Copied in SQL: a JavaScript Date would drop the microseconds the queue's keyset compares.
      event_received_at: sql<Date>`(SELECT e.received_at FROM events e WHERE e.id = ${eventId})`,
      event_device_id: event.device_id,
      event_seq: event.seq,
      // After the lock was granted, so a review always sorts after the claim it releases (claims.ts).
      reviewed_at: sql<Date>`clock_timestamp()`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { status: 'recorded', reviewId: inserted.id, supersedesId: latest?.id ?? null };
}

export interface ItemHistory {
  reviews: Array<{ id: number; disposition: string; comment: string; reviewer: string; reviewedAt: string; supersedesId: number | null; current: boolean }>;
  claims: Array<{ id: number; holder: string; claimedAt: string; expiresAt: string; takesOverClaimId: number | null }>;
  views: Array<{ viewer: string; viewedAt: string }>;
}

/** Everything recorded about an item's review, newest first. */
export async function readItemHistory(db: Kysely<ReviewDatabase>, eventId: string): Promise<ItemHistory> {
  const [reviews, claims, views] = await Promise.all([
    db.selectFrom('event_reviews').selectAll().where('event_id', '=', eventId).orderBy('id', 'desc').execute(),
    db
      .selectFrom('event_claims as c')
      .innerJoin('accounts as a', 'a.id', 'c.account_id')
      .select(['c.id', 'a.email', 'c.claimed_at', 'c.expires_at', 'c.takes_over_claim_id'])
      .where('c.event_id', '=', eventId)
      .orderBy('c.id', 'desc')
      .execute(),
    db
      .selectFrom('item_views as v')
      .innerJoin('accounts as a', 'a.id', 'v.account_id')
      .select(['a.email', 'v.viewed_at'])
      .where('v.event_id', '=', eventId)
      .orderBy('v.id', 'desc')
      .limit(50)
      .execute(),
  ]);
  return {
    reviews: reviews.map((review, index) => ({
      id: review.id,
      disposition: review.disposition,
      comment: review.comment,
      reviewer: review.reviewer_label,
      reviewedAt: review.reviewed_at.toISOString(),
      supersedesId: review.supersedes_id,
      current: index === 0,
    })),
    claims: claims.map((claim) => ({
      id: claim.id,
      holder: claim.email,
      claimedAt: claim.claimed_at.toISOString(),
      expiresAt: claim.expires_at.toISOString(),
      takesOverClaimId: claim.takes_over_claim_id,
    })),
    views: views.map((view) => ({ viewer: view.email, viewedAt: view.viewed_at.toISOString() })),
  };
}
