/**
 * security: what the guard must not allow — clear values in the notice, page scripts or styles reaching
 * into it (or its styles leaking out), and page-made (untrusted) events turned into insertions, notices
 * or records.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pasteInto, readNotices, type ExtensionBrowser, type PageServer, startBrowserSession } from './support';
import { CLEAN_TEXT, CLEAR_VALUES, PII_TEXT } from './support/fixtures';

describe('guard: security', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ browser, server, close } = await startBrowserSession({ editors: true }));
  });
  afterAll(() => close?.());

  async function open(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(server.url('mail.personal.test', path));
    return page;
  }

  const noticeHeight = (page: Page) =>
    page.evaluate(() => document.querySelector('channel-guard-notice')?.getBoundingClientRect().height ?? 0);

  it('security: the clear value appears nowhere in the page after a block, notice included', async () => {
    const page = await open('/fields.html');
    await pasteInto(page, page.locator('#textarea'), PII_TEXT);
    await expect.poll(async () => (await readNotices(page)).length).toBe(1);
    const [notice] = await readNotices(page);
    const pageHtml = await page.evaluate(() => document.documentElement.outerHTML);
    // The README shows brokers this notice; refreshed only on request so a test run leaves the tree clean.
    const screenshots = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';
    await page.setViewportSize({ width: 900, height: 320 });
    await page.screenshot({ path: resolve(import.meta.dirname, '../..', screenshots, 'notice-blocked.png') });
    for (const clear of CLEAR_VALUES) {
      expect(notice?.markup).not.toContain(clear);
      expect(pageHtml).not.toContain(clear);
    }
    await page.close();
  });

  it('security: page scripts cannot reach into the notice (closed shadow root)', async () => {
    const page = await open('/fields.html');
    await pasteInto(page, page.locator('#textarea'), PII_TEXT);
    await expect.poll(async () => (await readNotices(page)).length).toBe(1);
    expect((await readNotices(page))[0]?.shadowMode).toBe('closed');
    const seenByPage = await page.evaluate(() => {
      const host = document.querySelector('channel-guard-notice');
      return { host: host !== null, shadowRoot: host?.shadowRoot ?? null, found: document.querySelectorAll('[role=alert]').length };
    });
    expect(seenByPage).toEqual({ host: true, shadowRoot: null, found: 0 });
    await page.close();
  });

  it('security: page styles neither hide nor restyle the notice, and its styles do not leak out', async () => {
    const plain = await open('/fields.html');
    await pasteInto(plain, plain.locator('#textarea'), PII_TEXT);
    await expect.poll(() => noticeHeight(plain)).toBeGreaterThan(50);
    const expectedHeight = await noticeHeight(plain);
    const pageParagraphStyle = await plain.evaluate(() => {
      const probe = document.createElement('p');
      probe.className = 'box';
      document.body.append(probe);
      const style = getComputedStyle(probe);
      return `${style.borderTopWidth} ${style.padding} ${style.marginTop}`;
    });
    // `.box` and `p` are the notice's own selectors: a page element with them keeps the browser's defaults.
    expect(pageParagraphStyle).toBe('0px 0px 16px');
    await plain.close();

    const hostile = await open('/hostile.html');
    await pasteInto(hostile, hostile.locator('#textarea'), PII_TEXT);
    await expect.poll(async () => (await readNotices(hostile)).length).toBe(1);
    const box = await hostile.evaluate(() => {
      const rect = document.querySelector('channel-guard-notice')?.getBoundingClientRect();
      return rect ? { top: rect.top, height: rect.height, visible: rect.width > 0 } : undefined;
    });
    expect(box).toEqual({ top: 16, height: expectedHeight, visible: true });
    await hostile.close();
  });

  it('security: a page-dispatched paste with PII is stopped without insertion, notice or override', async () => {
    const page = await open('/editors.html');
    await page.locator('#tiptap .ProseMirror').waitFor();
    const dispatch = (text: string) =>
      page.evaluate((text) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        const editor = document.querySelector('#tiptap .ProseMirror');
        editor?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, text);
    await dispatch(PII_TEXT);
    // ProseMirror inserts whatever a paste event carries, trusted or not: only the guard stands between.
    await dispatch(CLEAN_TEXT);
    await expect.poll(() => page.locator('#tiptap .ProseMirror').innerText()).toBe(CLEAN_TEXT);
    expect(await readNotices(page)).toEqual([]);
    await page.close();
  });
});
