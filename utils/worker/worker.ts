/**
 * The worker's lifecycle: one `ready` promise for the current state, replaced when the managed policy
 * changes. background.ts registers listeners synchronously and hands them these functions (STYLE.md §2).
 */
import type { ChannelGuardDatabase } from '../db';
import { refreshBadge, scheduleMidnightRefresh } from './badge';
import type { Fingerprinter } from './guard-record';
import { pushPolicyToTabs } from './push-policy';
import { checkOwnChain } from './chain-check';
import { recordPolicyIfChanged } from './policy-applied';
import { createRecordAppender } from './record-writer';
import { routeMessage } from './router';
import type { ExtensionIdentity } from './sender';
import { cachedSettings, computeSettings, type WorkerSettings } from './settings';
import type { WorkerState } from './state';

export interface WorkerDependencies {
  db: ChannelGuardDatabase;
  self: ExtensionIdentity;
  /** Builds the keyed fingerprint function from the base64 secret (the classifier's HMAC). */
  makeFingerprinter: (rawKeyBase64: string) => Promise<Fingerprinter>;
  /** Starts a sync soon (new record, settings changed); the sync client runs one at a time. */
  requestSync: (reason: string, options?: { ignoreBackoff?: boolean }) => void;
}

export interface Worker {
  ready: () => Promise<WorkerState>;
  handleMessage: (message: unknown, sender: unknown) => ReturnType<typeof routeMessage>;
  /** Re-reads managed storage; pushes the policy to every tab when it changed. */
  reloadPolicy: () => Promise<WorkerState>;
  /** Redraws the badge for the new day and schedules the next midnight. */
  newDay: () => Promise<void>;
  /** Writes records that waited for disk space, if there is space again (alarm). */
  flushPendingRecords: () => Promise<void>;
  /** The start-up checks (own chain, applied policy), resolved when done: tests and the alarm wait on it. */
  startupChecks: Promise<void>;
}

export function createWorker(deps: WorkerDependencies): Worker {
  const writer = createRecordAppender(deps.db, deps.requestSync);
  const toState = async (settings: WorkerSettings): Promise<WorkerState> => ({
    settings,
    fingerprint: await deps.makeFingerprinter(settings.fingerprintKey.raw),
    db: deps.db,
    self: deps.self,
    appendRecord: writer.appendRecord,
    requestSync: deps.requestSync,
    pendingError: writer.pendingError,
  });

  // A woken worker answers from the session cache; only a browser start or a policy change recomputes.
  let ready = (async () => toState((await cachedSettings()) ?? (await computeSettings(deps.db))))();
  const newDay = async (): Promise<void> => {
    await Promise.all([ready.then((state) => refreshBadge(state.db)), scheduleMidnightRefresh()]).catch((error: unknown) =>
      console.warn('[channel-guard] badge:', error),
    );
  };
  void newDay();

  const startupChecks = ready.then(async (state) => {
    await recordPolicyIfChanged(deps.db, state.settings, writer.appendRecord);
    await checkOwnChain(deps.db, writer.appendRecord, state.settings.policy.version);
  }).catch((error: unknown) => console.warn('[channel-guard] start-up checks failed:', error));

  const reloadPolicy = (): Promise<WorkerState> => {
    // Chained on the previous state so two quick changes apply in order and the last one wins.
    ready = ready
      .catch(() => undefined)
      .then(async (previous) => {
        let next: WorkerState;
        try {
          next = await toState(await computeSettings(deps.db));
        } catch (error) {
          // Storage failing mid-change must not leave the worker without a policy: keep enforcing the last one.
          console.warn('[channel-guard] policy reload failed, keeping the previous policy:', error);
          if (previous) return previous;
          throw error;
        }
        if (previous?.settings.policy.version !== next.settings.policy.version) {
          await recordPolicyIfChanged(deps.db, next.settings, writer.appendRecord).catch((error: unknown) =>
            console.warn('[channel-guard] policy change not recorded:', error),
          );
          // The new state is in force whether or not every tab could be told; a tab that missed it asks at its next load.
          await pushPolicyToTabs(next.settings.policy).then(
            (pushed) => console.info(`[channel-guard] policy ${next.settings.policy.version} pushed to ${pushed.delivered} of ${pushed.tabs} tabs`),
            (error: unknown) => console.warn('[channel-guard] policy push failed:', error),
          );
        }
        return next;
      });
    return ready;
  };

  return {
    ready: () => ready,
    handleMessage: (message, sender) => routeMessage(message, sender, deps.self, () => ready),
    reloadPolicy,
    newDay,
    flushPendingRecords: writer.flush,
    startupChecks,
  };
}
