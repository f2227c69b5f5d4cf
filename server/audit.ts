/** The append-only audit log of supervisor and admin actions (issue #3): who, what, on what, when, from where. */
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';

export interface AuditEntry {
  actorAccountId: string | null;
  /** E-mail, or `cli:<user>` / `system` for actions without an account. */
  actorLabel: string;
  action: string;
  target?: string | null;
  detail?: Record<string, unknown>;
  address?: string | null;
}

export async function appendAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_account_id: entry.actorAccountId,
      actor_label: entry.actorLabel,
      action: entry.action,
      target: entry.target ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
      address: entry.address ?? null,
    })
    .execute();
}
