/**
 * MV3 kills an idle service worker after 30 s. A guard event must wake it, be recorded with the next
 * sequence number (records survive the stop: IndexedDB, strict durability) and count on the badge; the
 * woken worker answers from its session cache with the same policy.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pasteInto, writeClipboard, type ExtensionBrowser, type PageServer, startBrowserSession } from './support';
import { badgeText, effectiveSettings, waitForRecords } from './support/worker-inspect';

const PII = 'Customer SSN 536-22-8147, please update';
let browser: ExtensionBrowser;
let server: PageServer;

let close: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ browser, server, close } = await startBrowserSession());
});
afterAll(() => close?.());

it('records a guard event that wakes a stopped worker, with the next sequence number', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('mail.personal.test', '/fields.html'));
  await pasteInto(page, page.locator('#textarea'), PII);
  await waitForRecords(browser.serviceWorker, (records) => records.length === 1);
  const before = await effectiveSettings(browser.serviceWorker);
  // A mark in the worker's global scope: gone after a real stop and restart.
  await browser.serviceWorker.evaluate(() => Object.assign(globalThis, { wakeTestMark: true }));

  const session = await browser.context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();

  // No click: the block notice from the first paste may cover the field.
  await writeClipboard(page, PII);
  await page.locator('#input').focus();
  await page.keyboard.press('Control+V');
  const records = await waitForRecords(browser.serviceWorker, (all) => all.length === 2);
  expect(await page.locator('#input').inputValue()).toBe('');
  expect(records.map((record) => [record.seq, record.kind])).toEqual([
    [1, 'paste.blocked'],
    [2, 'paste.blocked'],
  ]);
  expect(await browser.serviceWorker.evaluate(() => 'wakeTestMark' in globalThis)).toBe(false);
  expect(await badgeText(browser.serviceWorker)).toBe('2');
  expect(await effectiveSettings(browser.serviceWorker)).toEqual(before);
  await page.close();
});
