import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseFiles, dropOnto, EXTENSION_ID, pasteInto, writeClipboard, type ExtensionBrowser, type PageServer, startBrowserSession } from './support';

describe('e2e harness', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ browser, server, close } = await startBrowserSession());
  });
  afterAll(() => close?.());

  it('loads the built extension under its fixed id', () => {
    expect(browser.extensionId).toBe(EXTENSION_ID);
  });

  it('serves test pages under several *.test hosts with a working clipboard', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('crm.firm.test', '/fields.html'));
    expect(new URL(page.url()).hostname).toBe('crm.firm.test');
    await writeClipboard(page, 'hello');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('hello');
    await page.close();
  });

  it('pastes, drops and chooses files as a user would', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('crm.firm.test', '/fields.html'));
    await pasteInto(page, page.locator('#textarea'), 'pasted words');
    await expect.poll(() => page.locator('#textarea').inputValue()).toBe('pasted words');
    await dropOnto(page, page.locator('#input'), { text: 'dropped words' });
    await expect.poll(() => page.locator('#input').inputValue()).toBe('dropped words');
    await chooseFiles(page.locator('#file'), [{ name: 'a.csv', contents: 'a,b\n1,2\n' }]);
    await expect.poll(() => page.locator('#file-log').textContent()).toBe('change:a.csv:8');
    await page.close();
  });
});
