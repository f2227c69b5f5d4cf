/**
 * The ingest hook (issue #3): inside the transaction that stores a batch, one outbox job per (new blocked or
 * overridden event × active webhook) and one mail job per urgent event. Same transaction, so an event the
 * device got a receipt for always has its alerts, and a rolled-back batch has none.
 */
import { sql, type Transaction } from 'kysely';
import type { ChainRecord } from '../../utils/wire/record';
import type { Database } from '../db/schema';
import { urgentRuleFor, type UrgentRule } from './urgent-rules';

/** Kinds every webhook hears about: what a SIEM or a chat channel should see as it happens. */
export const WEBHOOK_KINDS = /\.(blocked|overridden)$/;

export async function enqueueAlertJobs(trx: Transaction<Database>, records: readonly ChainRecord[], urgentRules: readonly UrgentRule[]): Promise<void> {
  const hooked = records.filter((record) => WEBHOOK_KINDS.test(record.kind)).map((record) => record.id);
  if (hooked.length > 0) {
    await sql`
      INSERT INTO alert_jobs (channel, webhook_id, event_id)
      SELECT 'webhook', w.id, incoming.id
      FROM unnest(${hooked}::uuid[]) AS incoming (id)
      CROSS JOIN webhooks w
      WHERE NOT EXISTS (SELECT 1 FROM webhook_disablements d WHERE d.webhook_id = w.id)`.execute(trx);
  }
  const urgent = records.flatMap((record) => {
    const rule = urgentRuleFor(urgentRules, record);
    return rule ? [{ channel: 'mail' as const, webhook_id: null, event_id: record.id, rule: rule.name }] : [];
  });
  if (urgent.length > 0) await trx.insertInto('alert_jobs').values(urgent).execute();
}
