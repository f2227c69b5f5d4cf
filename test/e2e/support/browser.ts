/**
 * Launches Debian's Chromium with the built extension (.output/chrome-mv3) — TOOLCHAIN.md "Real Chromium".
 * Shared by every e2e file: one browser per file, closed in afterAll.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, LOCAL_TEST_HOSTS_FLAG, QUIET_CHROMIUM_FLAGS } from '../../../demo/chromium';

/** Fixed by `manifest.key` in wxt.config.ts (checked by test/manifest-key.test.ts). */
export const EXTENSION_ID = 'hoelbpngflpakakfpiankojkhplhkceb';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** The sites the e2e pages play; each is served by the page server on 127.0.0.1. */
export const TEST_HOSTS = ['mail.personal.test', 'crm.firm.test', 'chat.firm.test', 'widget.other.test'] as const;

export interface LaunchOptions {
  /**
   * The page server's port: its TEST_HOSTS origins are then treated as secure contexts, because the
   * async Clipboard API the paste helpers write with exists only in secure contexts (http://*.test is not).
   */
  serverPort?: number;
  /** A real profile folder, to relaunch the same browser after a kill (sync tests); default: a throwaway one. */
  userDataDir?: string;
}

/** Flags for any test browser: quiet, *.test mapped to this machine, the page server's origins secure. */
function testBrowserFlags(serverPort: number | undefined): string[] {
  return [
    ...QUIET_CHROMIUM_FLAGS,
    LOCAL_TEST_HOSTS_FLAG,
    ...(serverPort === undefined
      ? []
      : [`--unsafely-treat-insecure-origin-as-secure=${TEST_HOSTS.map((host) => `http://${host}:${serverPort}`).join(',')}`]),
  ];
}

async function launchTestBrowser(userDataDir: string, args: string[]): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, headless: true, args });
  // Headless Chromium keeps its own clipboard; reading and writing it needs the permissions.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return context;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npx wxt build\` first.`);
  }
  const context = await launchTestBrowser(options.userDataDir ?? '', [
    ...testBrowserFlags(options.serverPort),
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
  ]);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, serviceWorker, extensionId, close: () => context.close() };
}

/**
 * The same browser without the extension: what a page does with a paste or drop on its own, for tests that
 * must show the guard changes nothing a clean transfer does.
 */
export async function launchWithoutExtension(options: { serverPort: number }): Promise<BrowserContext> {
  return launchTestBrowser('', testBrowserFlags(options.serverPort));
}
