/**
 * The background loops of one endpoint process (issue #3): the alert worker and the digest scheduler. Each loop
 * runs one pass at a time, runs again at once after a full batch, and is stopped — waiting for the pass in flight —
 * when the app closes. Everything they share with other processes is in the database.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context';
import { runAlertJobsOnce } from './alerts/worker';
import { createMailer } from './mail';
import { runDigestsOnce } from './reports/digest-scheduler';

interface Loop {
  stop(): Promise<void>;
}

function startLoop(app: FastifyInstance, name: string, intervalMs: number, pass: () => Promise<boolean>): Loop {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  const schedule = (delay: number) => {
    if (!stopped) timer = setTimeout(run, delay);
  };
  const run = () => {
    running = pass().then(
      (again) => schedule(again ? 0 : intervalMs),
      (error: unknown) => {
        app.log.error({ err: error }, `${name} pass failed; retrying in ${intervalMs} ms`);
        schedule(intervalMs);
      },
    );
  };
  schedule(0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

export function startBackgroundWorkers(app: FastifyInstance, context: AppContext): void {
  const { config, db } = context;
  if (!config.BACKGROUND_WORKERS) return;
  const mailer = createMailer(config);
  if (!mailer) app.log.warn('SMTP is not configured (SMTP_URL or SMTP_HOST): urgent alerts and digests will be recorded as not sent');
  const log = (level: 'info' | 'warn', message: string) => app.log[level](message);
  const BATCH = 20;
  const loops = [
    startLoop(app, 'alert worker', config.ALERT_POLL_MS, async () => (await runAlertJobsOnce({ db, config, mailer, log }, BATCH)) === BATCH),
    startLoop(app, 'digest scheduler', config.DIGEST_CHECK_MS, async () => {
      await runDigestsOnce({ db, config, mailer, log });
      return false;
    }),
  ];
  app.addHook('onClose', async () => {
    await Promise.all(loops.map((loop) => loop.stop()));
    mailer?.close();
  });
}
