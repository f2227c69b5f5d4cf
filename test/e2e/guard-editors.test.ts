/**
 * Real editors from npm — rich text (TipTap/ProseMirror, Quill 2, Lexical) and code/plain text (CodeMirror 6) —
 * handle paste and drop themselves, by reading clipboardData/dataTransfer in their own listeners or, for
 * Lexical's text drops, through the browser's own drop and `beforeinput`. The guard must stop PII before they
 * see it and leave clean content — formatting included — exactly as the editor would paste it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { dropOnto, launchWithoutExtension, pasteInto, readNotices, type ExtensionBrowser, type PageServer, startBrowserSession } from './support';
import { CLEAN_CSV, CLEAN_TEXT, CLEAR_VALUES, PII_CSV, PII_TEXT } from './support/fixtures';

interface EditorUnderTest {
  name: string;
  /** The element holding the editor's content; present once the editor is ready. */
  selector: string;
  /** Keeps the formatting of pasted HTML. CodeMirror is a plain-text editor: it takes only text/plain. */
  rich: boolean;
  /** Takes text dropped from outside the page, without the guard (checked below, in a browser without it). */
  takesDroppedText: boolean;
}

const EDITORS: EditorUnderTest[] = [
  { name: 'TipTap (ProseMirror)', selector: '#tiptap .ProseMirror', rich: true, takesDroppedText: true },
  // Quill 2's Uploader module cancels every drop and takes only image files, so dropped text never reaches a
  // Quill editor, with or without the guard.
  { name: 'Quill', selector: '#quill .ql-editor', rich: true, takesDroppedText: false },
  { name: 'CodeMirror 6', selector: '#codemirror .cm-content', rich: false, takesDroppedText: true },
  // The attribute is set when the page hands Lexical its root element: from then on it handles input there.
  { name: 'Lexical', selector: '#lexical[data-lexical-editor="true"]', rich: true, takesDroppedText: true },
];

/** Clean text in two paragraphs with bold and italic, as a word processor puts it on the clipboard. */
const CLEAN_CLIPBOARD = {
  text: 'Rebalance moved to 3pm.\nPlease confirm.',
  html: '<p><b>Rebalance</b> moved to 3pm.</p><p>Please <i>confirm</i>.</p>',
};

describe('guard: rich-text and code editors on an unapproved site', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let close: (() => Promise<void>) | undefined;
  /** Chromium without the extension: what each editor does with the same paste or drop on its own. */
  let unguarded: BrowserContext | undefined;
  beforeAll(async () => {
    ({ browser, server, close } = await startBrowserSession({ editors: true }));
    unguarded = await launchWithoutExtension({ serverPort: server.port });
  });
  afterAll(async () => {
    await unguarded?.close();
    await close?.();
  });

  async function open(context: BrowserContext = browser.context): Promise<Page> {
    const page = await context.newPage();
    await page.goto(server.url('mail.personal.test', '/editors.html'));
    for (const { selector } of EDITORS) await page.locator(selector).waitFor();
    return page;
  }

  const textOf = async (page: Page, selector: string) => (await page.locator(selector).innerText()).trim();

  it.each(EDITORS)('$name: blocks pasted PII; the editor keeps its content and the notice masks it', async ({ selector }) => {
    const page = await open();
    await pasteInto(page, page.locator(selector), PII_TEXT, `<p><b>${PII_TEXT}</b></p>`);
    await expect.poll(async () => (await readNotices(page)).length).toBe(1);
    expect(await textOf(page, selector)).toBe('');
    const [notice] = await readNotices(page);
    expect(notice?.text).toContain('***-**-8194');
    for (const clear of CLEAR_VALUES) expect(notice?.markup).not.toContain(clear);
    await page.close();
  });

  it.each(EDITORS.filter((editor) => editor.rich))('$name: pastes clean HTML with its bold intact', async ({ selector }) => {
    const page = await open();
    await pasteInto(page, page.locator(selector), 'bold and plain', '<p><b>bold</b> and plain</p>');
    // ProseMirror, Quill and Lexical all render bold as <strong>. allTextContents() does not wait for a match,
    // so a lost bold fails here instead of hanging until the test times out.
    await expect.poll(() => page.locator(`${selector} strong, ${selector} b`).allTextContents()).toEqual(['bold']);
    await expect.poll(() => textOf(page, selector)).toBe('bold and plain');
    expect(await readNotices(page)).toEqual([]);
    await page.close();
  });

  it('CodeMirror 6: pastes the plain text of clean HTML, as a code editor does', async () => {
    const selector = '#codemirror .cm-content';
    const page = await open();
    await pasteInto(page, page.locator(selector), 'bold and plain', '<p><b>bold</b> and plain</p>');
    await expect.poll(() => textOf(page, selector)).toBe('bold and plain');
    expect(await page.locator(`${selector} strong, ${selector} b`).count()).toBe(0);
    expect(await readNotices(page)).toEqual([]);
    await page.close();
  });

  it.each(EDITORS)('$name: a clean paste leaves exactly what the editor makes of it without the extension', async ({ selector }) => {
    if (!unguarded) throw new Error('the browser without the extension did not start');
    const reference = await open(unguarded);
    await pasteInto(reference, reference.locator(selector), CLEAN_CLIPBOARD.text, CLEAN_CLIPBOARD.html);
    await expect.poll(() => textOf(reference, selector)).toMatch(/confirm\.$/);
    const expected = await reference.locator(selector).innerHTML();
    await reference.close();

    const page = await open();
    await pasteInto(page, page.locator(selector), CLEAN_CLIPBOARD.text, CLEAN_CLIPBOARD.html);
    await expect.poll(() => page.locator(selector).innerHTML()).toBe(expected);
    expect(await readNotices(page)).toEqual([]);
    await page.close();
  });

  it.each(EDITORS)('$name: without the extension, takes dropped text only where the table says so', async ({ selector, takesDroppedText }) => {
    if (!unguarded) throw new Error('the browser without the extension did not start');
    const page = await open(unguarded);
    await dropOnto(page, page.locator(selector), { text: CLEAN_TEXT });
    if (takesDroppedText) {
      await expect.poll(() => textOf(page, selector)).toBe(CLEAN_TEXT);
    } else {
      // Nothing to wait for: give the editor the time a drop takes elsewhere, then check it stayed empty.
      await page.waitForTimeout(300);
      expect(await textOf(page, selector)).toBe('');
    }
    await page.close();
  });

  it.each(EDITORS.filter((editor) => editor.takesDroppedText))('$name: accepts dropped clean text and blocks dropped PII', async ({ selector }) => {
    const page = await open();
    // Clean first: the notice a block shows sits at the top of the page, over the first editor.
    await dropOnto(page, page.locator(selector), { text: CLEAN_TEXT });
    await expect.poll(() => textOf(page, selector)).toBe(CLEAN_TEXT);
    await dropOnto(page, page.locator(selector), { text: PII_TEXT });
    await expect.poll(async () => (await readNotices(page)).length).toBe(1);
    expect(await textOf(page, selector)).toBe(CLEAN_TEXT);
    const [notice] = await readNotices(page);
    expect(notice?.text).toContain('***-**-8194');
    for (const clear of CLEAR_VALUES) expect(notice?.markup).not.toContain(clear);
    await page.close();
  });

  // CodeMirror reads the text of dropped files itself (FileReader) and inserts it: a file drop is a text path
  // into this editor. The guard holds the drop while it reads the file and re-dispatches it when clean.
  it('CodeMirror 6: inserts a dropped clean CSV and blocks a dropped CSV with SSNs', async () => {
    const selector = '#codemirror .cm-content';
    const folder = await mkdtemp(join(tmpdir(), 'guard-editors-'));
    try {
      await writeFile(join(folder, 'trades.csv'), CLEAN_CSV);
      await writeFile(join(folder, 'customers.csv'), PII_CSV);
      const page = await open();
      await dropOnto(page, page.locator(selector), { files: [join(folder, 'trades.csv')] });
      await expect.poll(() => textOf(page, selector)).toBe(CLEAN_CSV.trim());
      await dropOnto(page, page.locator(selector), { files: [join(folder, 'customers.csv')] });
      await expect.poll(async () => (await readNotices(page)).length).toBe(1);
      expect(await textOf(page, selector)).toBe(CLEAN_CSV.trim());
      const [notice] = await readNotices(page);
      expect(notice?.text).toContain('customers.csv');
      expect(notice?.text).toContain('***-**-8194');
      for (const clear of CLEAR_VALUES) expect(notice?.markup).not.toContain(clear);
      await page.close();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
