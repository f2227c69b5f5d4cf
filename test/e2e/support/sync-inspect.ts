/**
 * Sync e2e helpers run inside the real service worker: point the extension at an endpoint (the options
 * page's storage keys), and read the outbox as IndexedDB really holds it (raw, not through Dexie).
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import { StatusResponseSchema, type StatusResponse } from '../../../utils/page-api';

declare const chrome: Browser;

/**
 * A document of the extension's own origin, which Chromium gives the extension API and the worker treats as
 * a privileged extension page: the popup's and options page's messages can be sent from it before those
 * pages exist on this branch. (Any packaged file works; the managed schema is always there.)
 */
export async function openExtensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/managed_schema.json`);
  return page;
}

/** Sends one runtime message as the popup or options page would, and returns the worker's answer. */
export async function sendFromPage(page: Page, message: Record<string, unknown>): Promise<unknown> {
  return page.evaluate(async (sent) => chrome.runtime.sendMessage(sent), message);
}

/** The popup's status for the tab showing `url`. */
export async function tabStatus(extensionPage: Page, url: string): Promise<StatusResponse> {
  const tabId = await extensionPage.evaluate(async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id, url);
  if (tabId === undefined) throw new Error(`no tab shows ${url}`);
  return StatusResponseSchema.parse(await sendFromPage(extensionPage, { type: 'status.request', tabId }));
}

/** Enrolls as a person would on the options page: settings.set with the endpoint URL and token. */
export async function configureSync(extensionPage: Page, endpointUrl: string, enrollmentToken: string): Promise<void> {
  const answer = await sendFromPage(extensionPage, { type: 'settings.set', endpointUrl, enrollmentToken });
  if (!answer || typeof answer !== 'object' || 'error' in answer) throw new Error(`settings.set refused: ${JSON.stringify(answer)}`);
}

export interface OutboxView {
  lastSeq: number;
  deliveredThroughSeq: number;
  queued: number;
  receipts: number;
  syncState: string | null;
  lastError: string | null;
}

export async function outbox(worker: Worker): Promise<OutboxView> {
  return worker.evaluate(
    () =>
      new Promise<OutboxView>((resolve, reject) => {
        const open = indexedDB.open('channel-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const view: OutboxView = { lastSeq: 0, deliveredThroughSeq: 0, queued: 0, receipts: 0, syncState: null, lastError: null };
          // Before Dexie's first open the database has no stores yet: an empty outbox.
          if (!['records', 'state', 'receipts'].every((name) => database.objectStoreNames.contains(name))) {
            database.close();
            resolve(view);
            return;
          }
          const transaction = database.transaction(['records', 'state', 'receipts']);
          const last = transaction.objectStore('records').openCursor(null, 'prev');
          last.onsuccess = () => void (view.lastSeq = (last.result?.value as { seq: number } | undefined)?.seq ?? 0);
          const outboxRow = transaction.objectStore('state').get('outbox');
          outboxRow.onsuccess = () => void (view.deliveredThroughSeq = (outboxRow.result as { value: { deliveredThroughSeq: number } } | undefined)?.value.deliveredThroughSeq ?? 0);
          const syncRow = transaction.objectStore('state').get('sync');
          syncRow.onsuccess = () => {
            const value = (syncRow.result as { value: { state: string; lastError: string | null } } | undefined)?.value;
            view.syncState = value?.state ?? null;
            view.lastError = value?.lastError ?? null;
          };
          const receipts = transaction.objectStore('receipts').count();
          receipts.onsuccess = () => void (view.receipts = receipts.result);
          transaction.oncomplete = () => {
            database.close();
            view.queued = view.lastSeq - view.deliveredThroughSeq;
            resolve(view);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

export async function waitForOutbox(worker: Worker, accept: (view: OutboxView) => boolean, timeoutMs = 20_000): Promise<OutboxView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await outbox(worker);
    if (accept(view)) return view;
    if (Date.now() > deadline) throw new Error(`outbox never matched within ${timeoutMs} ms; last: ${JSON.stringify(view)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

interface HeadView {
  seq: number;
  hash: string;
}

/** The last stored record's seq and hash (the chain head new records continue from). */
export async function chainHead(worker: Worker): Promise<HeadView> {
  return worker.evaluate(
    () =>
      new Promise<HeadView>((resolve, reject) => {
        const open = indexedDB.open('channel-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const cursor = database.transaction('records').objectStore('records').openCursor(null, 'prev');
          cursor.onsuccess = () => {
            database.close();
            const value = cursor.result?.value as { seq: number; hash: string } | undefined;
            resolve(value ?? { seq: 0, hash: '0'.repeat(64) });
          };
          cursor.onerror = () => reject(cursor.error);
        };
      }),
  );
}

/** Writes records straight into the worker's IndexedDB (one transaction), as a week offline would leave them. */
export async function putRecords(worker: Worker, records: readonly Record<string, unknown>[]): Promise<void> {
  await worker.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('channel-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const transaction = database.transaction('records', 'readwrite');
          const store = transaction.objectStore('records');
          for (const row of rows) store.put(row);
          transaction.oncomplete = () => {
            database.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    records,
  );
}

/** Reads one stored record as it is. */
export async function recordAt(worker: Worker, seq: number): Promise<Record<string, unknown> | undefined> {
  return worker.evaluate(
    (wanted) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('channel-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const request = database.transaction('records').objectStore('records').get(wanted);
          request.onsuccess = () => {
            database.close();
            resolve(request.result as Record<string, unknown> | undefined);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    seq,
  );
}
