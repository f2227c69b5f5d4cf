/**
 * Who supervises what, as the reports see it (digests, urgent alerts). The rule is the review side's
 * (server/review/scope.ts: groups → active memberships → brokers, active assignments → supervisors) and a
 * device belongs to the broker `device_owners` names, so a digest, an urgent mail and the review queue always
 * agree on who sees which broker.
 */
import { sql, type Kysely } from 'kysely';
import { REVIEW_KINDS_SQL } from '../db/migrations-review';
import type { Database } from '../db/schema';
import { reviewDatabase } from '../db/schema-review';
import { brokerIdsSupervisedBy } from '../review/scope';

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

/** The brokers of the supervisor's groups (active memberships and assignments only), each with its devices. */
export async function brokersOfSupervisor(db: Kysely<Database>, accountId: string): Promise<SupervisedBroker[]> {
  const rows = await reviewDatabase(db)
    .selectFrom('brokers as b')
    .leftJoin('device_owners as o', 'o.broker_id', 'b.id')
    .select(['b.id', 'b.name', 'o.device_id'])
    .where(sql<boolean>`b.id IN (${brokerIdsSupervisedBy(accountId)})`)
    .orderBy('b.name')
    .orderBy('b.id')
    .orderBy('o.device_id')
    .execute();
  const brokers = new Map<string, SupervisedBroker>();
  for (const row of rows) {
    const broker = brokers.get(row.id) ?? { brokerId: row.id, label: row.name, deviceIds: [] };
    if (row.device_id) broker.deviceIds.push(row.device_id);
    brokers.set(row.id, broker);
  }
  return [...brokers.values()];
}

/**
 * Reviewable events (blocked, warned, overridden) of these brokers' devices that have no review record yet,
 * oldest first. A claim or an opened item is not a review (FINRA 3110.07), so a claimed event is still open here.
 */
export async function openReviews(db: Kysely<Database>, brokerIds: readonly string[], now = new Date()): Promise<OpenReviewSummary> {
  const summary: OpenReviewSummary = { total: 0, byAge: { underOneDay: 0, oneToThreeDays: 0, overThreeDays: 0 }, oldest: [] };
  if (brokerIds.length === 0) return summary;
  const ageHours = sql<number>`extract(epoch from (${now}::timestamptz - e.received_at)) / 3600`;
  const open = reviewDatabase(db)
    .selectFrom('events as e')
    .innerJoin('device_owners as o', 'o.device_id', 'e.device_id')
    .where('o.broker_id', 'in', brokerIds)
    // The queue indexes' predicate, word for word (as the review side writes it), so the planner can use them.
    .where(sql<boolean>`e.${sql.raw(REVIEW_KINDS_SQL)}`)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('event_reviews as r').select('r.id').whereRef('r.event_id', '=', 'e.id'))));
  const counts = await open
    .select([
      (eb) => eb.fn.countAll<number>().as('total'),
      sql<number>`count(*) FILTER (WHERE ${ageHours} < 24)`.as('under_one_day'),
      sql<number>`count(*) FILTER (WHERE ${ageHours} >= 24 AND ${ageHours} < 72)`.as('one_to_three_days'),
      sql<number>`count(*) FILTER (WHERE ${ageHours} >= 72)`.as('over_three_days'),
    ])
    .executeTakeFirstOrThrow();
  const oldest = await open
    .select(['e.id', 'o.broker_id', 'e.kind', 'e.received_at', ageHours.as('age_hours')])
    .orderBy('e.received_at')
    .orderBy('e.device_id')
    .orderBy('e.seq')
    .limit(10)
    .execute();
  return {
    total: Number(counts.total),
    byAge: { underOneDay: Number(counts.under_one_day), oneToThreeDays: Number(counts.one_to_three_days), overThreeDays: Number(counts.over_three_days) },
    oldest: oldest.map((row) => ({ eventId: row.id, brokerId: row.broker_id!, kind: row.kind, receivedAt: row.received_at.toISOString(), ageHours: Math.floor(Number(row.age_hours)) })),
  };
}

/** Who should get an urgent mail about a device's event; `unscoped` says why nobody in particular does. */
export type DeviceSupervisors = { kind: 'supervisors'; emails: string[] } | { kind: 'unscoped'; reason: 'the device has no broker' | 'its broker has no active supervisor' };

/** Device → its broker → the broker's groups → their active, enabled supervisors' e-mail addresses. */
export async function supervisorsOfDevice(db: Kysely<Database>, deviceId: string): Promise<DeviceSupervisors> {
  const rdb = reviewDatabase(db);
  const owner = await rdb.selectFrom('device_owners').select('broker_id').where('device_id', '=', deviceId).executeTakeFirst();
  if (!owner?.broker_id) return { kind: 'unscoped', reason: 'the device has no broker' };
  const supervisors = await rdb
    .selectFrom('accounts as a')
    .leftJoin('account_disablements as d', 'd.account_id', 'a.id')
    .select('a.email')
    .where('a.role', '=', 'supervisor')
    .where('d.account_id', 'is', null)
    .where(sql<boolean>`${owner.broker_id} IN (${brokerIdsSupervisedBy(sql.ref('a.id'))})`)
    .orderBy('a.email')
    .execute();
  if (supervisors.length === 0) return { kind: 'unscoped', reason: 'its broker has no active supervisor' };
  return { kind: 'supervisors', emails: supervisors.map((row) => row.email) };
}
