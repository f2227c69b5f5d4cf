/** The review queue as CSV rows: every page of the filter, fetched by keyset so memory stays flat. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { CsvCell } from './csv';
import { readQueuePage, type QueueItem } from './queue';
import type { QueueFilter } from './queue-filter';
import type { Viewer } from './scope';

export const QUEUE_CSV_COLUMNS = [
  'event_id', 'received_at', 'device_time', 'kind', 'broker', 'broker_id', 'device', 'device_id', 'site', 'site_status', 'channel',
  'action', 'justification', 'findings', 'explanation', 'review_state', 'claimed_by', 'disposition', 'reviewer', 'reviewed_at',
] as const;

export function queueCsvRow(item: QueueItem): CsvCell[] {
  return [
    item.id, item.receivedAt, item.deviceTime, item.kind, item.broker?.name, item.broker?.id, item.device.name, item.device.id,
    item.site?.host, item.site?.status, item.channel?.id, item.action, item.justification,
    item.findings.map((finding) => `${finding.type} ${finding.masked}`).join('; '),
    item.findings.map((finding) => finding.explanation).join(' | '),
    item.review.state, item.review.claimedBy, item.review.latest?.disposition, item.review.latest?.reviewer, item.review.latest?.reviewedAt,
  ];
}

export async function* queueCsvRows(db: Kysely<Database>, viewer: Viewer, filter: QueueFilter): AsyncGenerator<CsvCell[]> {
  let cursor = filter.cursor;
  do {
    const page = await readQueuePage(db, viewer, { ...filter, cursor, limit: 200 });
    for (const item of page.items) yield queueCsvRow(item);
    cursor = page.nextCursor ? (JSON.parse(Buffer.from(page.nextCursor, 'base64url').toString('utf8')) as QueueFilter['cursor']) : undefined;
  } while (cursor);
}
