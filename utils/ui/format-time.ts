/**
 * Times as a broker reads them: "just now", "12 minutes ago", "yesterday", or a date. Pure: `now` and the
 * time zone are parameters so tests do not depend on the machine's clock or zone.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "never" for a missing time; an unreadable time is shown as it came, never hidden. */
export function formatRelative(iso: string | null | undefined, now: Date): string {
  if (!iso) return 'never';
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return iso;
  const elapsed = now.getTime() - then.getTime();
  // A clock a few seconds ahead of the endpoint's is normal; it is still "just now".
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return plural(Math.floor(elapsed / MINUTE), 'minute') + ' ago';
  if (elapsed < 24 * HOUR) return plural(Math.floor(elapsed / HOUR), 'hour') + ' ago';
  if (elapsed < 48 * HOUR) return 'yesterday';
  return formatDate(iso);
}

/** "Nov 12, 2026, 2:05 PM" in the given zone (the browser's by default). */
export function formatDateTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone });
}

/** "Nov 12, 2026" in the given zone (the browser's by default). */
export function formatDate(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-US', { dateStyle: 'medium', timeZone });
}

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
