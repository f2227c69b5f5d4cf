/**
 * The people model of the review side (issue #3): brokers, groups (branch or desk), which brokers a group holds,
 * which supervisors a group has, and which broker a device belongs to. All writes are admin actions, appended
 * rows and audited in the same transaction, so an audit entry exists exactly when the change does.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../audit';
import { baseDatabase, type ReviewDatabase } from '../db/schema-review';
import { HttpError } from '../http-error';
import { createEnrollmentToken } from '../tokens';
import type { Viewer } from './scope';

export const NewBrokerSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254).transform((email) => email.toLowerCase()),
  crdNumber: z.string().regex(/^\d{1,10}$/, 'crdNumber is FINRA CRD: 1–10 digits').nullable().optional(),
});
export const NewGroupSchema = z.strictObject({ name: z.string().trim().min(1).max(200), kind: z.enum(['branch', 'desk']) });
export const DeviceAssignmentSchema = z.strictObject({ brokerId: z.guid(), reason: z.string().trim().min(3).max(500) });

export type Db = Kysely<ReviewDatabase>;
export const audit = (actor: Viewer, action: string, target: string, detail: Record<string, unknown>, address: string) => ({
  actorAccountId: actor.accountId,
  actorLabel: actor.email,
  action,
  target,
  detail,
  address,
});

export async function mustExist(db: Db, table: 'brokers' | 'broker_groups' | 'devices' | 'accounts', id: string, what: string): Promise<void> {
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw new HttpError(404, 'not_found', `no ${what} ${id}`);
}

/** Unique violations (a second broker with the same e-mail) are the caller's mistake: 409, not 500. */
async function uniquely<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === '23505') throw new HttpError(409, 'conflict', `${what} already exists`);
    throw error;
  }
}

export async function createBroker(db: Db, actor: Viewer, input: z.infer<typeof NewBrokerSchema>, address: string): Promise<string> {
  const id = randomUUID();
  await uniquely(`a broker with e-mail ${input.email}`, () =>
    db.transaction().execute(async (trx) => {
      await trx.insertInto('brokers').values({ id, name: input.name, email: input.email, crd_number: input.crdNumber ?? null, created_by: actor.email }).execute();
      await appendAudit(baseDatabase(trx), audit(actor, 'broker.created', id, { name: input.name, email: input.email, crdNumber: input.crdNumber ?? null }, address));
    }),
  );
  return id;
}

export async function createGroup(db: Db, actor: Viewer, input: z.infer<typeof NewGroupSchema>, address: string): Promise<string> {
  const id = randomUUID();
  await uniquely(`a group named ${input.name}`, () =>
    db.transaction().execute(async (trx) => {
      await trx.insertInto('broker_groups').values({ id, name: input.name, kind: input.kind, created_by: actor.email }).execute();
      await appendAudit(baseDatabase(trx), audit(actor, 'group.created', id, input, address));
    }),
  );
  return id;
}

/** An enrollment token whose devices belong to `brokerId` (shown once, like every token). */
export async function createBrokerToken(db: Db, actor: Viewer, brokerId: string, address: string): Promise<{ id: string; token: string }> {
  await mustExist(db, 'brokers', brokerId, 'broker');
  return db.transaction().execute(async (trx) => {
    const created = await createEnrollmentToken(baseDatabase(trx), `broker ${brokerId}`);
    await trx.insertInto('enrollment_token_brokers').values({ token_id: created.id, broker_id: brokerId }).execute();
    await appendAudit(baseDatabase(trx), audit(actor, 'broker.token_created', brokerId, { tokenId: created.id }, address));
    return created;
  });
}

/** (Re)assigns a device: a new row, the newest wins, the history stays (issue #3). */
export async function assignDevice(db: Db, actor: Viewer, deviceId: string, input: z.infer<typeof DeviceAssignmentSchema>, address: string): Promise<number> {
  await mustExist(db, 'devices', deviceId, 'device');
  await mustExist(db, 'brokers', input.brokerId, 'broker');
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('device_assignments')
      .values({ device_id: deviceId, broker_id: input.brokerId, reason: input.reason, assigned_by: actor.email })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(baseDatabase(trx), audit(actor, 'device.assigned', deviceId, { brokerId: input.brokerId, reason: input.reason }, address));
    return row.id;
  });
}
