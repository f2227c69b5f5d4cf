/**
 * The alert worker of each endpoint process (issue #3). It claims due outbox jobs with FOR UPDATE SKIP LOCKED
 * and leases them (next_attempt_at moves past the delivery timeout), so several processes never take the same
 * job; a process that dies mid-delivery leaves a job that another retries when the lease ends. Failures back off
 * exponentially and are dead-lettered after ALERT_MAX_ATTEMPTS.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { AlertChannel } from '../db/schema-reports';
import type { Mailer } from '../mail';
import type { ReportsConfig } from '../reports-config';
import { supervisorsOfDevice } from '../reports/scope';
import { loadAlertEvents, type AlertEvent } from './alert-event';
import { deliverWebhook, type AttemptOutcome } from './deliver-webhook';
import { renderUrgentMail } from './urgent-mail';

export interface AlertWorkerDeps {
  db: Kysely<Database>;
  config: Pick<ReportsConfig, 'ALERT_MAX_ATTEMPTS' | 'ALERT_RETRY_BASE_MS' | 'ALERT_HTTP_TIMEOUT_MS' | 'ALERT_MAIL_TO'>;
  mailer: Mailer | null;
  log: (level: 'info' | 'warn', message: string) => void;
}

interface ClaimedJob {
  id: number;
  channel: AlertChannel;
  webhook_id: string | null;
  event_id: string;
  rule: string | null;
  attempts: number;
}

const MAX_BACKOFF_MS = 3_600_000;

/** Claims and attempts up to `limit` due jobs; returns how many it claimed (a full batch means: run again now). */
export async function runAlertJobsOnce(deps: AlertWorkerDeps, limit = 20): Promise<number> {
  const leaseSeconds = Math.ceil(deps.config.ALERT_HTTP_TIMEOUT_MS / 1000) + 60;
  const { rows: jobs } = await sql<ClaimedJob>`
    UPDATE alert_jobs SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ${leaseSeconds})
    WHERE id IN (SELECT id FROM alert_jobs WHERE state = 'pending' AND next_attempt_at <= now()
                 ORDER BY next_attempt_at, id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id, channel, webhook_id, event_id, rule, attempts`.execute(deps.db);
  if (jobs.length === 0) return 0;
  const events = await loadAlertEvents(deps.db, [...new Set(jobs.map((job) => job.event_id))]);
  await Promise.all(jobs.map(async (job) => finish(deps, job, await attempt(deps, job, events.get(job.event_id)!))));
  return jobs.length;
}

type JobOutcome = AttemptOutcome | { kind: 'not_sent'; error: string };

async function attempt(deps: AlertWorkerDeps, job: ClaimedJob, event: AlertEvent): Promise<JobOutcome> {
  if (job.channel === 'webhook') {
    const hook = await deps.db
      .selectFrom('webhooks as w')
      .leftJoin('webhook_disablements as d', 'd.webhook_id', 'w.id')
      .select(['w.url', 'w.secret', 'd.disabled_at'])
      .where('w.id', '=', job.webhook_id!)
      .executeTakeFirstOrThrow();
    if (hook.disabled_at) return { kind: 'not_sent', error: 'webhook disabled before delivery' };
    return deliverWebhook({ jobId: job.id, attempt: job.attempts, url: hook.url, secret: hook.secret, event }, deps.config.ALERT_HTTP_TIMEOUT_MS);
  }
  const to = await urgentRecipients(deps, job, event);
  if (!deps.mailer) {
    deps.log('warn', `urgent alert ${job.id} (event ${event.id}) recorded as not sent: SMTP is not configured (set SMTP_URL or SMTP_HOST)`);
    return { kind: 'not_sent', error: 'SMTP is not configured' };
  }
  if (to.length === 0) {
    deps.log('warn', `urgent alert ${job.id} (event ${event.id}) recorded as not sent: no recipient (set ALERT_MAIL_TO)`);
    return { kind: 'not_sent', error: 'no recipient: set ALERT_MAIL_TO' };
  }
  try {
    await deps.mailer.send(renderUrgentMail(event, job.rule ?? 'urgent', to));
    return { kind: 'delivered' };
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    // SMTP 5xx answers are permanent (bad recipient, refused); connection problems and 4xx are worth retrying.
    return code !== undefined && code >= 500 ? { kind: 'final', error: `SMTP ${code}: ${(error as Error).message}` } : { kind: 'retry', error: `SMTP: ${(error as Error).message}` };
  }
}

/**
 * The supervisors of the event's broker; compliance (ALERT_MAIL_TO) only when the device has no broker or the
 * broker no supervisor — and the log says which, so an unassigned device is noticed rather than silently routed.
 */
async function urgentRecipients(deps: AlertWorkerDeps, job: ClaimedJob, event: AlertEvent): Promise<readonly string[]> {
  const scoped = await supervisorsOfDevice(deps.db, event.deviceId);
  if (scoped.kind === 'supervisors') return scoped.emails;
  deps.log('warn', `urgent alert ${job.id} (event ${event.id}, device ${event.deviceId}) goes to ALERT_MAIL_TO: ${scoped.reason}`);
  return deps.config.ALERT_MAIL_TO;
}

async function finish(deps: AlertWorkerDeps, job: ClaimedJob, outcome: JobOutcome): Promise<void> {
  const done = (state: 'delivered' | 'dead' | 'not_sent', lastError: string | null) =>
    deps.db.updateTable('alert_jobs').set({ state, last_error: lastError, finished_at: sql<Date>`now()` }).where('id', '=', job.id).execute();
  if (outcome.kind === 'delivered') return void (await done('delivered', null));
  if (outcome.kind === 'not_sent') return void (await done('not_sent', outcome.error));
  if (outcome.kind === 'final' || job.attempts >= deps.config.ALERT_MAX_ATTEMPTS) {
    deps.log('warn', `alert ${job.id} (${job.channel}) dead-lettered after ${job.attempts} attempts: ${outcome.error}`);
    return void (await done('dead', outcome.error));
  }
  const backoff = Math.min(deps.config.ALERT_RETRY_BASE_MS * 2 ** (job.attempts - 1), MAX_BACKOFF_MS);
  const delay = Math.max(backoff, outcome.retryAfterMs ?? 0);
  await deps.db.updateTable('alert_jobs').set({ last_error: outcome.error, next_attempt_at: sql<Date>`now() + ${delay} * interval '1 millisecond'` }).where('id', '=', job.id).execute();
}
