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
import { configureSync, outbox, waitForOutbox } from './support/sync-inspect';
import { waitForRecords, waitForSettings } from './support/worker-inspect';

let endpoint: RunningEndpoint;
let pages: PageServer;
let browser: ExtensionBrowser;
let profile: string;

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'cg-sync-profile-'));
  [endpoint, pages] = await Promise.all([startEndpoint(), startPageServer()]);
  browser = await launchWithExtension({ serverPort: pages.port, userDataDir: profile });
  await configureSync(browser.serviceWorker, endpoint.url, endpoint.token);
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
  await expect.poll(async () => (await outbox(browser.serviceWorker)).lastSeq, { timeout: 10_000 }).toBeGreaterThan(0);
  const { lastSeq } = await waitForOutbox(browser.serviceWorker, (view) => view.lastSeq > 0 && view.deliveredThroughSeq === view.lastSeq, 10_000);
  expect(Date.now() - pastedAt).toBeLessThan(5_000);

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
    await waitForOutbox(browser.serviceWorker, (view) => view.queued === paste);
  }
  const offline = await waitForOutbox(browser.serviceWorker, (view) => view.syncState === 'offline');
  expect(offline.lastError).toContain('endpoint unreachable');

  const back = Date.now();
  await endpoint.start();
  const after = await waitForOutbox(browser.serviceWorker, (view) => view.queued === 0 && view.syncState === 'connected', 30_000);
  console.info(`[sync e2e] 3 queued records delivered ${Date.now() - back} ms after the endpoint returned`);
  expect(after.lastSeq).toBe(before.lastSeq + 3);
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
