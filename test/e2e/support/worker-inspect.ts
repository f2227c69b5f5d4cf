/**
 * Reads the worker's state from inside the real service worker (policy tests): the effective settings it
 * caches in storage.session, the records in IndexedDB (read raw, not through Dexie, so the test sees what
 * is really stored) and the badge. Added by the policy branch beside the guard's harness.
 */
import type { Worker } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';

/** Functions passed to `worker.evaluate` run in the service worker, where `chrome` is the extension API. */
declare const chrome: Browser;

export interface EffectiveSettingsView {
  policy: { version: string; approvedSites: string[]; unapprovedAction: string; noticeContact: string; houseAccounts: string[] };
  fingerprintKey: { source: string };
}

export async function effectiveSettings(worker: Worker): Promise<EffectiveSettingsView | undefined> {
  return worker.evaluate(async () => {
    const stored: Record<string, unknown> = await chrome.storage.session.get('effectiveSettings');
    return stored.effectiveSettings as EffectiveSettingsView | undefined;
  });
}

/** Polls until `accept` holds, up to `timeoutMs` (Chromium re-reads policy files about every 5 s). */
export async function waitForSettings(worker: Worker, accept: (settings: EffectiveSettingsView) => boolean, timeoutMs = 20_000): Promise<EffectiveSettingsView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const settings = await effectiveSettings(worker);
    if (settings && accept(settings)) return settings;
    if (Date.now() > deadline) throw new Error(`effective settings never matched within ${timeoutMs} ms; last: ${JSON.stringify(settings?.policy)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export type StoredRecordView = Record<string, unknown> & { seq: number; kind: string };

export async function storedRecords(worker: Worker): Promise<StoredRecordView[]> {
  return worker.evaluate(
    () =>
      new Promise<StoredRecordView[]>((resolve, reject) => {
        const open = indexedDB.open('channel-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains('records')) {
            database.close();
            resolve([]);
            return;
          }
          const request = database.transaction('records').objectStore('records').getAll();
          request.onsuccess = () => {
            database.close();
            resolve(request.result as StoredRecordView[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

export async function waitForRecords(worker: Worker, accept: (records: StoredRecordView[]) => boolean, timeoutMs = 10_000): Promise<StoredRecordView[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const records = await storedRecords(worker);
    if (accept(records)) return records;
    if (Date.now() > deadline) throw new Error(`records never matched within ${timeoutMs} ms; last: ${JSON.stringify(records)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}
