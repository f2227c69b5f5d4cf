/**
 * The reviews section of the examiner export: every review record (event_reviews) of the events the export
 * holds — the same whole batches by receive time and the same device filter as the records — one JSON line per
 * row in id order, as stored. All reviews of an exported event travel with it, so a superseded review is always
 * next to the one that superseded it. The writer lists the file in the manifest, so its hash is signed and checked.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { reviewDatabase } from '../db/schema-review';
import { jsonLines, REVIEWS_FILE, type ReviewLine } from './layout';

export interface ReviewsSection {
  /** Files (path relative to the export, exact bytes) to write and list in the manifest. */
  files: Array<{ path: string; bytes: Buffer }>;
  count: number;
  note: string;
}

export async function reviewsSection(db: Kysely<Database>, range: { from: Date | null; to: Date | null; deviceIds: readonly string[] }): Promise<ReviewsSection> {
  const note = 'every review record of the exported events, in id order, as stored (reviews.jsonl)';
  if (range.deviceIds.length === 0) return { files: [{ path: REVIEWS_FILE, bytes: Buffer.alloc(0) }], count: 0, note };
  let query = reviewDatabase(db)
    .selectFrom('event_reviews as r')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .innerJoin('batches as b', 'b.id', 'e.batch_id')
    .select([
      'r.id',
      'r.event_id',
      'r.reviewer_account_id',
      'r.reviewer_label',
      'r.disposition',
      'r.comment',
      // Text in SQL: a JavaScript Date would drop the microseconds PostgreSQL stored.
      sql<string>`to_char(r.reviewed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('created_at'),
      'r.supersedes_id',
    ])
    .where('e.device_id', 'in', range.deviceIds)
    .orderBy('r.id');
  if (range.from) query = query.where('b.received_at', '>=', range.from);
  if (range.to) query = query.where('b.received_at', '<', range.to);
  const rows = await query.execute();
  const lines: ReviewLine[] = rows.map((row) => ({
    id: row.id,
    eventId: row.event_id,
    reviewerAccountId: row.reviewer_account_id,
    // reviewer_label is the reviewer's e-mail address at the time of the review (server/review/reviews.ts).
    reviewerEmail: row.reviewer_label,
    disposition: row.disposition,
    comment: row.comment,
    createdAt: row.created_at,
    supersedesId: row.supersedes_id,
  }));
  return {
    files: [{ path: REVIEWS_FILE, bytes: Buffer.from(jsonLines(lines), 'utf8') }],
    count: lines.length,
    note,
  };
}
