/**
 * `npm run start:server`: validates the configuration, opens (or starts) the database, migrates, listens, and
 * prints an enrollment token when none is usable so a first device can enroll.
 */
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './database';
import { randomBytes } from 'node:crypto';
import { createAccount, hasAdmin } from './auth/accounts';
import { createEnrollmentToken, hasUsableToken } from './tokens';

const log = (line: string) => console.log(`[channel-guard] ${line}`);

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, log);
  const app = await buildApp({ context: { db: database.db, config }, logLevel: config.LOG_LEVEL });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: closing`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const address = await app.listen({ port: config.PORT, host: config.HOST });
  log(`endpoint listening on ${address} (health: ${address}/healthz)`);
  log(`supervisor dashboard: ${address}/admin/`);
  if (!(await hasUsableToken(database.db))) {
    const { token } = await createEnrollmentToken(database.db, 'created at first start');
    log(`device enrollment token (shown once; manage with npm run server:token): ${token}`);
  }
  if (!(await hasAdmin(database.db))) await createFirstAdmin(database.db);
}

/**
 * A fresh install needs someone who can sign in: the first start creates one admin with a generated password,
 * printed once (like the enrollment token). Another process starting at the same moment may win the race;
 * then this one says so instead of failing.
 */
async function createFirstAdmin(db: Parameters<typeof hasAdmin>[0]): Promise<void> {
  const email = process.env.FIRST_ADMIN_EMAIL ?? 'admin@channel-guard.local';
  const password = randomBytes(18).toString('base64url');
  try {
    await createAccount(db, { email, role: 'admin', displayName: 'First administrator', password }, 'first start');
    log(`first admin: sign in at /admin/ as ${email} with password ${password} (shown once; add people with npm run server:account)`);
  } catch (error) {
    if (await hasAdmin(db)) return;
    log(`could not create the first admin (${(error as Error).message}): npm run server:account -- create you@firm.example admin`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `[channel-guard] failed to start: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
