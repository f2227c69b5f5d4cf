/**
 * Fixed-window rate limits kept in the database (rate_limit_windows), so several endpoint processes behind one
 * load balancer share the counts instead of each granting the full allowance. 429 + Retry-After when exceeded.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from './db/schema';
import { HttpError } from './http-error';

export interface Limit {
  key: string;
  max: number;
}

export async function enforceRateLimits(db: Kysely<Database>, windowSeconds: number, limits: readonly Limit[], now = Date.now()): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const rows = await db
    .insertInto('rate_limit_windows')
    .values(limits.map((limit) => ({ key: limit.key, window_start: windowStart, hits: 1 })))
    .onConflict((conflict) => conflict.columns(['key', 'window_start']).doUpdateSet({ hits: sql`rate_limit_windows.hits + 1` }))
    .returning(['key', 'hits'])
    .execute();
  // Roughly one request in a hundred prunes finished windows; the table stays a few rows per active caller.
  if (Math.random() < 0.01) {
    await db.deleteFrom('rate_limit_windows').where('window_start', '<', windowStart).execute();
  }
  const exceeded = rows.find((row) => row.hits > (limits.find((limit) => limit.key === row.key)?.max ?? Infinity));
  if (exceeded) {
    const retryAfter = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
    throw new HttpError(429, 'rate_limited', `too many requests for ${exceeded.key.split(':')[0]}: retry after ${retryAfter} s`, {}, {
      'retry-after': String(retryAfter),
    });
  }
}
