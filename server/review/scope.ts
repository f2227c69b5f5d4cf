/**
 * Who may see what (issue #3): supervisors see the brokers of the groups they are assigned to, admins and
 * auditors see everything. The rule is SQL, added to every supervisor query, so an item of another group is
 * simply not found — the same 404 as an id that does not exist, so ids cannot be probed.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Role } from '../auth/accounts';

export interface Viewer {
  accountId: string;
  email: string;
  role: Role;
}

/** Roles that may write review records; auditors are read-only (issue #3). */
export const REVIEWER_ROLES: readonly Role[] = ['admin', 'supervisor'];
export const READER_ROLES: readonly Role[] = ['admin', 'supervisor', 'auditor'];

/**
 * The scoping rule itself, as a subquery of broker ids: the brokers of the groups the account is assigned to,
 * through active memberships and assignments only. Reports (digests, urgent mail) read the same rule, so a
 * supervisor's digest and queue can never disagree. `accountId` is a value, or a column (sql.ref) to correlate on.
 */
export const brokerIdsSupervisedBy = (accountId: string | RawBuilder<unknown>): RawBuilder<unknown> =>
  sql`SELECT m.broker_id FROM active_group_memberships m JOIN active_supervisor_assignments s ON s.group_id = m.group_id WHERE s.account_id = ${accountId}`;

const scopedBrokers = (viewer: Viewer) => brokerIdsSupervisedBy(viewer.accountId);

/** A condition on a device id column: the device belongs to a broker the viewer may see. */
export function deviceVisibleTo(viewer: Viewer, deviceColumn: RawBuilder<unknown>): RawBuilder<boolean> {
  if (viewer.role !== 'supervisor') return sql<boolean>`true`;
  return sql<boolean>`${deviceColumn} IN (SELECT o.device_id FROM device_owners o WHERE o.broker_id IN (${scopedBrokers(viewer)}))`;
}

/** A condition on a broker id column: the viewer may see this broker. */
export function brokerVisibleTo(viewer: Viewer, brokerColumn: RawBuilder<unknown>): RawBuilder<boolean> {
  if (viewer.role !== 'supervisor') return sql<boolean>`true`;
  return sql<boolean>`${brokerColumn} IN (${scopedBrokers(viewer)})`;
}
