/**
 * Sends each supervisor's digest once a day (issue #3), from DIGEST_HOUR_UTC on. Before sending, a process
 * claims the (account, day) row in `digests` — the primary key makes the claim exclusive across processes, and
 * the row survives restarts, so a restarted endpoint sends what is still due and nothing twice. A claim whose
 * process died (or whose send failed) is taken over after CLAIM_STALE_MINUTES.
 */
import { sql, type Kysely } from 'kysely';
import { appendAudit } from '../audit';
import type { Database } from '../db/schema';
import type { Mailer } from '../mail';
import type { ReportsConfig } from '../reports-config';
import { buildDigest } from './digest';
import { digestSubject, renderDigestHtml, renderDigestText } from './digest-render';

const CLAIM_STALE_MINUTES = 15;

export interface DigestSchedulerDeps {
  db: Kysely<Database>;
  config: Pick<ReportsConfig, 'DIGEST_HOUR_UTC'>;
  mailer: Mailer | null;
  log: (level: 'info' | 'warn', message: string) => void;
}

async function claim(db: Kysely<Database>, accountId: string, day: string): Promise<boolean> {
  const fresh = await db.insertInto('digests').values({ account_id: accountId, day }).onConflict((c) => c.columns(['account_id', 'day']).doNothing()).returning('account_id').executeTakeFirst();
  if (fresh) return true;
  const stale = await db
    .updateTable('digests')
    .set({ state: 'claimed', claimed_at: sql<Date>`now()` })
    .where('account_id', '=', accountId)
    .where('day', '=', day)
    .where('state', 'in', ['claimed', 'failed'])
    .where('claimed_at', '<', sql<Date>`now() - make_interval(mins => ${CLAIM_STALE_MINUTES})`)
    .returning('account_id')
    .executeTakeFirst();
  return stale !== undefined;
}

/** Sends the digests due at `now`; returns how many this process sent. */
export async function runDigestsOnce(deps: DigestSchedulerDeps, now = new Date()): Promise<number> {
  if (now.getUTCHours() < deps.config.DIGEST_HOUR_UTC) return 0;
  const day = now.toISOString().slice(0, 10);
  const supervisors = await deps.db
    .selectFrom('accounts as a')
    .leftJoin('account_disablements as d', 'd.account_id', 'a.id')
    .select('a.id')
    .where('a.role', '=', 'supervisor')
    .where('d.account_id', 'is', null)
    .execute();
  let sent = 0;
  for (const { id } of supervisors) {
    if (!(await claim(deps.db, id, day))) continue;
    const finish = (state: 'sent' | 'not_sent' | 'failed', detail: string | null) =>
      deps.db.updateTable('digests').set({ state, detail, finished_at: sql<Date>`now()` }).where('account_id', '=', id).where('day', '=', day).execute();
    const digest = await buildDigest(deps.db, id, now);
    if (!deps.mailer) {
      deps.log('warn', `digest ${day} for ${digest.recipient.email} recorded as not sent: SMTP is not configured (set SMTP_URL or SMTP_HOST)`);
      await finish('not_sent', 'SMTP is not configured');
      continue;
    }
    try {
      await deps.mailer.send({ to: [digest.recipient.email], subject: digestSubject(digest), text: renderDigestText(digest), html: renderDigestHtml(digest).html });
      await finish('sent', null);
      await appendAudit(deps.db, { actorAccountId: null, actorLabel: 'system', action: 'digest.sent', target: id, detail: { day } });
      sent += 1;
    } catch (error) {
      deps.log('warn', `digest ${day} for ${digest.recipient.email} failed, retried in ${CLAIM_STALE_MINUTES} min: ${(error as Error).message}`);
      await finish('failed', (error as Error).message.slice(0, 500));
    }
  }
  return sent;
}
