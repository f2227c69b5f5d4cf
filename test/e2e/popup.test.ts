/**
 * The popup in real Chromium against the running demo (issue #4 "The popup"): the right words for each
 * channel status, no layout shift while the worker's answer arrives (element positions at first paint equal
 * those after, and the page's cumulative layout-shift score is 0), keyboard access to the options page, and a
 * popup that a web page cannot frame. Screenshots go to test-results/, or docs/screenshots/ with
 * UPDATE_SCREENSHOTS=1 (README images).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from '../../demo/start-demo';
import type { DemoSiteName } from '../../demo/site-server';
import { pasteIntoSite } from '../../demo/walkthrough';

declare const chrome: { tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> }; runtime: { sendMessage(message: unknown): Promise<unknown> } };

const SCREENSHOTS = resolve(import.meta.dirname, '../..', process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots');
const KEY_ELEMENTS = ['h1', '#tab-heading', '.tab-card .host', '#tab-status', '#tab-explain', '#sync-status', '#sync-queued', '#sync-receipt', '#today-blocked', '#policy-source', '#open-options'];

/**
 * Runs in the popup before its scripts: holds its messages to the worker back until the loading layout is
 * painted and measured (each key element's box after the first paint), and sums layout shifts.
 */
function instrumentPopup(keyElements: string[]): void {
  const boxes = (): Record<string, number[]> =>
    Object.fromEntries(
      keyElements.map((selector) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return [selector, box ? [box.x, box.y, box.width, box.height] : []];
      }),
    );
  const probe = { shift: 0, shifted: [] as string[], firstPaint: {} as Record<string, number[]>, busyAtFirstPaint: '' };
  Object.assign(window, { layoutProbe: probe, measureBoxes: boxes });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] })[]) {
      probe.shift += entry.value;
      // Which element moved, from where to where: the failure message names the culprit.
      for (const source of entry.sources) {
        const node = source.node instanceof Element ? `${source.node.tagName}#${source.node.id}.${source.node.className}` : String(source.node?.nodeName);
        probe.shifted.push(`${node} ${JSON.stringify(source.previousRect)} → ${JSON.stringify(source.currentRect)} at ${Math.round(entry.startTime)} ms`);
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
  // Every message waits until the first paint has been measured, however slow the machine.
  let releaseMessages = () => undefined as void;
  const measured = new Promise<void>((resolveMeasured) => (releaseMessages = resolveMeasured));
  const runtime = chrome.runtime as unknown as { sendMessage: (...args: unknown[]) => unknown };
  const send = runtime.sendMessage.bind(runtime);
  // The polyfill may call it callback-style or promise-style: keep both working, only later.
  runtime.sendMessage = (...args: unknown[]) => (typeof args.at(-1) === 'function' ? void measured.then(() => send(...args)) : measured.then(() => send(...args)));
  const measureWhenPainted = () => {
    if (!document.querySelector('#open-options')) return requestAnimationFrame(measureWhenPainted);
    requestAnimationFrame(() => {
      probe.firstPaint = boxes();
      probe.busyAtFirstPaint = document.querySelector('main')?.getAttribute('aria-busy') ?? '';
      releaseMessages();
    });
  };
  requestAnimationFrame(measureWhenPainted);
}

describe('the popup', () => {
  let demo: Demo;
  const tabIds = {} as Record<DemoSiteName, number>;

  beforeAll(async () => {
    demo = await startDemo({ headless: true });
    const tabs = await demo.optionsPage.evaluate(() => chrome.tabs.query({}));
    for (const name of ['crm', 'chat', 'webmail'] as const) {
      const tab = tabs.find((candidate) => candidate.url === demo.sites.url(name));
      if (tab?.id === undefined) throw new Error(`no tab for ${name}`);
      tabIds[name] = tab.id;
    }
    await mkdir(SCREENSHOTS, { recursive: true });
    // One block today, so every popup shows the count (the same as the toolbar badge).
    await pasteIntoSite(demo.sitePages.webmail, 'webmail');
  });
  afterAll(async () => demo?.stop());

  async function openPopup(site: DemoSiteName): Promise<Page> {
    const page = await demo.browser.context.newPage();
    await page.setViewportSize({ width: 340, height: 460 });
    await page.addInitScript(instrumentPopup, KEY_ELEMENTS);
    await page.goto(`chrome-extension://${demo.browser.extensionId}/popup.html?tabId=${tabIds[site]}`);
    await page.locator('main[aria-busy="false"]').waitFor();
    return page;
  }

  it.each([
    ['supervised', 'chat', 'chat.firm.test', 'Supervised channel: Firm Chat'],
    ['approved', 'crm', 'crm.firm.test', 'Approved site'],
    ['unapproved', 'webmail', 'mail.personal.test', 'Not an approved site'],
  ] as const)('%s: says what the tab is, that records reach the endpoint, and does not move when the data arrives', async (status, site, host, title) => {
    const page = await openPopup(site);
    expect(await page.locator('.tab-card .host').innerText()).toBe(`${host}:${demo.sites.port}`);
    expect(await page.locator('#tab-status').innerText()).toContain(title);
    await expect.poll(() => page.locator('#sync-status').innerText(), { timeout: 10_000 }).toContain('Connected to 127.0.0.1');
    expect(await page.locator('#policy-version').innerText()).toBe('demo-1');
    expect(await page.locator('#policy-source').innerText()).toBe('supervision endpoint');
    // The popup refreshes every 2 s; the block may be written just after its first answer.
    await expect.poll(() => page.locator('#today-blocked').innerText(), { timeout: 10_000 }).toBe('1 paste or upload');

    const probe = await page.evaluate(() => (window as unknown as { layoutProbe: { shift: number; shifted: string[]; firstPaint: Record<string, number[]>; busyAtFirstPaint: string } }).layoutProbe);
    const afterData = await page.evaluate(() => (window as unknown as { measureBoxes: () => Record<string, number[]> }).measureBoxes());
    expect(probe.busyAtFirstPaint, 'the first paint was measured before the data arrived').toBe('true');
    expect(afterData).toEqual(probe.firstPaint);
    for (const box of Object.values(afterData)) expect(box).toHaveLength(4);
    expect(probe.shift, probe.shifted.join('\n')).toBe(0);

    const file = resolve(SCREENSHOTS, `popup-${status}.png`);
    await page.locator('main').screenshot({ path: file });
    const png = await readFile(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeLessThan(100_000);
    await page.close();
  });

  it('reads as headings, term–definition pairs and a button in the accessibility tree', async () => {
    const page = await openPopup('chat');
    const tree = await page.locator('main').ariaSnapshot();
    for (const line of ['heading "Channel Guard" [level=1]', 'heading "This page" [level=2]', 'heading "Records sent to supervision" [level=2]', 'term: Blocked today', 'button "Your records and settings"']) {
      expect(tree).toContain(line);
    }
    expect(tree).toContain('Supervised channel: Firm Chat');
    await page.close();
  });

  it('reaches the options page by keyboard, with a visible focus ring', async () => {
    const page = await openPopup('webmail');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('open-options');
    const outline = await page.locator('#open-options').evaluate((button) => getComputedStyle(button).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    // The demo's options tab is already open: Chromium brings it to the front rather than opening another.
    await expect.poll(() => demo.optionsPage.evaluate(() => chrome.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.url))).toContain('/options.html');
    await page.close();
  });

  it('security: a web page cannot frame the popup to read another tab', async () => {
    const page = demo.sitePages.webmail;
    const popupUrl = `chrome-extension://${demo.browser.extensionId}/popup.html?tabId=${tabIds.chat}`;
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.id = 'framed-popup';
      frame.src = src;
      document.body.append(frame);
      return new Promise((resolveLoad) => frame.addEventListener('load', resolveLoad, { once: true }));
    }, popupUrl);
    const framed = page.frames().find((frame) => frame !== page.mainFrame());
    // Chromium refuses extension pages that are not web-accessible: the frame holds an error page, not the popup.
    expect(framed?.url().startsWith('chrome-extension://')).toBe(false);
    await page.evaluate(() => document.getElementById('framed-popup')?.remove());
  });
});
