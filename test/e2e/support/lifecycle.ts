/**
 * Hard stops for durability tests: the MV3 worker stopped through CDP, and the whole browser killed with
 * SIGKILL (no shutdown, as in a crash or power loss). Only the browser this test launched is killed: its
 * main process is found by the test's own unique profile folder.
 */
import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';

export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
}

export async function killBrowser(context: BrowserContext, userDataDir: string): Promise<void> {
  const processes = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const main = processes
    .map((line) => line.trim())
    .filter((line) => line.includes(`--user-data-dir=${userDataDir}`) && !line.includes('--type='))
    .map((line) => Number(line.split(/\s+/, 1)[0]));
  if (main.length !== 1) throw new Error(`expected one browser process for ${userDataDir}, found ${main.length}`);
  process.kill(main[0]!, 'SIGKILL');
  // Playwright notices the dead browser; closing the context just releases its handles.
  await context.close().catch(() => undefined);
}
