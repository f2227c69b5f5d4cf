/**
 * The reviews section of the examiner export. INTEGRATION: review records live on the `review` branch; after the
 * merge, this function writes them (e.g. reviews.jsonl: reviewer, item, date, action, comment, superseded-by) for
 * the exported range and returns the file and count — the writer lists it in the manifest like any other file,
 * so the verifier checks its hash without change.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface ReviewsSection {
  /** Files (path relative to the export, exact bytes) to write and list in the manifest. */
  files: Array<{ path: string; bytes: Buffer }>;
  count: number | null;
  note: string;
}

export async function reviewsSection(_db: Kysely<Database>, _range: { from: Date | null; to: Date | null; deviceIds: readonly string[] }): Promise<ReviewsSection> {
  return { files: [], count: null, note: 'review records are not stored by this build of the endpoint (no review table yet)' };
}
