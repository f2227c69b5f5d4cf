/**
 * Who supervises what — the one seam between reports and the review half of issue #3 (brokers, groups,
 * supervisor↔group memberships, review records; built on the `review` branch). Digests and urgent alerts ask
 * only these three functions. On this branch those tables do not exist yet, so:
 *   - a "broker" is a device (its id and name): every supervisor sees every active device;
 *   - nothing has been reviewed yet: every blocked, warned or overridden event is open;
 *   - no supervisor is assigned to a device, so urgent alerts go to ALERT_MAIL_TO (compliance).
 * INTEGRATION: after merging `review`, re-point brokersOfSupervisor (groups → brokers → devices),
 * openReviews (events without a review record) and supervisorsOfDevice (device → broker → groups → supervisors).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface SupervisedBroker {
  brokerId: string;
  label: string;
  deviceIds: string[];
}

export interface OpenReviewSummary {
  total: number;
  byAge: { underOneDay: number; oneToThreeDays: number; overThreeDays: number };
  /** The oldest open items first (at most 10). */
  oldest: Array<{ eventId: string; brokerId: string; kind: string; receivedAt: string; ageHours: number }>;
}

/** Kinds that enter the review queue (issue #3). */
export const REVIEWABLE_KIND = '^[a-z]+\\.(blocked|warned|overridden)$';

export async function brokersOfSupervisor(db: Kysely<Database>, _accountId: string): Promise<SupervisedBroker[]> {
  const devices = await db
    .selectFrom('devices as d')
    .leftJoin('device_revocations as r', 'r.device_id', 'd.id')
    .select(['d.id', 'd.name'])
    .where('r.device_id', 'is', null)
    .orderBy('d.enrolled_at')
    .execute();
  return devices.map((device) => ({ brokerId: device.id, label: device.name ?? `device ${device.id.slice(0, 8)}`, deviceIds: [device.id] }));
}

export async function openReviews(db: Kysely<Database>, brokerIds: readonly string[], now = new Date()): Promise<OpenReviewSummary> {
  const summary: OpenReviewSummary = { total: 0, byAge: { underOneDay: 0, oneToThreeDays: 0, overThreeDays: 0 }, oldest: [] };
  if (brokerIds.length === 0) return summary;
  const ageHours = sql<number>`extract(epoch from (${now}::timestamptz - received_at)) / 3600`;
  const open = db.selectFrom('events').where('device_id', 'in', brokerIds).where('kind', '~', REVIEWABLE_KIND);
  const counts = await open
    .select([
      (eb) => eb.fn.countAll<number>().as('total'),
      sql<number>`count(*) FILTER (WHERE ${ageHours} < 24)`.as('under_one_day'),
      sql<number>`count(*) FILTER (WHERE ${ageHours} >= 24 AND ${ageHours} < 72)`.as('one_to_three_days'),
      sql<number>`count(*) FILTER (WHERE ${ageHours} >= 72)`.as('over_three_days'),
    ])
    .executeTakeFirstOrThrow();
  const oldest = await open.select(['id', 'device_id', 'kind', 'received_at', ageHours.as('age_hours')]).orderBy('received_at').orderBy('seq').limit(10).execute();
  return {
    total: Number(counts.total),
    byAge: { underOneDay: Number(counts.under_one_day), oneToThreeDays: Number(counts.one_to_three_days), overThreeDays: Number(counts.over_three_days) },
    oldest: oldest.map((row) => ({ eventId: row.id, brokerId: row.device_id, kind: row.kind, receivedAt: row.received_at.toISOString(), ageHours: Math.floor(Number(row.age_hours)) })),
  };
}

/** The e-mail addresses of the supervisors of the device's broker, or null while scoping is unavailable. */
export async function supervisorsOfDevice(_db: Kysely<Database>, _deviceId: string): Promise<string[] | null> {
  return null;
}
