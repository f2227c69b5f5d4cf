/** Real drag and drop (CDP drag events, trusted in the page) of text onto fields and frames, unapproved site. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { dropOnto, readNotices, type ExtensionBrowser, type PageServer, startBrowserSession } from './support';
import { CLEAN_TEXT, CLEAR_VALUES, PII_TEXT } from './support/fixtures';

const TARGETS: { name: string; path: string; locate(page: Page): Locator; editable?: boolean; crossOrigin?: boolean }[] = [
  { name: 'textarea', path: '/fields.html', locate: (page) => page.locator('#textarea') },
  { name: 'input', path: '/fields.html', locate: (page) => page.locator('#input') },
  { name: 'contenteditable', path: '/fields.html', locate: (page) => page.locator('#editable'), editable: true },
  { name: 'same-origin iframe', path: '/frames.html', locate: (page) => page.frameLocator('#same').locator('#field') },
  { name: 'cross-origin iframe', path: '/frames.html', locate: (page) => page.frameLocator('#cross').locator('#field'), crossOrigin: true },
  { name: 'srcdoc iframe', path: '/frames.html', locate: (page) => page.frameLocator('#srcdoc').locator('#field') },
  { name: 'rewritten iframe editor', path: '/frames.html', locate: (page) => page.frameLocator('#rewritten').locator('#field'), editable: true },
  { name: 'open shadow root input', path: '/frames.html', locate: (page) => page.locator('#open-host #field') },
];

describe('guard: drop on an unapproved site', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ browser, server, close } = await startBrowserSession());
  });
  afterAll(() => close?.());

  it.each(TARGETS)('accepts clean text dropped onto the $name, then blocks PII', async (target) => {
    const page = await browser.context.newPage();
    await page.goto(server.url('mail.personal.test', target.path));
    const field = target.locate(page);
    const read = () => (target.editable ? field.innerText() : field.inputValue());
    const frame = target.crossOrigin ? page.frames().find((candidate) => candidate.url().includes('widget.other.test')) : undefined;
    // Clean first: the notice a block shows sits at the top of the frame and may cover a small field.
    await dropOnto(page, field, { text: CLEAN_TEXT });
    await expect.poll(async () => (await read()).trim()).toBe(CLEAN_TEXT);
    await dropOnto(page, field, { text: PII_TEXT });
    await expect.poll(async () => (await readNotices(page, frame)).length).toBe(1);
    expect((await read()).trim()).toBe(CLEAN_TEXT);
    const [notice] = await readNotices(page, frame);
    expect(notice?.text).toContain('***-**-8194');
    for (const clear of CLEAR_VALUES) expect(notice?.markup).not.toContain(clear);
    await page.close();
  });
});
