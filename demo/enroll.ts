/**
 * Enrolls the demo browser the way a person on a trial laptop would: the extension's own options page, its
 * endpoint and token fields, "Save and connect" — then waits until the worker reports "connected".
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Functions passed to `page.evaluate` run in the extension page, where `chrome` is the extension API. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> }; tabs: { getCurrent(): Promise<{ id?: number } | undefined> } };

export interface SyncSnapshot {
  state: string;
  queued: number;
  lastError: string | null;
}

export async function enrollThroughOptionsPage(context: BrowserContext, extensionId: string, endpointUrl: string, token: string, timeoutMs = 20_000): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.locator('#save-settings').waitFor();
  await page.locator('#endpoint-url').fill(endpointUrl);
  await page.locator('#enrollment-token').fill(token);
  await page.locator('#save-settings').click();
  const outcome = await Promise.race([
    page.locator('#settings-saved', { hasText: 'Saved' }).waitFor().then(() => undefined),
    page.locator('#settings-error', { hasText: 'Not saved' }).waitFor().then(() => page.locator('#settings-error').innerText()),
  ]);
  if (outcome !== undefined) throw new Error(`the extension refused the demo settings: ${outcome}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const sync = await readSync(page);
    if (sync.state === 'connected') return page;
    if (Date.now() > deadline) throw new Error(`the extension did not connect within ${timeoutMs} ms: ${JSON.stringify(sync)}`);
    await page.waitForTimeout(250);
  }
}

/** The worker's sync status, asked from an extension page exactly as the popup asks it. */
export function readSync(page: Page): Promise<SyncSnapshot> {
  return page.evaluate(async () => {
    const tab = await chrome.tabs.getCurrent();
    const answer = (await chrome.runtime.sendMessage({ type: 'status.request', tabId: tab?.id ?? 0 })) as { sync?: SyncSnapshot; error?: string };
    if (!answer.sync) throw new Error(`status.request: ${answer.error ?? 'no answer'}`);
    return { state: answer.sync.state, queued: answer.sync.queued, lastError: answer.sync.lastError };
  });
}
