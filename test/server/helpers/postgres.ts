/**
 * The two databases the API suite runs against (issue #3): the embedded PostgreSQL of `npm run start:server`,
 * and Debian's PostgreSQL 15 server started on loopback (initdb + pg_ctl into a temp dir, as the `postgres` OS
 * user when the tests run as root). No skipping: a missing Debian server fails with the command to install it.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync, chmodSync, chownSync, rmSync, readdirSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type ServerConfig } from '../../../server/config';
import { openDatabase, type OpenDatabase } from '../../../server/database';

export type Backend = 'embedded' | 'debian';

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  chmodSync(dir, 0o755); // the postgres OS user must reach the cluster inside it
  return dir;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function debianBin(): string {
  const root = '/usr/lib/postgresql';
  const version = existsSync(root) ? readdirSync(root).find((entry) => existsSync(path.join(root, entry, 'bin', 'initdb'))) : undefined;
  if (!version) throw new Error("Debian's PostgreSQL server is not installed: apt-get install -y postgresql (.ci/run does this)");
  return path.join(root, version, 'bin');
}

const asPostgres = (command: string, args: string[]) => {
  const isRoot = process.getuid?.() === 0;
  execFileSync(isRoot ? 'runuser' : command, isRoot ? ['-u', 'postgres', '--', command, ...args] : args, { stdio: 'pipe' });
};

/** Starts Debian's server in a fresh temp cluster; returns its owner URL and a stop function. */
export async function startDebianPostgres(): Promise<{ url: string; stop: () => void }> {
  const bin = debianBin();
  const dir = tempDir('cg-debian-pg-');
  const dataDir = path.join(dir, 'data');
  const password = randomBytes(12).toString('hex');
  writeFileSync(path.join(dir, 'pw'), password);
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
    chownSync(path.join(dir, 'pw'), uid, gid);
  }
  asPostgres(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${path.join(dir, 'pw')}`, '-E', 'UTF8']);
  const port = await freePort();
  asPostgres(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-l', path.join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, 'start']);
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => {
      asPostgres(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestDatabase {
  database: OpenDatabase;
  config: ServerConfig;
  stop: () => Promise<void>;
}

/** Opens the backend through the endpoint's own openDatabase (so migrations and roles are what production runs). */
export async function openTestDatabase(backend: Backend, overrides: Record<string, string> = {}): Promise<TestDatabase> {
  if (backend === 'embedded') {
    const dataDir = tempDir('cg-embedded-');
    const config = loadConfig({ DATA_DIR: dataDir, ...overrides });
    const database = await openDatabase(config, () => undefined);
    return { database, config, stop: async () => { await database.close(); rmSync(dataDir, { recursive: true, force: true }); } };
  }
  const server = await startDebianPostgres();
  const config = loadConfig({ DATABASE_URL: server.url, ...overrides });
  const database = await openDatabase(config, () => undefined);
  return { database, config, stop: async () => { await database.close(); server.stop(); } };
}
