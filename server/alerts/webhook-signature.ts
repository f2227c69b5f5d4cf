/**
 * How receivers authenticate a webhook delivery: `X-CG-Signature: sha256=<hex HMAC-SHA-256(secret, exact body)>`.
 * The body carries its own `sentAt` (also sent as `X-CG-Timestamp`), so the signature covers the time and a
 * receiver can refuse old replays; `deliveryId` lets it drop a retry it already processed.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const WEBHOOK_SIGNATURE_HEADER = 'x-cg-signature';
export const WEBHOOK_TIMESTAMP_HEADER = 'x-cg-timestamp';
export const WEBHOOK_DELIVERY_HEADER = 'x-cg-delivery';

export function signWebhookBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** What a receiver runs: constant-time comparison of the header with the HMAC of the bytes it received. */
export function isWebhookSignatureValid(secret: string, body: string, header: string | undefined): boolean {
  if (typeof header !== 'string') return false;
  const expected = Buffer.from(signWebhookBody(secret, body));
  const received = Buffer.from(header);
  return expected.length === received.length && timingSafeEqual(expected, received);
}
