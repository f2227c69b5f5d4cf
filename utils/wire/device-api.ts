/**
 * Bodies of the device API (issue #3). Every route, header and the signature scheme: see ./headers.ts.
 *
 *   POST /v1/enroll     EnrollRequest → 201 EnrollResponse                (unauthenticated, rate-limited per address)
 *   POST /v1/events     EventBatch    → 200 Receipt | 409 ChainConflict   (signed body)
 *   GET  /v1/policy                   → 200 PolicyResponse + ETag | 304   (signed request line)
 *   POST /v1/heartbeat  Heartbeat     → 200 HeartbeatResponse             (signed body)
 *   errors: 400/401/404/413/415/429 ErrorResponse; 429 and 503 carry Retry-After.
 */
import * as z from 'zod/mini';
import '../zod-messages';
import { PolicySchema } from '../policy/schema';
import { DeviceTimeSchema, HashHexSchema, RecordSchema } from './record';

const text = (max: number) => z.string().check(z.maxLength(max));
const base64url = (length: number) => z.string().check(z.regex(new RegExp(`^[A-Za-z0-9_-]{${length}}$`), `expected ${length} base64url characters`));

/** A P-256 public key as WebCrypto `exportKey('jwk')` writes it. A private key (`d`) is refused by strictness. */
export const PublicJwkSchema = z.strictObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: base64url(43),
  y: base64url(43),
  ext: z.optional(z.boolean()),
  key_ops: z.optional(z.array(z.literal('verify')).check(z.maxLength(1))),
});
export type PublicJwk = z.infer<typeof PublicJwkSchema>;

export const EnrollRequestSchema = z.strictObject({
  token: z.string().check(z.minLength(16), z.maxLength(200)),
  publicKey: PublicJwkSchema,
  name: z.optional(text(200)),
  extensionVersion: z.optional(text(50)),
});
export const EnrollResponseSchema = z.strictObject({
  deviceId: z.uuid(),
  /** Verifies receipts: ECDSA P-256 / SHA-256 over receiptSigningText(receipt). */
  serverPublicKey: PublicJwkSchema,
});

/** Consecutive records of one device, oldest first. `deviceId` must equal the X-CG-Device header. */
export const EventBatchSchema = z.strictObject({
  deviceId: z.uuid(),
  records: z.array(RecordSchema).check(z.minLength(1), z.maxLength(500)),
});

/**
 * The endpoint's signed acknowledgement: every record of this device through `ackedThroughSeq` is stored and
 * the chain up to it ends in `chainHead`. Kept by the device as proof of delivery.
 */
export const ReceiptSchema = z.strictObject({
  deviceId: z.uuid(),
  ackedThroughSeq: z.number().check(z.int(), z.gte(1)),
  chainHead: HashHexSchema,
  serverTime: z.iso.datetime(),
  /** base64url IEEE-P1363 (r‖s, 64 bytes) ECDSA P-256 / SHA-256 signature by the endpoint's key. */
  signature: base64url(86),
});

export const ChainConflictSchema = z.strictObject({
  error: z.literal('chain_conflict'),
  message: z.string(),
  /** The seq the endpoint expects next for this device (stored head + 1). */
  expectedSeq: z.number(),
  /** The stored head's hash (GENESIS_HASH when nothing is stored yet). */
  chainHead: HashHexSchema,
});

export const HeartbeatSchema = z.strictObject({
  /** A fresh UUID per heartbeat: a replayed heartbeat is stored once. */
  id: z.uuid(),
  deviceId: z.uuid(),
  sentAt: DeviceTimeSchema,
  extensionVersion: text(50),
  policyVersion: z.nullable(text(100)),
  queueDepth: z.number().check(z.int(), z.gte(0), z.lte(1e9)),
  /** Age of the oldest record not yet acknowledged, in seconds; null when the outbox is empty. */
  oldestUnsentAgeSeconds: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(1e10))),
  lastError: z.nullable(text(2000)),
});
export const HeartbeatResponseSchema = z.strictObject({ stored: z.boolean(), serverTime: z.iso.datetime() });

export const PolicyResponseSchema = z.strictObject({
  /** The endpoint's revision number, also in the ETag; `policy.version` is the firm's own label. */
  revision: z.number(),
  policy: PolicySchema,
  publishedAt: z.iso.datetime(),
});

export const ErrorResponseSchema = z.strictObject({ error: z.string(), message: z.string() });

export type EnrollRequest = z.infer<typeof EnrollRequestSchema>;
export type EnrollResponse = z.infer<typeof EnrollResponseSchema>;
export type EventBatch = z.infer<typeof EventBatchSchema>;
export type Receipt = z.infer<typeof ReceiptSchema>;
export type ChainConflict = z.infer<typeof ChainConflictSchema>;
export type Heartbeat = z.infer<typeof HeartbeatSchema>;
export type PolicyResponse = z.infer<typeof PolicyResponseSchema>;
