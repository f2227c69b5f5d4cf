/**
 * The SQL of the review queue, in two stages so a page of a million events stays fast (issue #3, p95 < 100 ms):
 * stage one walks events in keyset order with every filter applied to the events alone — the viewer's scope and
 * the broker/group filters as a set of device ids computed first — and stops at one page; stage two joins
 * devices, brokers and the review state for that page only.
 *
 * Review state, derived (events are append-only): `claimed` while the newest claim has not expired and no review
 * came after it; otherwise `reviewed` if any review exists; otherwise `open`.
 */
import { sql, type RawBuilder } from 'kysely';
import { REVIEW_KINDS, REVIEW_KINDS_SQL } from '../db/migrations-review';
import type { QueueCursor, QueueFilter } from './queue-filter';

export type EventFilter = Partial<Omit<QueueFilter, 'cursor' | 'limit' | 'format' | 'broker' | 'group'>>;

/** Below this many devices, walking each device's own index and merging beats filtering the global time order. */
export const PER_DEVICE_WALK_LIMIT = 64;

const latestReviewer = sql`(SELECT x.reviewer_label FROM event_reviews x WHERE x.event_id = e.id ORDER BY x.id DESC LIMIT 1)`;
const activeClaimHolder = sql`(
  SELECT a.email FROM event_claims y JOIN accounts a ON a.id = y.account_id
  WHERE y.event_id = e.id AND y.id = (SELECT max(z.id) FROM event_claims z WHERE z.event_id = e.id) AND y.expires_at > now()
    AND NOT EXISTS (SELECT 1 FROM event_reviews r WHERE r.event_id = e.id AND r.reviewed_at > y.claimed_at))`;
const hasReview = sql`EXISTS (SELECT 1 FROM event_reviews x WHERE x.event_id = e.id)`;

/** Conditions on `events e` alone (no joins): kinds, type, site, outcome, time, review state. */
export function eventConditions(filter: EventFilter): RawBuilder<boolean>[] {
  const where: RawBuilder<boolean>[] = [sql`e.${sql.raw(REVIEW_KINDS_SQL)}`];
  if (filter.findingType) where.push(sql`e.record->'findings' @> ${JSON.stringify([{ type: filter.findingType }])}::jsonb`);
  if (filter.site) where.push(sql`e.record->'site'->>'host' = ${filter.site}`);
  if (filter.action) where.push(sql`e.kind IN (${sql.join(REVIEW_KINDS.filter((kind) => kind.endsWith(`.${filter.action}`)))})`);
  if (filter.from) where.push(sql`e.received_at >= ${filter.from}::timestamptz`);
  if (filter.to) where.push(sql`e.received_at < ${filter.to}::timestamptz`);
  if (filter.state === 'open') where.push(sql`NOT ${hasReview} AND ${activeClaimHolder} IS NULL`);
  if (filter.state === 'claimed') where.push(sql`${activeClaimHolder} IS NOT NULL`);
  // "Has a review" is not repeated here: pageOfEvents answers `reviewed` from the first reviews themselves, and a
  // redundant EXISTS would lead the planner to hash every review instead of walking them in queue order.
  if (filter.state === 'reviewed') where.push(sql`${activeClaimHolder} IS NULL`);
  if (filter.reviewer) {
    if (filter.state === 'claimed') where.push(sql`${activeClaimHolder} = ${filter.reviewer}`);
    else if (filter.state === 'reviewed') where.push(sql`${latestReviewer} = ${filter.reviewer}`);
    else where.push(sql`(${latestReviewer} = ${filter.reviewer} OR ${activeClaimHolder} = ${filter.reviewer})`);
  }
  return where;
}

const ORDER = sql`ORDER BY e.received_at DESC, e.device_id DESC, e.seq DESC`;
const EVENT_COLUMNS = sql`e.id, e.kind, e.device_id, e.seq, e.record, e.device_time, e.received_at`;

/** Rows after the cursor in keyset order, on the given columns (the events' own, or event_reviews' copies). */
function afterCursor(cursor: QueueCursor | undefined, receivedAt: string, deviceId: string, seq: string): RawBuilder<boolean>[] {
  if (!cursor) return [];
  const [at, device, sequence] = [sql.ref(receivedAt), sql.ref(deviceId), sql.ref(seq)];
  // The plain `<=` is implied by the row comparison; it gives a per-device index a range to start from.
  return [sql`${at} <= ${cursor[0]}::timestamptz`, sql`(${at}, ${device}, ${sequence}) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid, ${cursor[2]})`];
}

/**
 * Stage one: the page's events. `devices` null = every device (admins and auditors without a broker/group
 * filter). Reviewed-only pages walk the first reviews in queue order (index `event_reviews_queue_order`).
 */
export function pageOfEvents(
  filter: EventFilter & { cursor?: QueueCursor | undefined },
  where: RawBuilder<boolean>[],
  devices: readonly string[] | null,
  limit: number,
  perDeviceWalkLimit = PER_DEVICE_WALK_LIMIT,
): RawBuilder<unknown> {
  if (filter.state === 'reviewed') {
    const inDevices = devices === null ? sql`true` : sql`x.event_device_id = ANY(${devices}::uuid[])`;
    const conditions = sql.join([...where, ...afterCursor(filter.cursor, 'x.event_received_at', 'x.event_device_id', 'x.event_seq')], sql` AND `);
    return sql`SELECT ${EVENT_COLUMNS} FROM event_reviews x JOIN events e ON e.id = x.event_id
      WHERE x.supersedes_id IS NULL AND ${inDevices} AND ${conditions}
      ORDER BY x.event_received_at DESC, x.event_device_id DESC, x.event_seq DESC LIMIT ${limit}`;
  }
  const conditions = sql.join([...where, ...afterCursor(filter.cursor, 'e.received_at', 'e.device_id', 'e.seq')], sql` AND `);
  if (devices === null) return sql`SELECT ${EVENT_COLUMNS} FROM events e WHERE ${conditions} ${ORDER} LIMIT ${limit}`;
  if (devices.length > perDeviceWalkLimit) {
    return sql`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.device_id = ANY(${devices}::uuid[]) AND ${conditions} ${ORDER} LIMIT ${limit}`;
  }
  return sql`SELECT e.* FROM unnest(${devices}::uuid[]) AS dev(id) CROSS JOIN LATERAL (
      SELECT ${EVENT_COLUMNS} FROM events e WHERE e.device_id = dev.id AND ${conditions} ORDER BY e.received_at DESC, e.seq DESC LIMIT ${limit}
    ) e ${ORDER} LIMIT ${limit}`;
}

/** Stage two: the page joined with its device, broker and review state. */
export function withReviewState(page: RawBuilder<unknown>) {
  return sql`
SELECT e.*, to_char(e.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS received_key,
       d.name AS device_name, o.broker_id, b.name AS broker_name,
       r.id AS review_id, r.disposition, r.reviewer_label, r.reviewed_at, c.claimer_email, c.expires_at AS claim_expires_at
FROM (${page}) e
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
${ORDER}`;
}
