/**
 * Real rich-text editors from npm (TipTap/ProseMirror and Quill) handle paste and drop themselves, by
 * reading clipboardData/dataTransfer in their own listeners. The guard must stop PII before they see it and
 * leave clean content — formatting included — exactly as the editor would paste it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dropOnto, pasteInto, readNotices, type ExtensionBrowser, type PageServer, startBrowserSession } from './support';
import { CLEAN_TEXT, CLEAR_VALUES, PII_TEXT } from './support/fixtures';

const EDITORS = [
  { name: 'TipTap (ProseMirror)', selector: '#tiptap .ProseMirror' },
  { name: 'Quill', selector: '#quill .ql-editor' },
];

describe('guard: rich-text editors on an unapproved site', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ browser, server, close } = await startBrowserSession({ editors: true }));
  });
  afterAll(() => close?.());

  async function open(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(server.url('mail.personal.test', '/editors.html'));
    await page.locator('#quill .ql-editor').waitFor();
    await page.locator('#tiptap .ProseMirror').waitFor();
    return page;
  }

  it.each(EDITORS)('$name: blocks pasted PII; the editor keeps its content and the notice masks it', async ({ selector }) => {
    const page = await open();
    await pasteInto(page, page.locator(selector), PII_TEXT, `<p><b>${PII_TEXT}</b></p>`);
    await expect.poll(async () => (await readNotices(page)).length).toBe(1);
    expect((await page.locator(selector).innerText()).trim()).toBe('');
    const [notice] = await readNotices(page);
    expect(notice?.text).toContain('***-**-8194');
    for (const clear of CLEAR_VALUES) expect(notice?.markup).not.toContain(clear);
    await page.close();
  });

  it.each(EDITORS)('$name: pastes clean HTML with its bold intact', async ({ selector }) => {
    const page = await open();
    await pasteInto(page, page.locator(selector), 'bold and plain', '<p><b>bold</b> and plain</p>');
    // ProseMirror renders bold as <strong>; Quill as <strong> too.
    await expect.poll(() => page.locator(`${selector} strong, ${selector} b`).first().textContent()).toBe('bold');
    await expect.poll(async () => (await page.locator(selector).innerText()).trim()).toBe('bold and plain');
    expect(await readNotices(page)).toEqual([]);
    await page.close();
  });

  // Drop on TipTap only: Quill 2's Uploader module cancels every drop and takes only image files, so
  // dropped text never reaches a Quill editor, with or without the guard.
  it('TipTap (ProseMirror): accepts dropped clean text and blocks dropped PII', async () => {
    const selector = '#tiptap .ProseMirror';
    const page = await open();
    // Clean first: the notice a block shows sits at the top of the page, over the first editor.
    await dropOnto(page, page.locator(selector), { text: CLEAN_TEXT });
    await expect.poll(async () => (await page.locator(selector).innerText()).trim()).toBe(CLEAN_TEXT);
    await dropOnto(page, page.locator(selector), { text: PII_TEXT });
    await expect.poll(async () => (await readNotices(page)).length).toBe(1);
    expect((await page.locator(selector).innerText()).trim()).toBe(CLEAN_TEXT);
    await page.close();
  });
});
