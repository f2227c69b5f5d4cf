/**
 * Policy end to end, with the real guard and real Ctrl+V (issue #2 §3–4): an approved site allows the PII
 * paste and the event is recorded as allowed; an unapproved site blocks it, records it and the badge shows
 * 1; editing the managed-policy file while the browser runs changes the policy for open tabs — top frame
 * and iframes — without a reload. The policy file is machine-wide and removed even on failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, pasteInto, removeManagedPolicy, startPageServer, writeClipboard, writeManagedPolicy, type ExtensionBrowser, type PageServer } from './support';
import { badgeText, storedRecords, waitForRecords, waitForSettings } from './support/worker-inspect';

const PII = 'Customer SSN 536-22-8147, please update';
const FIRM_KEY = 'q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=';

/** Ctrl+V into a field by focusing it: the guard's block notice may still cover the page, so no click. */
async function pasteByFocus(page: Page, field: Locator, text: string): Promise<void> {
  await writeClipboard(page, text);
  await field.focus();
  await page.keyboard.press('Control+V');
}

describe('managed policy, live', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;

  beforeAll(async () => {
    server = await startPageServer();
    await writeManagedPolicy({ approvedSites: ['http://crm.firm.test/*'], noticeContact: 'Compliance desk, x4100', fingerprintKey: FIRM_KEY });
    browser = await launchWithExtension({ serverPort: server.port });
    await waitForSettings(browser.serviceWorker, (settings) => settings.policy.approvedSites.includes('http://crm.firm.test/*'));
  });
  afterAll(async () => {
    await removeManagedPolicy();
    await browser?.close();
    await server?.close();
  });

  it('allows the PII paste on an approved site and records it as allowed', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('crm.firm.test', '/fields.html'));
    await pasteInto(page, page.locator('#textarea'), PII);
    await expect.poll(() => page.locator('#textarea').inputValue()).toBe(PII);
    const records = await waitForRecords(browser.serviceWorker, (all) => all.some((record) => record.kind === 'paste.allowed'));
    expect(records.find((record) => record.kind === 'paste.allowed')).toMatchObject({
      action: 'allow',
      site: { host: `crm.firm.test:${server.port}`, status: 'approved' },
      note: expect.stringContaining(`page crm.firm.test:${server.port}`),
      policyVersion: expect.stringMatching(/^managed:/),
      findings: [{ type: 'US_SSN', masked: expect.stringContaining('8147') }],
    });
    expect(JSON.stringify(records)).not.toContain('536-22-8147');
    expect(await badgeText(browser.serviceWorker)).toBe('');
    await page.close();
  });

  it('blocks it on an unapproved site, records it and shows 1 on the badge', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('mail.personal.test', '/fields.html'));
    await pasteInto(page, page.locator('#textarea'), PII);
    const records = await waitForRecords(browser.serviceWorker, (all) => all.some((record) => record.kind === 'paste.blocked'));
    expect(await page.locator('#textarea').inputValue()).toBe('');
    expect(records.find((record) => record.kind === 'paste.blocked')).toMatchObject({ action: 'block', site: { status: 'unapproved' } });
    await expect.poll(() => badgeText(browser.serviceWorker)).toBe('1');
    // Fingerprints under the firm key: the same SSN correlates across the allowed and the blocked record.
    const fingerprints = records.flatMap((record) => (Array.isArray(record.findings) ? record.findings.map((finding: { fingerprint: string }) => finding.fingerprint) : []));
    expect(new Set(fingerprints).size).toBe(1);
    expect(JSON.stringify(records)).not.toContain('536-22-8147');
    await page.close();
  });

  it('applies an edited policy file to an open tab and its iframes without a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('mail.personal.test', '/frames.html'));
    const sameOriginFrame = page.frameLocator('#same').locator('#field');
    const crossOriginFrame = page.frameLocator('#cross').locator('#field');
    await pasteInto(page, sameOriginFrame, PII);
    await expect.poll(() => storedRecords(browser.serviceWorker).then((all) => all.filter((record) => record.kind === 'paste.blocked').length)).toBe(2);
    expect(await sameOriginFrame.inputValue()).toBe('');

    const before = await page.evaluate(() => performance.timeOrigin);
    await writeManagedPolicy({
      approvedSites: ['http://crm.firm.test/*', 'http://mail.personal.test/*', 'http://widget.other.test/*'],
      noticeContact: 'Compliance desk, x4100',
      fingerprintKey: FIRM_KEY,
    });
    // Chromium re-reads policy files about every 5 s; the worker then pushes policy.update to every frame.
    await waitForSettings(browser.serviceWorker, (settings) => settings.policy.approvedSites.includes('http://mail.personal.test/*'), 30_000);

    // The guard holds the pushed policy synchronously, so give the message a moment, then paste for real.
    await expect
      .poll(async () => {
        await sameOriginFrame.fill('');
        await pasteByFocus(page, sameOriginFrame, PII);
        return sameOriginFrame.inputValue();
      }, { timeout: 5_000 })
      .toBe(PII);
    await pasteByFocus(page, crossOriginFrame, PII);
    await expect.poll(() => crossOriginFrame.inputValue()).toBe(PII);
    await pasteByFocus(page, page.locator('#open-host #field'), PII);
    await expect.poll(() => page.locator('#open-host #field').inputValue()).toBe(PII);
    // Same document all along: no reload happened.
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(before);
    await page.close();
  });
});
