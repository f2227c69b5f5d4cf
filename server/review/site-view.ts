/**
 * Destinations (issue #3): the sites customer data was pasted, dropped or uploaded towards, by count and by the
 * brokers involved — "top unapproved destinations" by default — within the viewer's scope and a time window.
 */
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { REVIEW_KINDS_SQL } from '../db/migrations-review';
import type { ReviewDatabase } from '../db/schema-review';
import { deviceVisibleTo, type Viewer } from './scope';

export const SiteViewQuerySchema = z.strictObject({
  status: z.enum(['unapproved', 'approved', 'supervised', 'any']).default('unapproved'),
  days: z.coerce.number().int().min(1).max(3660).default(30),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  format: z.enum(['json', 'csv']).default('json'),
});
export type SiteViewQuery = z.infer<typeof SiteViewQuerySchema>;

export interface SiteRow {
  host: string;
  status: string;
  events: number;
  blocked: number;
  warned: number;
  overridden: number;
  brokers: number;
  brokerNames: string[];
  lastSeen: string;
}

export async function readSiteView(db: Kysely<ReviewDatabase>, viewer: Viewer, query: SiteViewQuery): Promise<SiteRow[]> {
  const status = query.status === 'any' ? sql`true` : sql`e.record->'site'->>'status' = ${query.status}`;
  // Aggregate events per (site, device) first, then resolve owners per group: a million events need only a few
  // thousand owner lookups instead of one per event.
  const { rows } = await sql<{ host: string; status: string; events: number; blocked: number; warned: number; overridden: number; brokers: number; broker_names: string[]; last_seen: Date }>`
    WITH per_device AS (
      SELECT e.record->'site'->>'host' AS host, min(e.record->'site'->>'status') AS status, e.device_id, count(*) AS events,
             count(*) FILTER (WHERE e.kind LIKE '%.blocked') AS blocked,
             count(*) FILTER (WHERE e.kind LIKE '%.warned') AS warned,
             count(*) FILTER (WHERE e.kind LIKE '%.overridden') AS overridden,
             max(e.received_at) AS last_seen
      FROM events e
      WHERE e.${sql.raw(REVIEW_KINDS_SQL)} AND jsonb_typeof(e.record->'site') = 'object' AND ${status}
        AND e.received_at >= now() - make_interval(days => ${query.days})
        AND ${deviceVisibleTo(viewer, sql.ref('e.device_id'))}
      GROUP BY 1, e.device_id
    )
    SELECT p.host, min(p.status) AS status, sum(p.events)::int AS events, sum(p.blocked)::int AS blocked, sum(p.warned)::int AS warned,
           sum(p.overridden)::int AS overridden, count(DISTINCT o.broker_id)::int AS brokers,
           (array_remove(array_agg(DISTINCT b.name), NULL))[1:5] AS broker_names, max(p.last_seen) AS last_seen
    FROM per_device p
    LEFT JOIN device_owners o ON o.device_id = p.device_id
    LEFT JOIN brokers b ON b.id = o.broker_id
    GROUP BY p.host ORDER BY 3 DESC, 1 LIMIT ${query.limit}`.execute(db);
  return rows.map((row) => ({
    host: row.host,
    status: row.status,
    events: row.events,
    blocked: row.blocked,
    warned: row.warned,
    overridden: row.overridden,
    brokers: row.brokers,
    brokerNames: row.broker_names,
    lastSeen: row.last_seen.toISOString(),
  }));
}
