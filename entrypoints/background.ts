/**
 * Wiring only (STYLE.md §2): every listener is registered synchronously here, before any await, so a
 * worker woken by an event still hears it; handlers wait on the worker's one `ready` promise.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { getDatabase } from '../utils/db';
import { createSyncScheduler, SYNC_ALARM, SYNC_ALARM_PERIOD_MINUTES } from '../utils/sync/scheduler';
import { LOCAL_ENDPOINT_KEY, LOCAL_TOKEN_KEY } from '../utils/sync/settings';
import { BADGE_MIDNIGHT_ALARM } from '../utils/worker/badge';
import { makeFingerprinter } from '../utils/worker/fingerprinter';
import { createWorker } from '../utils/worker/worker';

export default defineBackground(() => {
  const db = getDatabase();
  const sync = createSyncScheduler({
    db,
    fetch: (input, init) => fetch(input, init),
    extensionVersion: browser.runtime.getManifest().version,
    // Called only after start-up, when `worker` below exists.
    current: () => worker.ready(),
    onRemotePolicyChanged: () => worker.reloadPolicy(),
    // Any extension API call resets MV3's 30 s idle timer: a 10,000-record drain is not cut short.
    keepAlive: async () => browser.storage.session.set({ 'sync.alive': Date.now() }),
  });
  const worker = createWorker({
    db,
    self: { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin },
    makeFingerprinter,
    requestSync: sync.request,
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => worker.handleMessage(message, sender));

  // IT changed the managed policy (Chromium re-reads policy files every few seconds): apply and push it.
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'managed') void worker.reloadPolicy().then(() => sync.request('managed policy changed'), (error: unknown) => console.warn('[channel-guard]', error));
    // The options page stored a new endpoint or token: enroll now rather than at the next alarm.
    if (areaName === 'local' && (LOCAL_ENDPOINT_KEY in changes || LOCAL_TOKEN_KEY in changes)) sync.request('sync settings changed', { ignoreBackoff: true });
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_MIDNIGHT_ALARM) void worker.newDay();
    if (alarm.name === SYNC_ALARM) void worker.flushPendingRecords().then(() => sync.request('alarm'));
  });
  browser.runtime.onStartup.addListener(() => sync.request('browser start'));

  // Re-created at every worker start: alarms are not guaranteed to survive every browser restart (TOOLCHAIN.md).
  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_ALARM_PERIOD_MINUTES });
  void worker.startupChecks.then(() => sync.request('worker start'));
});
