/**
 * The review queue (issue #3): blocked, warned and overridden events, newest first, scoped to the viewer, with
 * filters and keyset pages in the order of the partial index `events_review_queue` (migrations-review.ts).
 * The review state is derived from the review records, never stored on the event: events are append-only.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { REVIEW_KINDS, REVIEW_KINDS_SQL } from '../db/migrations-review';
import type { Database } from '../db/schema';
import { encodeCursor, type QueueCursor, type QueueFilter } from './queue-filter';
import { deviceVisibleTo, type Viewer } from './scope';
import { readStoredRecord, type ReviewRecord } from './stored-record';

export interface QueueItem extends ReviewRecord {
  id: string;
  kind: string;
  receivedAt: string;
  deviceTime: string;
  broker: { id: string; name: string } | null;
  device: { id: string; name: string | null };
  review: {
    state: 'open' | 'claimed' | 'reviewed';
    claimedBy: string | null;
    claimExpiresAt: string | null;
    latest: { id: number; disposition: string; reviewer: string; reviewedAt: string } | null;
  };
}

export interface QueueRow {
  id: string;
  kind: string;
  device_id: string;
  seq: number;
  record: unknown;
  device_time: Date;
  received_at: Date;
  received_key: string;
  device_name: string | null;
  broker_id: string | null;
  broker_name: string | null;
  review_id: number | null;
  disposition: string | null;
  reviewer_label: string | null;
  reviewed_at: Date | null;
  claimer_email: string | null;
  claim_expires_at: Date | null;
}

const column = (name: string) => sql.raw(name);

/** Every condition a queue filter adds; the scope condition is always first. */
function conditions(viewer: Viewer, filter: Partial<Omit<QueueFilter, 'cursor' | 'limit' | 'format'>>): RawBuilder<boolean>[] {
  const where: RawBuilder<boolean>[] = [deviceVisibleTo(viewer, column('e.device_id'))];
  if (filter.broker) where.push(sql`e.device_id IN (SELECT device_id FROM device_owners WHERE broker_id = ${filter.broker})`);
  if (filter.group) {
    where.push(sql`e.device_id IN (SELECT o.device_id FROM device_owners o JOIN group_memberships m ON m.broker_id = o.broker_id WHERE m.group_id = ${filter.group})`);
  }
  if (filter.findingType) where.push(sql`e.record->'findings' @> ${JSON.stringify([{ type: filter.findingType }])}::jsonb`);
  if (filter.site) where.push(sql`e.record->'site'->>'host' = ${filter.site}`);
  if (filter.action) {
    const kinds = REVIEW_KINDS.filter((kind) => kind.endsWith(`.${filter.action}`));
    where.push(sql`e.kind IN (${sql.join(kinds)})`);
  }
  if (filter.from) where.push(sql`e.received_at >= ${filter.from}::timestamptz`);
  if (filter.to) where.push(sql`e.received_at < ${filter.to}::timestamptz`);
  if (filter.state === 'open') where.push(sql`r.id IS NULL AND c.expires_at IS NULL`);
  if (filter.state === 'claimed') where.push(sql`c.expires_at IS NOT NULL`);
  if (filter.state === 'reviewed') where.push(sql`r.id IS NOT NULL AND c.expires_at IS NULL`);
  if (filter.reviewer) {
    if (filter.state === 'claimed') where.push(sql`c.claimer_email = ${filter.reviewer}`);
    else if (filter.state === 'reviewed') where.push(sql`r.reviewer_label = ${filter.reviewer}`);
    else where.push(sql`(r.reviewer_label = ${filter.reviewer} OR c.claimer_email = ${filter.reviewer})`);
  }
  return where;
}

/** The queue's SELECT with its joins; `where` and the tail (order, limit) vary by caller. */
export function queueSelect(where: RawBuilder<boolean>[], tail: RawBuilder<unknown>) {
  return sql<QueueRow>`
SELECT e.id, e.kind, e.device_id, e.seq, e.record, e.device_time, e.received_at,
       to_char(e.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS received_key,
       d.name AS device_name, o.broker_id, b.name AS broker_name,
       r.id AS review_id, r.disposition, r.reviewer_label, r.reviewed_at,
       c.claimer_email, c.expires_at AS claim_expires_at
FROM events e
JOIN devices d ON d.id = e.device_id
LEFT JOIN device_owners o ON o.device_id = e.device_id
LEFT JOIN brokers b ON b.id = o.broker_id
LEFT JOIN LATERAL (
  SELECT x.id, x.disposition, x.reviewer_label, x.reviewed_at FROM event_reviews x WHERE x.event_id = e.id ORDER BY x.id DESC LIMIT 1
) r ON true
LEFT JOIN LATERAL (
  SELECT a.email AS claimer_email, y.expires_at, y.claimed_at
  FROM event_claims y JOIN accounts a ON a.id = y.account_id WHERE y.event_id = e.id ORDER BY y.id DESC LIMIT 1
) c ON c.expires_at > now() AND (r.reviewed_at IS NULL OR c.claimed_at > r.reviewed_at)
WHERE e.${sql.raw(REVIEW_KINDS_SQL)} AND ${sql.join(where, sql` AND `)}
${tail}`;
}

export function toQueueItem(row: QueueRow): QueueItem {
  const state = row.claim_expires_at ? 'claimed' : row.review_id !== null ? 'reviewed' : 'open';
  return {
    id: row.id,
    kind: row.kind,
    receivedAt: row.received_at.toISOString(),
    deviceTime: row.device_time.toISOString(),
    ...readStoredRecord(row.record),
    broker: row.broker_id && row.broker_name ? { id: row.broker_id, name: row.broker_name } : null,
    device: { id: row.device_id, name: row.device_name },
    review: {
      state,
      claimedBy: row.claimer_email,
      claimExpiresAt: row.claim_expires_at?.toISOString() ?? null,
      latest:
        row.review_id !== null
          ? { id: row.review_id, disposition: row.disposition!, reviewer: row.reviewer_label!, reviewedAt: row.reviewed_at!.toISOString() }
          : null,
    },
  };
}

export interface QueuePage {
  items: QueueItem[];
  nextCursor: string | null;
}

export async function readQueuePage(db: Kysely<Database>, viewer: Viewer, filter: QueueFilter): Promise<QueuePage> {
  const where = conditions(viewer, filter);
  const cursor: QueueCursor | undefined = filter.cursor;
  if (cursor) where.push(sql`(e.received_at, e.device_id, e.seq) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid, ${cursor[2]})`);
  const tail = sql`ORDER BY e.received_at DESC, e.device_id DESC, e.seq DESC LIMIT ${filter.limit + 1}`;
  const { rows } = await queueSelect(where, tail).execute(db);
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > filter.limit && last ? encodeCursor([last.received_key, last.device_id, last.seq]) : null;
  return { items: page.map(toQueueItem), nextCursor };
}

/** One item by id, or null when it does not exist, is not a review kind, or is outside the viewer's scope. */
export async function readQueueItem(db: Kysely<Database>, viewer: Viewer, eventId: string): Promise<QueueItem | null> {
  const where = conditions(viewer, {});
  where.push(sql`e.id = ${eventId}`);
  const { rows } = await queueSelect(where, sql``).execute(db);
  return rows[0] ? toQueueItem(rows[0]) : null;
}
