/**
 * How a device authenticates (issue #3). Each device holds a non-extractable ECDSA P-256 key made by WebCrypto;
 * the endpoint knows its public key from enrollment. Signatures are what `crypto.subtle.sign({name: 'ECDSA',
 * hash: 'SHA-256'}, key, bytes)` returns — IEEE-P1363 r‖s, 64 bytes — encoded base64url without padding.
 *
 * POST /v1/events, POST /v1/heartbeat
 *   X-CG-Device: <deviceId>
 *   X-CG-Signature: base64url(sign(exact request body bytes))
 *   Content-Type: application/json
 *   The body's own `deviceId` must equal the header. Replays are harmless: ingest is idempotent and a
 *   heartbeat carries its own id.
 *
 * GET /v1/policy
 *   X-CG-Device: <deviceId>
 *   X-CG-Timestamp: <milliseconds since the Unix epoch, decimal>
 *   X-CG-Signature: base64url(sign(UTF-8 of policyRequestSigningText(deviceId, timestamp)))
 *   Accepted within ±REQUEST_TIMESTAMP_TOLERANCE_MS of the endpoint's clock (its `Date` header tells the skew).
 *   If-None-Match: the last ETag → 304 when unchanged.
 */
import { canonicalJson } from '../chain';

export const DEVICE_HEADER = 'x-cg-device';
export const SIGNATURE_HEADER = 'x-cg-signature';
export const TIMESTAMP_HEADER = 'x-cg-timestamp';

export const REQUEST_TIMESTAMP_TOLERANCE_MS = 10 * 60 * 1000;

export function policyRequestSigningText(deviceId: string, timestamp: string): string {
  return `GET /v1/policy\n${deviceId}\n${timestamp}`;
}

/** What the endpoint signs for a receipt: canonical JSON of the receipt without `signature`. */
export function receiptSigningText(receipt: {
  deviceId: string;
  ackedThroughSeq: number;
  chainHead: string;
  serverTime: string;
}): string {
  const { deviceId, ackedThroughSeq, chainHead, serverTime } = receipt;
  return canonicalJson({ ackedThroughSeq, chainHead, deviceId, serverTime });
}
