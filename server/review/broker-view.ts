/**
 * A broker's page (issue #3): their events over time, repeat fingerprints (the same keyed fingerprint pasted
 * again and again — the value itself is never known here), and how much of their queue is still open.
 */
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { REVIEW_KINDS_SQL } from '../db/migrations-review';
import type { ReviewDatabase } from '../db/schema-review';
import { brokerVisibleTo, type Viewer } from './scope';

export const BrokerViewQuerySchema = z.strictObject({
  days: z.coerce.number().int().min(1).max(3660).default(90),
  format: z.enum(['json', 'csv']).default('json'),
  /** Which table of the view a CSV export holds (the open items are the queue's export with ?broker=). */
  section: z.enum(['repeats', 'days']).default('repeats'),
});

export interface RepeatFingerprint {
  fingerprint: string;
  type: string;
  masked: string;
  events: number;
  sites: string[];
  firstSeen: string;
  lastSeen: string;
}

export interface BrokerView {
  broker: { id: string; name: string; email: string; crdNumber: string | null; groups: string[] };
  days: number;
  eventsByDay: Array<{ day: string; blocked: number; warned: number; overridden: number }>;
  repeats: RepeatFingerprint[];
  open: { items: number; oldestReceivedAt: string | null };
}

/** The broker's view, or null when the broker does not exist or is outside the viewer's scope. */
export async function readBrokerView(db: Kysely<ReviewDatabase>, viewer: Viewer, brokerId: string, days: number): Promise<BrokerView | null> {
  const broker = await db
    .selectFrom('brokers as b')
    .select(['b.id', 'b.name', 'b.email', 'b.crd_number', sql<string[]>`coalesce((SELECT array_agg(g.name ORDER BY g.name) FROM active_group_memberships m JOIN broker_groups g ON g.id = m.group_id WHERE m.broker_id = b.id), '{}')`.as('groups')])
    .where('b.id', '=', brokerId)
    .where(brokerVisibleTo(viewer, sql.ref('b.id')))
    .executeTakeFirst();
  if (!broker) return null;
  const brokerEvents = sql`e.${sql.raw(REVIEW_KINDS_SQL)} AND e.device_id IN (SELECT device_id FROM device_owners WHERE broker_id = ${brokerId})
    AND e.received_at >= now() - make_interval(days => ${days})`;
  const [byDay, repeats, open] = await Promise.all([
    sql<{ day: string; blocked: number; warned: number; overridden: number }>`
      SELECT to_char(date_trunc('day', e.received_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day,
             count(*) FILTER (WHERE e.kind LIKE '%.blocked')::int AS blocked,
             count(*) FILTER (WHERE e.kind LIKE '%.warned')::int AS warned,
             count(*) FILTER (WHERE e.kind LIKE '%.overridden')::int AS overridden
      FROM events e WHERE ${brokerEvents} GROUP BY 1 ORDER BY 1`.execute(db),
    sql<{ fingerprint: string; type: string; masked: string; events: number; sites: string[]; first_seen: Date; last_seen: Date }>`
      SELECT f->>'fingerprint' AS fingerprint, min(f->>'type') AS type, min(f->>'masked') AS masked, count(DISTINCT e.id)::int AS events,
             array_remove(array_agg(DISTINCT e.record->'site'->>'host'), NULL) AS sites, min(e.received_at) AS first_seen, max(e.received_at) AS last_seen
      FROM events e, jsonb_array_elements(e.record->'findings') f WHERE ${brokerEvents}
      GROUP BY 1 HAVING count(DISTINCT e.id) > 1 ORDER BY 4 DESC, 7 DESC LIMIT 50`.execute(db),
    sql<{ items: number; oldest: Date | null }>`
      SELECT count(*)::int AS items, min(e.received_at) AS oldest FROM events e WHERE ${brokerEvents}
        AND NOT EXISTS (SELECT 1 FROM event_reviews r WHERE r.event_id = e.id)`.execute(db),
  ]);
  return {
    broker: { id: broker.id, name: broker.name, email: broker.email, crdNumber: broker.crd_number, groups: broker.groups },
    days,
    eventsByDay: byDay.rows,
    // A prefix identifies the repeat for a reader; the full keyed fingerprint is not needed on screen.
    repeats: repeats.rows.map((row) => ({
      fingerprint: row.fingerprint.slice(0, 12),
      type: row.type,
      masked: row.masked,
      events: row.events,
      sites: row.sites,
      firstSeen: row.first_seen.toISOString(),
      lastSeen: row.last_seen.toISOString(),
    })),
    open: { items: open.rows[0]?.items ?? 0, oldestReceivedAt: open.rows[0]?.oldest?.toISOString() ?? null },
  };
}
