/**
 * Which failures are worth retrying (TOOLCHAIN.md trap: a deterministic error retried forever turns
 * at-least-once delivery into an endless loop): network errors, 5xx, 408 and 429 only, with exponential
 * backoff and full jitter, honouring Retry-After. Any other 4xx is the device's fault: quarantine and report.
 */
export type FailureClass = 'retry' | 'quarantine';

export function classifyStatus(status: number): FailureClass | 'ok' {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 408 || status === 429 || status >= 500) return 'retry';
  return 'quarantine';
}

export const BACKOFF_BASE_MS = 2_000;
/**
 * Short on purpose: a week-long outage must drain within 30 s of the endpoint's return (issue #4), and full
 * jitter spreads a fleet's retries evenly below the cap; a busy endpoint slows devices with Retry-After.
 */
export const BACKOFF_CAP_MS = 20_000;

/** Full jitter (AWS architecture blog): a uniform wait in [0, min(cap, base·2^attempt)). */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 20));
  return Math.floor(random() * ceiling);
}

/** Retry-After in milliseconds (delta-seconds or an HTTP date), or null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, 24 * 3600_000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** When the next attempt may run: Retry-After when the endpoint said so, else the jittered backoff. */
export function nextAttemptAt(attempt: number, retryAfter: number | null, now = Date.now(), random: () => number = Math.random): number {
  return now + (retryAfter ?? backoffDelay(attempt, random));
}
