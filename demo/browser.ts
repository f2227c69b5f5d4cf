/**
 * Chromium for the demo: Debian's build with the unpacked extension (TOOLCHAIN.md "Real Chromium"), a
 * throwaway profile, every *.test host mapped to 127.0.0.1. Headed when a display exists, else headless.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { EXTENSION_DIR } from './build';
import { CHROMIUM_PATH, LOCAL_TEST_HOSTS_FLAG, QUIET_CHROMIUM_FLAGS } from './chromium';

export interface DemoBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

export async function launchDemoBrowser(headless: boolean, sitesPort: number, sitesHosts: readonly string[]): Promise<DemoBrowser> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: null,
    args: [
      ...QUIET_CHROMIUM_FLAGS,
      LOCAL_TEST_HOSTS_FLAG,
      // The async Clipboard API (used by the headless walkthrough and the test) exists only in secure contexts.
      `--unsafely-treat-insecure-origin-as-secure=${sitesHosts.map((host) => `http://${host}:${sitesPort}`).join(',')}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, serviceWorker, extensionId: new URL(serviceWorker.url()).host };
}
