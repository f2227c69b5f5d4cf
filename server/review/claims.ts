/**
 * Claims and dispositions (issue #3). One active claim per item, across every endpoint process: both verbs take
 * a transaction-scoped advisory lock on the item, so two claims racing on two processes are serialized by
 * PostgreSQL and the second sees the first. A stale claim (CLAIM_TTL) can be taken over — as a new row.
 */
import { sql, type Transaction } from 'kysely';
import type { ReviewDatabase } from '../db/schema-review';

export const CLAIM_TTL_MINUTES = 120;

export interface ActiveClaim {
  id: number;
  accountId: string;
  email: string;
  expiresAt: Date;
}

export async function lockItem(trx: Transaction<ReviewDatabase>, eventId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`channel-guard-review:${eventId}`}, 0))`.execute(trx);
}

/** The latest claim if it has not expired and no review was recorded after it (a review releases its claim). */
export async function activeClaim(trx: Transaction<ReviewDatabase>, eventId: string): Promise<ActiveClaim | null> {
  const claim = await trx
    .selectFrom('event_claims as c')
    .innerJoin('accounts as a', 'a.id', 'c.account_id')
    .select(['c.id', 'c.account_id', 'a.email', 'c.claimed_at', 'c.expires_at'])
    .where('c.event_id', '=', eventId)
    .orderBy('c.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!claim || claim.expires_at <= new Date()) return null;
  const reviewedSince = await trx
    .selectFrom('event_reviews')
    .select('id')
    .where('event_id', '=', eventId)
    .where('reviewed_at', '>', claim.claimed_at)
    .limit(1)
    .executeTakeFirst();
  return reviewedSince ? null : { id: claim.id, accountId: claim.account_id, email: claim.email, expiresAt: claim.expires_at };
}

export type ClaimOutcome = { status: 'claimed'; claimId: number; expiresAt: Date; tookOver: number | null } | { status: 'held_by_other'; holder: string; expiresAt: Date };

/** Claims the item for `accountId` (caller holds the item lock). Claiming one's own active claim renews it. */
export async function claimItem(trx: Transaction<ReviewDatabase>, eventId: string, accountId: string): Promise<ClaimOutcome> {
  const current = await activeClaim(trx, eventId);
  if (current && current.accountId !== accountId) return { status: 'held_by_other', holder: current.email, expiresAt: current.expiresAt };
  const stale = current
    ? null
    : await trx.selectFrom('event_claims').select('id').where('event_id', '=', eventId).orderBy('id', 'desc').limit(1).executeTakeFirst();
  // clock_timestamp(), not now(): now() is when the transaction began, which may be before the lock was granted.
  const inserted = await trx
    .insertInto('event_claims')
    .values({
      event_id: eventId,
      account_id: accountId,
      claimed_at: sql<Date>`clock_timestamp()`,
      expires_at: sql<Date>`clock_timestamp() + make_interval(mins => ${CLAIM_TTL_MINUTES})`,
      takes_over_claim_id: current?.id ?? stale?.id ?? null,
    })
    .returning(['id', 'expires_at'])
    .executeTakeFirstOrThrow();
  return { status: 'claimed', claimId: inserted.id, expiresAt: inserted.expires_at, tookOver: stale?.id ?? null };
}
