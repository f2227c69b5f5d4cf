/**
 * The examiner export's layout and manifest (issue #3), shared by the writer (database → folder) and the offline
 * verifier (folder → verdict). Every file is listed in manifest.json with its SHA-256; manifest.sig is the
 * endpoint key's signature over the exact bytes of manifest.json.
 *
 *   manifest.json, manifest.sig, server-public-key.json, devices.json, audit-log.jsonl
 *   devices/<device id>/records.jsonl         one stored event per line, in chain order (canonical = the hashed text)
 *   devices/<device id>/batches/<id>.json      the exact signed bytes of each batch, and <id>.sig (base64url P-1363)
 *   devices/<device id>/receipts.jsonl         the endpoint's signed receipts
 *   reviews.jsonl                              every review record of the exported events, as stored (./reviews-section.ts)
 */
import { z } from 'zod';
import { DISPOSITIONS } from '../db/schema-review';

export const EXPORT_FORMAT = 'channel-guard-export/1';
export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_SIGNATURE_FILE = 'manifest.sig';
export const SERVER_KEY_FILE = 'server-public-key.json';
export const DEVICES_FILE = 'devices.json';
export const AUDIT_FILE = 'audit-log.jsonl';
export const REVIEWS_FILE = 'reviews.jsonl';

export const recordsFile = (deviceId: string) => `devices/${deviceId}/records.jsonl`;
export const receiptsFile = (deviceId: string) => `devices/${deviceId}/receipts.jsonl`;
export const batchFile = (deviceId: string, batchId: number, suffix: 'json' | 'sig') => `devices/${deviceId}/batches/${batchId}.${suffix}`;

export const RecordLineSchema = z.strictObject({
  seq: z.number().int().min(1),
  batchId: z.number().int(),
  receivedAt: z.string(),
  prevHash: z.string(),
  hash: z.string(),
  canonical: z.string(),
});
export const ReceiptLineSchema = z.strictObject({
  batchId: z.number().int(),
  ackedThroughSeq: z.number().int(),
  chainHead: z.string(),
  serverTime: z.string(),
  signature: z.string(),
});
/** One row of event_reviews (FINRA 3110.07: reviewer, item, date, action); createdAt keeps the stored microseconds. */
export const ReviewLineSchema = z.strictObject({
  id: z.number().int().min(1),
  eventId: z.uuid(),
  reviewerAccountId: z.uuid(),
  reviewerEmail: z.string(),
  disposition: z.enum(DISPOSITIONS),
  comment: z.string(),
  createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/),
  supersedesId: z.number().int().min(1).nullable(),
});
export type ReviewLine = z.infer<typeof ReviewLineSchema>;
export const DeviceEntrySchema = z.strictObject({
  id: z.uuid(),
  name: z.string().nullable(),
  enrolledAt: z.string(),
  revokedAt: z.string().nullable(),
  publicKeyJwk: z.record(z.string(), z.unknown()),
  batchIds: z.array(z.number().int()),
  /** The link before the first exported record (seq 0 and 64 zeros when the export starts at the beginning). */
  anchor: z.strictObject({ seq: z.number().int().min(0), hash: z.string() }),
});
export const ManifestSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  createdAt: z.string(),
  range: z.strictObject({ from: z.string().nullable(), to: z.string().nullable(), device: z.string().nullable() }),
  counts: z.strictObject({ devices: z.number(), batches: z.number(), records: z.number(), receipts: z.number(), auditEntries: z.number(), reviews: z.number().nullable() }),
  reviews: z.strictObject({ included: z.boolean(), note: z.string() }),
  files: z.array(z.strictObject({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().min(0) })),
});
export type Manifest = z.infer<typeof ManifestSchema>;
export type DeviceEntry = z.infer<typeof DeviceEntrySchema>;

export const jsonLines = (rows: readonly unknown[]) => rows.map((row) => `${JSON.stringify(row)}\n`).join('');
