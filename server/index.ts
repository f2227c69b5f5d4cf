/**
 * `npm run start:server`: validates the configuration, opens (or starts) the database, migrates, listens, and
 * prints an enrollment token when none is usable so a first device can enroll.
 */
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './database';
import { hasAdmin } from './auth/accounts';
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
  if (!(await hasUsableToken(database.db))) {
    const { token } = await createEnrollmentToken(database.db, 'created at first start');
    log(`device enrollment token (shown once; manage with npm run server:token): ${token}`);
  }
  if (!(await hasAdmin(database.db))) {
    log('no admin account yet: npm run server:account -- create you@firm.example admin "Your Name"');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `[channel-guard] failed to start: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
