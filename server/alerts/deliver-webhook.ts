/**
 * One webhook delivery attempt: the signed JSON POST and what its answer means for the outbox. Network errors,
 * timeouts, 408, 429 and 5xx are worth retrying; any other answer is final (a 4xx will not fix itself).
 */
import type { AlertEvent } from './alert-event';
import { signWebhookBody, WEBHOOK_DELIVERY_HEADER, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER } from './webhook-signature';

export type AttemptOutcome =
  | { kind: 'delivered' }
  | { kind: 'retry'; error: string; retryAfterMs?: number }
  | { kind: 'final'; error: string };

export interface WebhookDelivery {
  jobId: number;
  attempt: number;
  url: string;
  secret: string;
  event: AlertEvent;
}

export function webhookBody(delivery: Pick<WebhookDelivery, 'jobId' | 'attempt' | 'event'>, sentAt: Date): string {
  return JSON.stringify({ type: 'channel-guard.event', deliveryId: String(delivery.jobId), attempt: delivery.attempt, sentAt: sentAt.toISOString(), event: delivery.event });
}

export async function deliverWebhook(delivery: WebhookDelivery, timeoutMs: number, now = new Date()): Promise<AttemptOutcome> {
  const body = webhookBody(delivery, now);
  let response: Response;
  try {
    response = await fetch(delivery.url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'channel-guard-endpoint',
        [WEBHOOK_SIGNATURE_HEADER]: signWebhookBody(delivery.secret, body),
        [WEBHOOK_TIMESTAMP_HEADER]: String(now.getTime()),
        [WEBHOOK_DELIVERY_HEADER]: String(delivery.jobId),
      },
    });
    await response.arrayBuffer().catch(() => undefined);
  } catch (error) {
    return { kind: 'retry', error: `network: ${(error as Error).message}` };
  }
  if (response.status >= 200 && response.status < 300) return { kind: 'delivered' };
  const error = `HTTP ${response.status}`;
  if (response.status === 408 || response.status === 429 || response.status >= 500) {
    const seconds = Number(response.headers.get('retry-after'));
    return Number.isFinite(seconds) && seconds > 0 ? { kind: 'retry', error, retryAfterMs: Math.min(seconds, 3600) * 1000 } : { kind: 'retry', error };
  }
  return { kind: 'final', error };
}
