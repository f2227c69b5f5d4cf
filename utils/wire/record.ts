/**
 * One record of a device's hash chain, as it travels to the endpoint (issue #3) and as the endpoint stores it.
 * Imported by the extension's worker and by the server (STYLE.md §10). `zod/mini` like the rest of utils/.
 *
 * Every key is required (absent values are `null`), so a record has one canonical form and its hash cannot
 * depend on whether a sender dropped or kept an empty key. The chain hash is defined in utils/chain.ts.
 */
import * as z from 'zod/mini';
import '../zod-messages';
import { PII_TYPES } from '../classifier/types';
import { EvidenceSchema } from '../messages';
import { ChannelKindSchema } from '../policy/schema';

const text = (max: number) => z.string().check(z.maxLength(max));
/**
 * An ISO 8601 time with offset that both JavaScript and PostgreSQL can hold: ISO syntax allows year 0000, which
 * PostgreSQL refuses — a record a device can never deliver must be a 400, not a 500 retried forever.
 */
export const DeviceTimeSchema = z.iso.datetime({ offset: true }).check(
  z.refine((value) => {
    const time = Date.parse(value);
    return Number.isFinite(time) && time >= 0 && time < Date.UTC(10000, 0, 1);
  }, 'must be between 1970 and 9999'),
);

export const HashHexSchema = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits'));

const GUARD_SURFACES = ['paste', 'drop', 'upload'] as const;
const GUARD_OUTCOMES = ['blocked', 'warned', 'overridden', 'allowed', 'audited'] as const;
type GuardKind = `${(typeof GUARD_SURFACES)[number]}.${(typeof GUARD_OUTCOMES)[number]}`;
const guardKinds = GUARD_SURFACES.flatMap((surface) => GUARD_OUTCOMES.map((outcome) => `${surface}.${outcome}` as GuardKind));

export const RECORD_KINDS = [
  ...guardKinds,
  'message.captured',
  'policy.applied',
  'chain.broken',
  'storage.full',
  'notice.acknowledged',
  // Device-side facts a supervisor must learn of (issue #4): a managed value refused, a chain conflict the
  // endpoint reported, a batch the endpoint refused and that is held back.
  'policy.rejected',
  'chain.conflict',
  'sync.quarantined',
] as const;
export const RecordKindSchema = z.enum(RECORD_KINDS);

/** A finding as recorded: never the clear value (DESIGN.md decision 3) — the masked form and a keyed fingerprint. */
export const RecordedFindingSchema = z.strictObject({
  type: z.enum(PII_TYPES),
  masked: text(100),
  /** HMAC-SHA-256 of the normalized value with the firm's key, hex or base64url: repeats correlate, values stay secret. */
  fingerprint: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,128}$/, 'expected 16–128 hex or base64url characters')),
  detector: text(100),
  score: z.number().check(z.gte(0), z.lte(1)),
  evidence: EvidenceSchema,
});

export const RecordSchema = z.strictObject({
  id: z.uuid(),
  /** The device's sequence number: 1 for its first record, +1 for each next one, no gaps. */
  seq: z.number().check(z.int(), z.gte(1), z.lte(Number.MAX_SAFE_INTEGER)),
  /** The device clock when the record was made (ISO 8601 with offset); the endpoint adds its own receive time. */
  deviceTime: DeviceTimeSchema,
  kind: RecordKindSchema,
  site: z.nullable(z.strictObject({ host: text(300), status: z.enum(['supervised', 'approved', 'unapproved']) })),
  /** The supervised channel (policy `supervisedChannels[].id`) the event happened on, if any. */
  channel: z.nullable(z.strictObject({ id: text(64), kind: ChannelKindSchema })),
  findings: z.array(RecordedFindingSchema).check(z.maxLength(200)),
  action: z.enum(['block', 'warn', 'audit', 'allow', 'none']),
  justification: z.nullable(text(1000)),
  policyVersion: text(100),
  /** A captured message on a supervised channel: the firm's books and records, so its text is kept. */
  message: z.nullable(
    z.strictObject({ direction: z.enum(['sent', 'received']), text: text(100_000), conversation: z.nullable(text(300)) }),
  ),
  /** Free text for kinds without findings (chain.broken, storage.full, notice.acknowledged). */
  note: z.nullable(text(2000)),
  prevHash: HashHexSchema,
  hash: HashHexSchema,
});

export type ChainRecord = z.infer<typeof RecordSchema>;
export type RecordKind = z.infer<typeof RecordKindSchema>;
