/**
 * The real enterprise path (issue #2 §4): a managed-policy file in /etc/chromium/policies/managed/ naming
 * the extension id is read by the worker at start; a value Chromium lets through but zod rejects is
 * recorded and does not crash the worker. The file is machine-wide and removed even on failure.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { EXTENSION_ID, launchWithExtension, pasteInto, readNotices, removeManagedPolicy, startPageServer, writeManagedPolicy, type ExtensionBrowser, type PageServer } from './support';
import { effectiveSettings, waitForRecords, waitForSettings } from './support/worker-inspect';

/** Functions passed to `worker.evaluate` run in the service worker, where `chrome` is the extension API. */
declare const chrome: Browser;

let browser: ExtensionBrowser | undefined;
let server: PageServer | undefined;

afterEach(async () => {
  await browser?.close();
  browser = undefined;
  await server?.close();
  server = undefined;
  await removeManagedPolicy();
});

describe('managed policy file', () => {
  it('is read by the worker at start and becomes the effective policy', async () => {
    await writeManagedPolicy({ approvedSites: ['http://crm.firm.test/*'], unapprovedAction: 'warn', noticeContact: 'Compliance desk, x4100' });
    browser = await launchWithExtension();
    expect(browser.extensionId).toBe(EXTENSION_ID);
    const settings = await waitForSettings(browser.serviceWorker, (candidate) => candidate.policy.version.startsWith('managed:'));
    expect(settings.policy).toMatchObject({ approvedSites: ['http://crm.firm.test/*'], unapprovedAction: 'warn', noticeContact: 'Compliance desk, x4100' });
    // No firm key in this policy: the worker keeps its own, and says which.
    expect(settings.fingerprintKey.source).toBe('install');
  });

  it('records a value Chromium let through but zod rejects, keeps the good keys and keeps answering', async () => {
    await writeManagedPolicy({ approvedSites: ['crm.firm.test'], noticeContact: 'x4100' });
    browser = await launchWithExtension();
    const worker = browser.serviceWorker;
    // Chromium's own schema check passed it (an array of strings): the worker really received it.
    expect(await worker.evaluate(() => chrome.storage.managed.get())).toEqual({ approvedSites: ['crm.firm.test'], noticeContact: 'x4100' });
    const records = await waitForRecords(worker, (all) => all.some((record) => record.kind === 'policy.rejected'));
    expect(records.find((record) => record.kind === 'policy.rejected')).toMatchObject({
      seq: 1,
      note: expect.stringMatching(/^approvedSites: .*"crm\.firm\.test" is not a match pattern/),
    });
    const settings = await effectiveSettings(worker);
    expect(settings?.policy).toMatchObject({ approvedSites: [], noticeContact: 'x4100', unapprovedAction: 'block' });
    expect(await worker.evaluate(() => chrome.runtime.id)).toBe(EXTENSION_ID);
  });

  it("lets the firm's own accounts listed in houseAccounts through, and still blocks a customer's", async () => {
    await writeManagedPolicy({ houseAccounts: ['4RK-99\\d{4}'] });
    server = await startPageServer();
    browser = await launchWithExtension({ serverPort: server.port });
    await waitForSettings(browser.serviceWorker, (candidate) => candidate.policy.houseAccounts.length === 1);
    const page = await browser.context.newPage();
    await page.goto(server.url('mail.personal.test', '/fields.html'));
    const house = 'Journal from the average-price account 4RK-990300 settles today';
    await pasteInto(page, page.locator('#textarea'), house);
    await expect.poll(() => page.locator('#textarea').inputValue()).toBe(house);
    expect(await readNotices(page)).toEqual([]);
    await page.locator('#textarea').fill('');
    await pasteInto(page, page.locator('#textarea'), 'Journal from acct 4RK-118327 to the house account');
    await expect.poll(async () => (await readNotices(page)).length).toBe(1);
    expect(await page.locator('#textarea').inputValue()).toBe('');
  });
});
