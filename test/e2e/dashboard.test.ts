/**
 * The supervisor dashboard in real Chromium (issue #3): a supervisor signs in, filters the queue, opens an item,
 * claims it, records a disposition and sees the history. Screenshots of the queue and of an event go to
 * docs/screenshots/ for the README.
 */
import path from 'node:path';
import { statSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../server/helpers/postgres';
import { PASSWORD, startReviewWorld, type ReviewWorld } from '../server/helpers/review-world';
import { CHROMIUM_PATH, QUIET_CHROMIUM_FLAGS } from '../../demo/chromium';

const ROOT = path.resolve(import.meta.dirname, '../..');
// README images are refreshed only on request (UPDATE_SCREENSHOTS=1), so a test run never edits the work tree.
const SCREENSHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots');

const ssn = { type: 'US_SSN' as const, masked: '***-**-6789', fingerprint: 'a'.repeat(32), detector: 'ssn', score: 0.95, evidence: { checksum: 'ssa-ranges', checksumPassed: true, context: [{ word: 'SSN', start: 0, end: 3 }] } };
const card = { type: 'CREDIT_CARD' as const, masked: '**** **** **** 4242', fingerprint: 'b'.repeat(32), detector: 'card-luhn', score: 0.9, evidence: { checksum: 'luhn', checksumPassed: true, context: [], notes: ['issuer Visa, 16 digits'] } };
const site = (host: string) => ({ host, status: 'unapproved' as const });

describe('supervisor dashboard in Chromium', () => {
  let w: ReviewWorld;
  let context: BrowserContext;
  let page: Page;
  let base = '';

  beforeAll(async () => {
    // The endpoint serves the build it finds when the app is built, so build first (the integrator's `npm run build:dashboard`).
    await build({ configFile: path.join(ROOT, 'server/dashboard/vite.config.ts'), logLevel: 'warn' });
    w = await startReviewWorld();
    await w.send(w.deviceA, [
      { kind: 'paste.blocked', findings: [ssn], site: site('mail.personal.test') },
      { kind: 'upload.overridden', action: 'warn', findings: [card, ssn], justification: 'Client asked for the statement at home', site: site('drive.example.com') },
      { kind: 'paste.warned', action: 'warn', findings: [card], site: site('chat.example.net') },
      { kind: 'drop.blocked', findings: [ssn], site: site('mail.personal.test') },
      { kind: 'paste.blocked', findings: [ssn], site: site('notes.example.org') },
    ]);
    await w.send(w.deviceB, [{ kind: 'paste.blocked', findings: [ssn], site: site('group-b-only.example') }]);
    const port = await freePort();
    await w.app.listen({ port, host: '127.0.0.1' });
    // localhost: a secure context for Chromium, so the Secure session cookie works over plain http in the test.
    base = `http://localhost:${port}`;
    context = await chromium.launchPersistentContext('', { executablePath: CHROMIUM_PATH, headless: true, args: [...QUIET_CHROMIUM_FLAGS], viewport: { width: 1280, height: 860 } });
    page = context.pages()[0] ?? (await context.newPage());
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await w?.close();
  });

  it('a supervisor signs in and sees only the queue of their group', async () => {
    await page.goto(`${base}/admin/`);
    await page.getByLabel('E-mail').fill('sam@firm.example');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Review items' }).locator('tbody tr').count()).toBe(5);
    expect(await page.getByText('group-b-only.example').count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-queue.png') });
  });

  it('filters the queue with the keyboard-reachable form', async () => {
    await page.getByLabel('Action').selectOption('overridden');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Review items' }).locator('tbody tr').count()).toBe(1);
    expect(page.url()).toContain('action=overridden');
    await expect.poll(() => page.getByRole('table', { name: 'Review items' }).innerText()).toContain('Client asked for the statement at home');
  });

  it('opens an item, claims it, records a disposition and sees the history', async () => {
    await page.getByRole('table', { name: 'Review items' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: 'upload.overridden on drive.example.com' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main'); // focus follows navigation
    expect(await page.getByText("checksum luhn passed; no context word nearby; issuer Visa, 16 digits").count()).toBe(1);
    await page.getByRole('button', { name: 'Claim this item' }).click();
    await page.getByText('claimed by sam@firm.example').first().waitFor();

    await page.getByLabel('Coached broker').check();
    await page.getByLabel('Comment (at least 3 characters)').fill('Reminded the broker that statements go through the CRM portal.');
    await page.getByRole('button', { name: 'Record disposition' }).click();
    await page.getByText('Disposition recorded.').waitFor();
    await expect.poll(() => page.getByRole('list', { name: 'Dispositions, newest first' }).innerText()).toContain('coached broker by sam@firm.example');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-event.png'), fullPage: true });

    const stored = await w.database.db.withTables<{ event_reviews: { reviewer_label: string; disposition: string } }>().selectFrom('event_reviews').select(['reviewer_label', 'disposition']).execute();
    expect(stored).toEqual([{ reviewer_label: 'sam@firm.example', disposition: 'coached_broker' }]);
  });

  it('security: a state-changing request from the page without the CSRF header is refused', async () => {
    const status = await page.evaluate(async () => {
      const id = location.hash.split('/')[2];
      const response = await fetch(`/admin/api/events/${id}/claim`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return response.status;
    });
    expect(status).toBe(403);
  });

  it('shows the broker, site and fleet views and the reports links, then signs out', async () => {
    await page.getByRole('link', { name: 'Alice Archer' }).click();
    await page.getByRole('heading', { name: 'Alice Archer' }).waitFor();
    await page.getByRole('link', { name: 'Sites' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Destinations by events' }).innerText()).toContain('mail.personal.test');
    await page.getByRole('link', { name: 'Fleet health' }).click();
    await page.getByRole('heading', { name: 'Fleet health' }).waitFor();
    await page.getByRole('link', { name: 'Reports' }).click();
    expect(await page.getByRole('link', { name: 'Daily digest' }).getAttribute('href')).toBe('/admin/digest');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    for (const name of ['dashboard-queue.png', 'dashboard-event.png']) expect(statSync(path.join(SCREENSHOTS, name)).size).toBeLessThan(200_000);
  });
});
