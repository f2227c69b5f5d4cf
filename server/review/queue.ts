/**
 * The review queue (issue #3): blocked, warned and overridden events, newest first, scoped to the viewer, with
 * filters and keyset pages in the order of the partial index `events_review_queue` (migrations-review.ts).
 * The SQL is in ./queue-sql.ts; this file turns rows into items.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema';
import { encodeCursor, type QueueFilter } from './queue-filter';
import { eventConditions, pageOfEvents, withReviewState } from './queue-sql';
import { brokerVisibleTo, type Viewer } from './scope';
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

/**
 * The devices whose events the viewer may see under the broker/group filters, or null for "all devices" (an
 * admin or auditor without such a filter). The scope rule (./scope.ts) is part of this SQL.
 */
async function visibleDevices(db: Kysely<Database>, viewer: Viewer, filter: Pick<QueueFilter, 'broker' | 'group'>): Promise<string[] | null> {
  if (viewer.role !== 'supervisor' && !filter.broker && !filter.group) return null;
  // The scope on the owner's broker directly: one pass over device_owners (wrapping it again cost ~40 ms at 2,000 devices).
  const conditions: RawBuilder<boolean>[] = [brokerVisibleTo(viewer, sql.ref('o.broker_id'))];
  if (filter.broker) conditions.push(sql`o.broker_id = ${filter.broker}`);
  if (filter.group) conditions.push(sql`o.broker_id IN (SELECT m.broker_id FROM active_group_memberships m WHERE m.group_id = ${filter.group})`);
  const { rows } = await sql<{ device_id: string }>`SELECT o.device_id FROM device_owners o WHERE o.broker_id IS NOT NULL AND ${sql.join(conditions, sql` AND `)}`.execute(db);
  return rows.map((row) => row.device_id);
}

async function readRows(db: Kysely<Database>, viewer: Viewer, filter: Partial<QueueFilter>, extra: RawBuilder<boolean>[], limit: number): Promise<QueueRow[]> {
  const devices = await visibleDevices(db, viewer, filter);
  if (devices !== null && devices.length === 0) return [];
  const where = [...eventConditions(filter), ...extra];
  const { rows } = await withReviewState(pageOfEvents(filter, where, devices, limit)).$castTo<QueueRow>().execute(db);
  return rows;
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
  const rows = await readRows(db, viewer, filter, [], filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > filter.limit && last ? encodeCursor([last.received_key, last.device_id, last.seq]) : null;
  return { items: page.map(toQueueItem), nextCursor };
}

/** One item by id, or null when it does not exist, is not a review kind, or is outside the viewer's scope. */
export async function readQueueItem(db: Kysely<Database>, viewer: Viewer, eventId: string): Promise<QueueItem | null> {
  const rows = await readRows(db, viewer, {}, [sql`e.id = ${eventId}`], 1);
  return rows[0] ? toQueueItem(rows[0]) : null;
}
