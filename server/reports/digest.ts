/**
 * A supervisor's daily digest (issue #3): blocked and overridden events of their brokers over the last 24 hours,
 * open reviews and their age, and devices that stopped reporting. Data only; ./digest-render.ts writes it out.
 * Brokers and open reviews come from ./scope.ts, which applies the review queue's scoping rule.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { loadAlertEvents, type AlertEvent } from '../alerts/alert-event';
import { brokersOfSupervisor, openReviews, type OpenReviewSummary } from './scope';

export const DIGEST_WINDOW_HOURS = 24;
const RECENT_LIMIT = 25;

export interface Digest {
  recipient: { accountId: string; email: string; displayName: string };
  day: string;
  generatedAt: string;
  window: { from: string; to: string };
  brokers: number;
  events: {
    blocked: number;
    overridden: number;
    byBroker: Array<{ brokerId: string; label: string; blocked: number; overridden: number }>;
    /** The newest ones, masked findings only. */
    recent: AlertEvent[];
  };
  openReviews: OpenReviewSummary;
  silentDevices: Array<{ deviceId: string; name: string | null; lastHeartbeatAt: string | null }>;
}

export async function buildDigest(db: Kysely<Database>, accountId: string, now = new Date()): Promise<Digest> {
  const account = await db.selectFrom('accounts').select(['id', 'email', 'display_name']).where('id', '=', accountId).executeTakeFirstOrThrow();
  const brokers = await brokersOfSupervisor(db, accountId);
  const brokerOfDevice = new Map(brokers.flatMap((broker) => broker.deviceIds.map((deviceId) => [deviceId, broker] as const)));
  const deviceIds = [...brokerOfDevice.keys()];
  const from = new Date(now.getTime() - DIGEST_WINDOW_HOURS * 3600_000);

  const counts = deviceIds.length === 0 ? [] : await db
    .selectFrom('events')
    .select(['device_id', 'kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('device_id', 'in', deviceIds)
    .where('kind', '~', '\\.(blocked|overridden)$')
    .where('received_at', '>', from)
    .where('received_at', '<=', now)
    .groupBy(['device_id', 'kind'])
    .execute();
  const byBroker = new Map<string, { brokerId: string; label: string; blocked: number; overridden: number }>();
  for (const row of counts) {
    const broker = brokerOfDevice.get(row.device_id)!;
    const entry = byBroker.get(broker.brokerId) ?? { brokerId: broker.brokerId, label: broker.label, blocked: 0, overridden: 0 };
    entry[row.kind.endsWith('.blocked') ? 'blocked' : 'overridden'] += Number(row.n);
    byBroker.set(broker.brokerId, entry);
  }
  const recentIds = deviceIds.length === 0 ? [] : await db
    .selectFrom('events')
    .select('id')
    .where('device_id', 'in', deviceIds)
    .where('kind', '~', '\\.(blocked|overridden)$')
    .where('received_at', '>', from)
    .where('received_at', '<=', now)
    .orderBy('received_at', 'desc')
    .orderBy('seq', 'desc')
    .limit(RECENT_LIMIT)
    .execute();
  const recentEvents = await loadAlertEvents(db, recentIds.map((row) => row.id));

  const silent = deviceIds.length === 0 ? [] : await db
    .selectFrom('device_health')
    .select(['device_id', 'name', 'last_heartbeat_at'])
    .where('device_id', 'in', deviceIds)
    .where('revoked_at', 'is', null)
    .where((eb) => eb(eb.fn.coalesce('last_heartbeat_at', 'enrolled_at'), '<', from))
    .orderBy('last_heartbeat_at', (ob) => ob.asc().nullsFirst())
    .execute();

  const entries = [...byBroker.values()].sort((a, b) => b.blocked + b.overridden - (a.blocked + a.overridden));
  return {
    recipient: { accountId: account.id, email: account.email, displayName: account.display_name },
    day: now.toISOString().slice(0, 10),
    generatedAt: now.toISOString(),
    window: { from: from.toISOString(), to: now.toISOString() },
    brokers: brokers.length,
    events: {
      blocked: entries.reduce((sum, entry) => sum + entry.blocked, 0),
      overridden: entries.reduce((sum, entry) => sum + entry.overridden, 0),
      byBroker: entries,
      recent: recentIds.map((row) => recentEvents.get(row.id)!),
    },
    openReviews: await openReviews(db, brokers.map((broker) => broker.brokerId), now),
    silentDevices: silent.map((row) => ({ deviceId: row.device_id, name: row.name, lastHeartbeatAt: row.last_heartbeat_at?.toISOString() ?? null })),
  };
}
