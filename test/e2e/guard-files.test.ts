/**
 * Real file choice and real file drops with text content. The guard holds the page's events while it
 * reads the file, then clears the input (PII) or hands the same file back with fresh input/change events.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseFiles, dropOnto, launchWithExtension, readNotices, startPageServer, type ExtensionBrowser, type PageServer } from './support';
import { CLEAN_CSV, CLEAR_VALUES, PII_CSV } from './support/fixtures';

describe('guard: files on an unapproved site', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let folder: string;
  beforeAll(async () => {
    server = await startPageServer();
    browser = await launchWithExtension({ serverPort: server.port });
    folder = await mkdtemp(join(tmpdir(), 'guard-files-'));
    await writeFile(join(folder, 'customers.csv'), PII_CSV);
    await writeFile(join(folder, 'trades.csv'), CLEAN_CSV);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  async function open(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(server.url('mail.personal.test', '/fields.html'));
    return page;
  }

  const chosenCount = (page: Page) => page.locator('#file').evaluate((input: HTMLInputElement) => input.files?.length ?? 0);

  it('clears a chosen CSV with SSNs before the page sees it, and says why', async () => {
    const page = await open();
    await chooseFiles(page.locator('#file'), [{ name: 'customers.csv', contents: PII_CSV }]);
    await expect.poll(async () => (await readNotices(page)).length).toBe(1);
    const [notice] = await readNotices(page);
    expect(notice?.text).toContain('customers.csv');
    expect(notice?.text).toContain('***-**-8194');
    for (const clear of CLEAR_VALUES) expect(notice?.markup).not.toContain(clear);
    expect(await chosenCount(page)).toBe(0);
    expect(await page.locator('#file-log').textContent()).toBe('');
    await page.close();
  });

  it('hands a clean CSV to the page: it sees the change event and the file', async () => {
    const page = await open();
    await chooseFiles(page.locator('#file'), [{ name: 'trades.csv', contents: CLEAN_CSV }]);
    await expect.poll(() => page.locator('#file-log').textContent()).toBe(`change:trades.csv:${CLEAN_CSV.length}`);
    expect(await chosenCount(page)).toBe(1);
    expect(await readNotices(page)).toEqual([]);
    await page.close();
  });

  it('cancels a dropped CSV with SSNs; a dropped clean CSV reaches the drop zone', async () => {
    const page = await open();
    const zone = page.locator('#dropzone');
    await dropOnto(page, zone, { files: [join(folder, 'trades.csv')] });
    await expect.poll(() => page.locator('#drop-log').textContent()).toBe(`drop:trades.csv:${CLEAN_CSV.length}`);
    await page.locator('#drop-log').evaluate((log) => (log.textContent = ''));
    await dropOnto(page, zone, { files: [join(folder, 'customers.csv')] });
    await expect.poll(async () => (await readNotices(page)).length).toBe(1);
    expect((await readNotices(page))[0]?.text).toContain('customers.csv');
    expect(await page.locator('#drop-log').textContent()).toBe('');
    await page.close();
  });
});
