/**
 * Wiring only (STYLE.md §2): every listener is registered synchronously here, before any await, so a
 * worker woken by an event still hears it; handlers wait on the worker's one `ready` promise.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { getDatabase } from '../utils/db';
import { makeFingerprinter } from '../utils/worker/fingerprinter';
import { BADGE_MIDNIGHT_ALARM } from '../utils/worker/badge';
import { createWorker } from '../utils/worker/worker';

export default defineBackground(() => {
  const worker = createWorker({
    db: getDatabase(),
    self: { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin },
    makeFingerprinter,
    // The sync client (utils/sync) is wired in the next commit; until then records stay queued in Dexie.
    requestSync: () => undefined,
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => worker.handleMessage(message, sender));

  // IT changed the managed policy (Chromium re-reads policy files every few seconds): apply and push it.
  browser.storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'managed') void worker.reloadPolicy().catch((error: unknown) => console.warn('[channel-guard]', error));
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_MIDNIGHT_ALARM) void worker.newDay();
  });
});
