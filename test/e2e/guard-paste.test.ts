/**
 * Real Ctrl+V on an unapproved site (default policy, fail closed): high-risk PII is stopped in every
 * surface and the notice says what (masked) and why; clean text and lookalikes paste as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { pasteInto, readNotices, writeClipboard, type ExtensionBrowser, type PageServer, startBrowserSession } from './support';
import { CLEAN_TEXT, CLEAR_VALUES, LOOKALIKE_TEXT, PII_TEXT } from './support/fixtures';
import { waitForRecords, type StoredRecordView } from './support/worker-inspect';

interface Surface {
  name: string;
  path: string;
  /** Focuses the field (a click where a locator can reach it). */
  focus(page: Page): Promise<void>;
  read(page: Page): Promise<string>;
  /** The out-of-process frame the notice appears in, if any. */
  noticeFrame?(page: Page): Frame | undefined;
  /** The host named in the notice. */
  host: string;
}

const field = (locator: (page: Page) => Locator, editable = false) => ({
  focus: (page: Page) => locator(page).click(),
  read: (page: Page) => (editable ? locator(page).innerText() : locator(page).inputValue()),
});

const SURFACES: Surface[] = [
  { name: 'textarea', path: '/fields.html', host: 'mail.personal.test', ...field((page) => page.locator('#textarea')) },
  { name: 'input', path: '/fields.html', host: 'mail.personal.test', ...field((page) => page.locator('#input')) },
  { name: 'contenteditable', path: '/fields.html', host: 'mail.personal.test', ...field((page) => page.locator('#editable'), true) },
  { name: 'same-origin iframe', path: '/frames.html', host: 'mail.personal.test', ...field((page) => page.frameLocator('#same').locator('#field')) },
  {
    name: 'cross-origin iframe',
    path: '/frames.html',
    host: 'widget.other.test',
    ...field((page) => page.frameLocator('#cross').locator('#field')),
    noticeFrame: (page) => page.frames().find((frame) => frame.url().includes('widget.other.test')),
  },
  { name: 'srcdoc iframe', path: '/frames.html', host: 'mail.personal.test', ...field((page) => page.frameLocator('#srcdoc').locator('#field')) },
  {
    name: 'iframe editor rewritten with document.open()',
    path: '/frames.html',
    host: 'mail.personal.test',
    ...field((page) => page.frameLocator('#rewritten').locator('#field'), true),
  },
  { name: 'input in an open shadow root', path: '/frames.html', host: 'mail.personal.test', ...field((page) => page.locator('#open-host #field')) },
  {
    name: 'input in a closed shadow root',
    path: '/frames.html',
    host: 'mail.personal.test',
    focus: (page) => page.evaluate(() => (window as unknown as { focusClosedField(): void }).focusClosedField()),
    read: (page) => page.evaluate(() => (window as unknown as { closedFieldValue(): string }).closedFieldValue()),
  },
];

describe('guard: paste on an unapproved site', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ browser, server, close } = await startBrowserSession());
  });
  afterAll(() => close?.());

  async function open(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(server.url('mail.personal.test', path));
    await page.waitForLoadState('load');
    return page;
  }

  async function paste(page: Page, surface: Surface, text: string): Promise<void> {
    await writeClipboard(page, text);
    await surface.focus(page);
    await page.keyboard.press('Control+V');
  }

  it.each(SURFACES)('blocks PII pasted into the $name and shows the masked notice', async (surface) => {
    const page = await open(surface.path);
    await paste(page, surface, PII_TEXT);
    const frame = surface.noticeFrame?.(page);
    await expect.poll(async () => (await readNotices(page, frame)).length).toBe(1);
    expect(await surface.read(page)).toBe('');
    const [notice] = await readNotices(page, frame);
    expect(notice?.text).toContain('***-**-8194');
    // The destination's host keeps its port (the test server's): "mail.personal.test:41234 is not approved…".
    expect(notice?.text).toMatch(new RegExp(`${surface.host.replaceAll('.', '\\.')}(:\\d+)? is not approved for customer data`));
    expect(notice?.text).toContain('card ending 6467');
    expect(notice?.role).toBe('alert');
    expect(notice?.text).toContain('your compliance department');
    for (const clear of CLEAR_VALUES) expect(notice?.markup).not.toContain(clear);
    await page.close();
  });

  it.each(SURFACES)('pastes clean text into the $name exactly as before', async (surface) => {
    const page = await open(surface.path);
    await paste(page, surface, CLEAN_TEXT);
    await expect.poll(() => surface.read(page)).toBe(CLEAN_TEXT);
    expect(await readNotices(page, surface.noticeFrame?.(page))).toEqual([]);
    await page.close();
  });

  it('lets lookalikes through: a CUSIP and an order number are not customer data', async () => {
    const page = await open('/fields.html');
    await pasteInto(page, page.locator('#textarea'), LOOKALIKE_TEXT);
    await expect.poll(() => page.locator('#textarea').inputValue()).toBe(LOOKALIKE_TEXT);
    expect(await readNotices(page)).toEqual([]);
    await page.close();
  });

  it('keeps formatting when clean HTML is pasted into a contenteditable', async () => {
    const page = await open('/fields.html');
    await pasteInto(page, page.locator('#editable'), 'bold words', '<b>bold</b> words');
    await expect.poll(() => page.locator('#editable b').textContent()).toBe('bold');
    await page.close();
  });

  it('blocks PII hidden in the HTML flavour when the plain text is clean', async () => {
    const page = await open('/fields.html');
    await pasteInto(page, page.locator('#editable'), CLEAN_TEXT, `<p>${CLEAN_TEXT}</p><p>${PII_TEXT}</p>`);
    await expect.poll(async () => (await readNotices(page)).length).toBe(1);
    expect(await page.locator('#editable').innerText()).toBe('');
    await page.close();
  });

  it('records each block with masked findings and keyed fingerprints, never the clear value', async () => {
    const page = await open('/fields.html');
    await pasteInto(page, page.locator('#input'), PII_TEXT);
    // Earlier tests in this browser blocked pastes in other frames too, and records arrive asynchronously:
    // wait for this page's own record rather than taking whichever block came last.
    const isThisBlock = (record: StoredRecordView) => record.kind === 'paste.blocked' && String((record.site as { host?: unknown } | null)?.host).startsWith('mail.personal.test');
    const records = await waitForRecords(browser.serviceWorker, (all) => all.some(isThisBlock));
    expect(records.filter(isThisBlock).at(-1)).toMatchObject({
      action: 'block',
      site: { status: 'unapproved', host: expect.stringContaining('mail.personal.test') },
      findings: expect.arrayContaining([expect.objectContaining({ type: 'US_SSN', masked: '***-**-8194', fingerprint: expect.any(String) })]),
    });
    for (const clear of CLEAR_VALUES) expect(JSON.stringify(records)).not.toContain(clear);
    await page.close();
  });
});
