/**
 * The usual e2e set-up: the test page server, then the built extension in Chromium pointed at it (and, for
 * tests of rich editors, their bundles built in parallel). `close` stops both, browser first.
 */
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { bundleEditors } from './editors-bundle';
import { startPageServer, type PageServer } from './server';

export interface BrowserSession {
  browser: ExtensionBrowser;
  server: PageServer;
  close(): Promise<void>;
}

export async function startBrowserSession(options: { editors?: boolean } = {}): Promise<BrowserSession> {
  const server = await startPageServer();
  const [browser] = await Promise.all([launchWithExtension({ serverPort: server.port }), options.editors ? bundleEditors() : undefined]);
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
