/**
 * Who is in a group and who supervises it (issue #3: supervisors see the brokers of their groups). Adding is a
 * row; removing is an appended end row, never a DELETE, so the scope any supervisor had on any day can be
 * re-created. One active link per pair: a transaction-scoped advisory lock serializes concurrent admins.
 */
import { sql } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../audit';
import { baseDatabase } from '../db/schema-review';
import { HttpError } from '../http-error';
import { audit, mustExist, type Db } from './people';
import type { Viewer } from './scope';

export const MembershipSchema = z.strictObject({ brokerId: z.guid() });
export const SupervisorAssignmentSchema = z.strictObject({ accountId: z.guid() });

const lockPair = (trx: Db, kind: string, groupId: string, memberId: string) =>
  sql`SELECT pg_advisory_xact_lock(hashtextextended(${`channel-guard-${kind}:${groupId}:${memberId}`}, 0))`.execute(trx);

export async function addMembership(db: Db, actor: Viewer, groupId: string, brokerId: string, address: string): Promise<void> {
  await mustExist(db, 'broker_groups', groupId, 'group');
  await mustExist(db, 'brokers', brokerId, 'broker');
  await db.transaction().execute(async (trx) => {
    await lockPair(trx, 'membership', groupId, brokerId);
    const active = await trx.selectFrom('active_group_memberships').select('id').where('group_id', '=', groupId).where('broker_id', '=', brokerId).executeTakeFirst();
    if (active) throw new HttpError(409, 'conflict', 'the broker is already in this group');
    await trx.insertInto('group_memberships').values({ group_id: groupId, broker_id: brokerId, added_by: actor.email }).execute();
    await appendAudit(baseDatabase(trx), audit(actor, 'group.broker_added', groupId, { brokerId }, address));
  });
}

export async function endMembership(db: Db, actor: Viewer, groupId: string, brokerId: string, address: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockPair(trx, 'membership', groupId, brokerId);
    const active = await trx.selectFrom('active_group_memberships').select('id').where('group_id', '=', groupId).where('broker_id', '=', brokerId).executeTakeFirst();
    if (!active) throw new HttpError(404, 'not_found', 'the broker is not in this group');
    await trx.insertInto('group_membership_ends').values({ membership_id: active.id, ended_by: actor.email }).execute();
    await appendAudit(baseDatabase(trx), audit(actor, 'group.broker_removed', groupId, { brokerId }, address));
  });
}

export async function assignSupervisor(db: Db, actor: Viewer, groupId: string, accountId: string, address: string): Promise<void> {
  await mustExist(db, 'broker_groups', groupId, 'group');
  const account = await db.selectFrom('accounts').select('role').where('id', '=', accountId).executeTakeFirst();
  if (!account) throw new HttpError(404, 'not_found', `no account ${accountId}`);
  if (account.role !== 'supervisor') throw new HttpError(400, 'invalid_body', `account ${accountId} is a ${account.role}, not a supervisor`);
  await db.transaction().execute(async (trx) => {
    await lockPair(trx, 'supervisor', groupId, accountId);
    const active = await trx.selectFrom('active_supervisor_assignments').select('id').where('group_id', '=', groupId).where('account_id', '=', accountId).executeTakeFirst();
    if (active) throw new HttpError(409, 'conflict', 'the supervisor is already assigned to this group');
    await trx.insertInto('supervisor_assignments').values({ group_id: groupId, account_id: accountId, assigned_by: actor.email }).execute();
    await appendAudit(baseDatabase(trx), audit(actor, 'group.supervisor_assigned', groupId, { accountId }, address));
  });
}

export async function endSupervisorAssignment(db: Db, actor: Viewer, groupId: string, accountId: string, address: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockPair(trx, 'supervisor', groupId, accountId);
    const active = await trx.selectFrom('active_supervisor_assignments').select('id').where('group_id', '=', groupId).where('account_id', '=', accountId).executeTakeFirst();
    if (!active) throw new HttpError(404, 'not_found', 'the supervisor is not assigned to this group');
    await trx.insertInto('supervisor_assignment_ends').values({ assignment_id: active.id, ended_by: actor.email }).execute();
    await appendAudit(baseDatabase(trx), audit(actor, 'group.supervisor_removed', groupId, { accountId }, address));
  });
}
