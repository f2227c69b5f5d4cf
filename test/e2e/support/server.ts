/**
 * A static server on 127.0.0.1 for the e2e pages. The browser maps every *.test host here, so the same
 * file is served as http://mail.personal.test:PORT/x.html (unapproved) or http://crm.firm.test:PORT/x.html.
 * Files come from test/e2e/pages/ (bundled editors from test/e2e/pages/dist/); tests may add inline routes.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const PAGES_DIR = resolve(import.meta.dirname, '../pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface PageServer {
  port: number;
  /** `url('mail.personal.test', '/textarea.html')` → http://mail.personal.test:PORT/textarea.html */
  url(host: string, path?: string): string;
  /** Serves `body` at `path` (any host) until the server closes; for pages a single test needs. */
  route(path: string, body: string, type?: string): void;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const routes = new Map<string, { body: string; type: string }>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const inline = routes.get(path);
    if (inline) {
      response.writeHead(200, { 'content-type': inline.type, 'cache-control': 'no-store' });
      response.end(inline.body);
      return;
    }
    const file = normalize(resolve(PAGES_DIR, `.${path === '/' ? '/index.html' : path}`));
    if (!file.startsWith(PAGES_DIR)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        response.end(body);
      },
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (host, path = '/') => `http://${host}:${port}${path}`,
    route: (path, body, type = 'text/html; charset=utf-8') => void routes.set(path, { body, type }),
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
