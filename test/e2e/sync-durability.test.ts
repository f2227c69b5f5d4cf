/**
 * Durability of the outbox in real Chromium with the real endpoint (issue #4): a week's backlog of 10,000
 * records drains within 30 s of the endpoint's return; a worker stopped mid-batch and a browser killed right
 * after a block lose nothing and duplicate nothing; a record altered in IndexedDB is caught by the worker at
 * start (chain.broken) and refused by the endpoint. Files run serially; this one keeps one profile throughout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chainDrafts, type RecordDraft } from '../../utils/db/records';
import { launchWithExtension, startPageServer, writeClipboard, type ExtensionBrowser, type PageServer } from './support';
import { startEndpoint, type RunningEndpoint } from './support/endpoint';
import { PII_TEXT } from './support/fixtures';
import { killBrowser, stopServiceWorkers } from './support/lifecycle';
import { chainHead, configureSync, openExtensionPage, outbox, putRecords, recordAt, waitForOutbox } from './support/sync-inspect';
import { waitForRecords } from './support/worker-inspect';

let endpoint: RunningEndpoint;
let pages: PageServer;
let browser: ExtensionBrowser;
let page: Page;
let profile: string;

async function launch(): Promise<void> {
  browser = await launchWithExtension({ serverPort: pages.port, userDataDir: profile });
  page = await browser.context.newPage();
  await page.goto(pages.url('mail.personal.test', '/fields.html'));
}

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'cg-durability-profile-'));
  [endpoint, pages] = await Promise.all([startEndpoint(), startPageServer()]);
  await launch();
  await configureSync(await openExtensionPage(browser.context, browser.extensionId), endpoint.url, endpoint.token);
});
afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await Promise.all([endpoint?.close(), pages?.close()]);
  rmSync(profile, { recursive: true, force: true });
});

async function pasteBlocked(): Promise<void> {
  await writeClipboard(page, PII_TEXT);
  await page.locator('#textarea').focus();
  await page.keyboard.press('Control+V');
}

async function expectEachSeqOnceThrough(lastSeq: number): Promise<void> {
  expect(await endpoint.rowsPerSeq()).toEqual(Array.from({ length: lastSeq }, (_, index) => [index + 1, 1]));
}

const weekOldBlock = (deviceTime: string): RecordDraft => ({
  kind: 'paste.blocked',
  site: { host: 'mail.personal.test', status: 'unapproved' },
  channel: null,
  findings: [{ type: 'US_SSN', masked: '***-**-8194', fingerprint: 'a'.repeat(64), detector: 'ssn', score: 0.97, evidence: { context: [] } }],
  action: 'block',
  justification: null,
  policyVersion: 'bundled-default',
  message: null,
  note: 'page mail.personal.test; 40 characters',
  deviceTime,
});

async function seed(count: number): Promise<number> {
  const head = await chainHead(browser.serviceWorker);
  const weekAgo = Date.now() - 7 * 86_400_000;
  const drafts = Array.from({ length: count }, (_, index) => weekOldBlock(new Date(weekAgo + index * 60_000).toISOString()));
  const records = await chainDrafts(drafts, head);
  await putRecords(browser.serviceWorker, records);
  return head.seq + count;
}

it('delivers a week offline with 10,000 queued records within 30 s of the endpoint coming back', async () => {
  await pasteBlocked();
  await waitForOutbox(browser.serviceWorker, (view) => view.lastSeq > 0 && view.queued === 0);
  await endpoint.stop();
  await seed(10_000);
  await pasteBlocked(); // a new record: the worker tries, fails and backs off
  const offline = await waitForOutbox(browser.serviceWorker, (view) => view.syncState === 'offline' && view.queued >= 10_000);

  const back = Date.now();
  await endpoint.start();
  await waitForOutbox(browser.serviceWorker, (view) => view.queued === 0, 30_000);
  const drained = Date.now() - back;
  console.info(`[sync e2e] backlog of ${offline.queued} records delivered ${drained} ms after the endpoint returned`);
  expect(drained).toBeLessThan(30_000);
  await expectEachSeqOnceThrough(offline.lastSeq);
}, 90_000);

it('loses and duplicates nothing when the worker is stopped mid-batch and the browser killed after a block', async () => {
  const lastSeq = await seed(600);
  await pasteBlocked(); // triggers the drain of six batches
  const atStop = await waitForOutbox(browser.serviceWorker, (view) => view.deliveredThroughSeq > lastSeq - 600);
  await stopServiceWorkers(browser.context, page);
  console.info(`[sync e2e] worker stopped with ${atStop.deliveredThroughSeq} of ${atStop.lastSeq} acknowledged`);
  await pasteBlocked(); // wakes the worker, which resumes from the oldest unacknowledged record
  const drained = await waitForOutbox(browser.serviceWorker, (view) => view.queued === 0 && view.lastSeq === lastSeq + 2, 20_000);

  await pasteBlocked();
  await waitForRecords(browser.serviceWorker, (records) => records.length > 0 && Math.max(...records.map((record) => record.seq)) === drained.lastSeq + 1);
  await killBrowser(browser.context, profile);
  await launch();
  const relaunched = await waitForOutbox(browser.serviceWorker, (view) => view.queued === 0 && view.lastSeq >= drained.lastSeq + 1, 20_000);
  expect(await recordAt(browser.serviceWorker, drained.lastSeq + 1)).toMatchObject({ kind: 'paste.blocked' });
  await expectEachSeqOnceThrough(relaunched.lastSeq);
}, 60_000);

it('detects a record altered in IndexedDB at worker start, and the endpoint refuses it', async () => {
  await endpoint.stop();
  await pasteBlocked();
  const queued = await waitForOutbox(browser.serviceWorker, (view) => view.queued === 1);
  const altered = await recordAt(browser.serviceWorker, queued.lastSeq);
  await putRecords(browser.serviceWorker, [{ ...altered, note: 'nothing to see here' }]);

  await stopServiceWorkers(browser.context, page);
  await endpoint.start();
  await pasteBlocked(); // wakes the worker: it checks its chain before syncing
  // The check covers every kept record (10,000+ by now) before the woken worker syncs.
  const records = await waitForRecords(browser.serviceWorker, (all) => all.some((record) => record.kind === 'chain.broken'), 30_000);
  expect(records.find((record) => record.kind === 'chain.broken')?.note).toContain(`seq ${queued.lastSeq}`);

  const held = await waitForOutbox(browser.serviceWorker, (view) => view.syncState === 'error', 30_000);
  expect(held.lastError).toContain(`records ${queued.lastSeq}`);
  expect(held.deliveredThroughSeq).toBe(queued.lastSeq - 1);
  const stored = await sql<{ n: string }>`SELECT count(*) AS n FROM events WHERE seq >= ${queued.lastSeq}`.execute(endpoint.harness.database.db);
  expect(Number(stored.rows[0]?.n)).toBe(0);
  const heartbeat = await sql<{ last_error: string | null }>`SELECT last_error FROM heartbeats ORDER BY received_at DESC LIMIT 1`.execute(endpoint.harness.database.db);
  expect(heartbeat.rows[0]?.last_error).toContain('does not match SHA-256');
  expect((await outbox(browser.serviceWorker)).queued).toBeGreaterThan(0);
}, 90_000);
