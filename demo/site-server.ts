/**
 * The three demo sites, served from one port on 127.0.0.1 and told apart by the Host header: Chromium maps
 * every *.test host to this machine (--host-resolver-rules), so no /etc/hosts edit and no root are needed.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

export const DEMO_SITES = {
  crm: { host: 'crm.firm.test', file: 'crm.html', role: 'approved CRM' },
  chat: { host: 'chat.firm.test', file: 'chat.html', role: 'supervised chat "Firm Chat"' },
  webmail: { host: 'mail.personal.test', file: 'webmail.html', role: 'unapproved personal webmail' },
} as const;

export type DemoSiteName = keyof typeof DEMO_SITES;

const SITES_DIR = resolve(import.meta.dirname, 'sites');

export interface DemoSitesServer {
  port: number;
  url(site: DemoSiteName): string;
  close(): Promise<void>;
}

export async function startDemoSites(port = 0): Promise<DemoSitesServer> {
  const byHost = new Map<string, string>(Object.values(DEMO_SITES).map((site) => [site.host, site.file]));
  const server = createServer((request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const file = byHost.get(host);
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (!file || path !== '/') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    readFile(resolve(SITES_DIR, file)).then(
      (body) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body),
      () => response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('demo page missing'),
    );
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolveListen);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    port: bound,
    url: (site) => `http://${DEMO_SITES[site].host}:${bound}/`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
