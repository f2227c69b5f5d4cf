/**
 * When sync runs (issue #4): on a new record, at worker start, at browser start and on a one-minute alarm
 * (re-created at every worker start: MV3 alarms do not reliably survive every restart). One run at a time per
 * worker: a request during a run asks for one more run after it, never a parallel one.
 */
import { runSync, type SyncEnvironment, type SyncRun } from './client';

export const SYNC_ALARM = 'sync';
export const SYNC_ALARM_PERIOD_MINUTES = 1;

export interface SyncScheduler {
  /** Runs soon; `ignoreBackoff` for a person's action (settings changed), not for automatic triggers. */
  request: (reason: string, options?: { ignoreBackoff?: boolean }) => void;
  /** Resolves when no run is in progress or pending (tests, and the alarm handler's lifetime). */
  idle: () => Promise<void>;
}

export function createSyncScheduler(env: SyncEnvironment): SyncScheduler {
  let running: Promise<void> | null = null;
  let again: { ignoreBackoff: boolean } | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  /** While the worker lives, retry when the backoff ends; if it dies first, the alarm wakes it and retries. */
  const retryWhenDue = async (): Promise<void> => {
    const backoff = await env.db.readState('backoff');
    if (!backoff || backoff.notBefore === 0) return;
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => request('backoff over'), Math.max(0, backoff.notBefore - Date.now()) + 50);
  };

  const loop = async (first: { ignoreBackoff: boolean }): Promise<void> => {
    let options: { ignoreBackoff: boolean } | null = first;
    while (options) {
      again = null;
      let outcome: SyncRun;
      try {
        outcome = await runSync(env, options);
      } catch (error) {
        console.warn('[channel-guard] sync failed:', error);
        outcome = 'failed';
      }
      if (outcome === 'failed' || outcome === 'waiting') await retryWhenDue().catch(() => undefined);
      // Backlog left after a run's time budget: continue at once instead of waiting for the alarm.
      options = outcome === 'more' ? { ignoreBackoff: false } : again;
    }
  };

  function request(_reason: string, options: { ignoreBackoff?: boolean } = {}): void {
    const wanted = { ignoreBackoff: options.ignoreBackoff ?? false };
    if (running) {
      again = { ignoreBackoff: (again?.ignoreBackoff ?? false) || wanted.ignoreBackoff };
      return;
    }
    running = loop(wanted).finally(() => {
      running = null;
    });
  }

  return {
    request,
    idle: async () => {
      while (running) await running;
    },
  };
}
