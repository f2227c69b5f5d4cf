/**
 * Sync end to end (issue #4) with the real endpoint on its embedded PostgreSQL: a blocked paste reaches the
 * endpoint within seconds with masked evidence only; with the endpoint down the queue grows, and when it
 * returns every record is delivered exactly once (one row per seq in the endpoint's database); a policy
 * published on the endpoint reaches open pages at the next sync, without a reload.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, startPageServer, writeClipboard, type ExtensionBrowser, type PageServer } from './support';
import { startEndpoint, type RunningEndpoint } from './support/endpoint';
import { CLEAR_VALUES, PII_TEXT } from './support/fixtures';
import { publishPolicy } from '../../server/policies';
import { DEFAULT_POLICY } from '../../utils/policy/schema';
import { configureSync, openExtensionPage, sendFromPage, tabStatus, waitForOutbox } from './support/sync-inspect';
import { waitForRecords, waitForSettings } from './support/worker-inspect';

let endpoint: RunningEndpoint;
let pages: PageServer;
let browser: ExtensionBrowser;
let profile: string;
/** Plays the popup and the options page: privileged messages from the extension's own origin. */
let extensionPage: Page;

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'cg-sync-profile-'));
  [endpoint, pages] = await Promise.all([startEndpoint(), startPageServer()]);
  browser = await launchWithExtension({ serverPort: pages.port, userDataDir: profile });
  extensionPage = await openExtensionPage(browser.context, browser.extensionId);
  await configureSync(extensionPage, endpoint.url, endpoint.token);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([endpoint?.close(), pages?.close()]);
  rmSync(profile, { recursive: true, force: true });
});

async function pasteBlocked(page: Page): Promise<void> {
  await writeClipboard(page, PII_TEXT);
  await page.locator('#textarea').focus();
  await page.keyboard.press('Control+V');
}

it('delivers a paste blocked on an unapproved site to the endpoint within seconds, masked', async () => {
  const page = await browser.context.newPage();
  await page.goto(pages.url('mail.personal.test', '/fields.html'));
  const pastedAt = Date.now();
  await pasteBlocked(page);
  const { lastSeq } = await waitForOutbox(browser.serviceWorker, (view) => view.lastSeq > 0 && view.deliveredThroughSeq === view.lastSeq, 10_000);
  const latency = Date.now() - pastedAt;
  console.info(`[sync e2e] blocked paste acknowledged by the endpoint ${latency} ms after the paste`);
  expect(latency).toBeLessThan(5_000);
  const status = await tabStatus(extensionPage, page.url());
  expect(status.tab).toEqual({ host: expect.stringContaining('mail.personal.test'), status: 'unapproved', customerData: 'Customer data is blocked here: this site is not approved.' });
  expect(status.sync).toMatchObject({ state: 'connected', endpointUrl: endpoint.url, queued: 0, lastReceipt: { ackedThroughSeq: lastSeq } });
  expect(status.today.blocked).toBeGreaterThanOrEqual(1);

  const stored = await sql<{ kind: string; record: { findings: { type: string; masked: string }[]; site: { host: string; status: string } } }>`
    SELECT kind, record FROM events WHERE seq = ${lastSeq}`.execute(endpoint.harness.database.db);
  const [row] = stored.rows;
  expect(row?.kind).toBe('paste.blocked');
  expect(row?.record.site).toEqual({ host: expect.stringContaining('mail.personal.test'), status: 'unapproved' });
  expect(row?.record.findings).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'US_SSN', masked: '***-**-8194' })]));
  const everything = JSON.stringify((await sql`SELECT record, canonical FROM events`.execute(endpoint.harness.database.db)).rows);
  for (const clear of CLEAR_VALUES) expect(everything).not.toContain(clear);
  await page.close();
});

it('queues while the endpoint is down and delivers every record exactly once when it returns', async () => {
  const page = await browser.context.newPage();
  await page.goto(pages.url('mail.personal.test', '/fields.html'));
  const before = await waitForOutbox(browser.serviceWorker, (view) => view.queued === 0);
  await endpoint.stop();
  for (let paste = 1; paste <= 3; paste += 1) {
    await pasteBlocked(page);
    // What the popup shows: the queue growing by one per blocked paste.
    await expect.poll(async () => (await tabStatus(extensionPage, page.url())).sync.queued).toBe(paste);
  }
  await expect.poll(async () => (await tabStatus(extensionPage, page.url())).sync.state).toBe('offline');
  const offline = await tabStatus(extensionPage, page.url());
  expect(offline.sync.lastError).toContain('endpoint unreachable');
  expect(offline.sync.oldestQueuedAt).not.toBeNull();

  const back = Date.now();
  await endpoint.start();
  const after = await waitForOutbox(browser.serviceWorker, (view) => view.queued === 0 && view.syncState === 'connected', 30_000);
  console.info(`[sync e2e] 3 queued records delivered ${Date.now() - back} ms after the endpoint returned`);
  expect(after.lastSeq).toBe(before.lastSeq + 3);
  expect((await tabStatus(extensionPage, page.url())).sync).toMatchObject({ state: 'connected', queued: 0, lastError: null, oldestQueuedAt: null });
  const rows = await endpoint.rowsPerSeq();
  expect(rows).toEqual(Array.from({ length: after.lastSeq }, (_, index) => [index + 1, 1]));
  await page.close();
});

it('applies a policy published on the endpoint at the next sync, in open pages without a reload', async () => {
  const page = await browser.context.newPage();
  await page.goto(pages.url('mail.personal.test', '/fields.html'));
  await publishPolicy(endpoint.harness.database.db, { ...DEFAULT_POLICY, version: 'firm-e2e-1', approvedSites: ['http://mail.personal.test/*'] }, 'e2e');
  await pasteBlocked(page); // still blocked under the old policy; the new record starts a sync that fetches the policy
  await waitForSettings(browser.serviceWorker, (settings) => settings.policy.version === 'firm-e2e-1');

  await page.locator('#textarea').fill('');
  await pasteBlocked(page);
  await expect.poll(() => page.locator('#textarea').inputValue()).toBe(PII_TEXT);
  const records = await waitForRecords(browser.serviceWorker, (all) => all.some((record) => record.kind === 'paste.allowed'));
  expect(records.find((record) => record.kind === 'paste.allowed')).toMatchObject({ policyVersion: 'firm-e2e-1', site: { status: 'approved' } });
  expect(records.find((record) => record.kind === 'policy.applied')).toMatchObject({ policyVersion: 'firm-e2e-1', note: expect.stringContaining('source: endpoint') });
  await page.close();
});

it('shows the broker their own records, masked, and records the monitoring-notice acknowledgment', async () => {
  const { acknowledgedAt } = (await sendFromPage(extensionPage, { type: 'notice.acknowledge', noticeVersion: '2026-11' })) as { acknowledgedAt: string };
  const { records } = (await sendFromPage(extensionPage, { type: 'records.request', limit: 20 })) as { records: { kind: string; deviceTime: string }[] };
  expect(records[0]).toMatchObject({ kind: 'notice.acknowledged', deviceTime: acknowledgedAt });
  expect(records.some((record) => record.kind === 'paste.blocked')).toBe(true);
  for (const clear of CLEAR_VALUES) expect(JSON.stringify(records)).not.toContain(clear);
  expect(await sendFromPage(extensionPage, { type: 'settings.get' })).toMatchObject({ monitoringNotice: { acknowledgedAt }, enrollmentToken: { set: true, forced: false } });
});
