/**
 * The demo's supervision endpoint, built in this process from the server's own code (the same builder as
 * `npm run start:server`) on an embedded PostgreSQL in a data folder, with the demo policy published, one
 * enrollment token and one supervisor account.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp } from '../server/app';
import { createAccount } from '../server/auth/accounts';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/database';
import type { Database } from '../server/db/schema';
import { publishPolicy, validatePolicy } from '../server/policies';
import { createEnrollmentToken } from '../server/tokens';
import { DEMO_POLICY } from './policy';

export interface DemoEndpoint {
  url: string;
  db: Kysely<Database>;
  enrollmentToken: string;
  supervisor: { email: string; password: string };
  close(): Promise<void>;
}

export async function startDemoEndpoint(dataDir: string, port: number, log: (line: string) => void): Promise<DemoEndpoint> {
  // Only the demo's own values: a DATABASE_URL or PORT in the caller's environment must not redirect the demo.
  const config = loadConfig({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
  const database = await openDatabase(config, (line) => log(`database: ${line}`));
  let app: FastifyInstance | undefined;
  try {
    app = await buildApp({ context: { db: database.db, config }, logLevel: config.LOG_LEVEL });
    const url = await app.listen({ port: config.PORT, host: config.HOST });
    const checked = validatePolicy(DEMO_POLICY);
    if (!checked.ok) throw new Error(`the demo policy is invalid: ${checked.problems.join('; ')}`);
    await publishPolicy(database.db, checked.policy, 'npm run demo');
    const { token } = await createEnrollmentToken(database.db, 'npm run demo');
    const supervisor = { email: 'supervisor@firm.test', password: randomBytes(12).toString('base64url') };
    await createAccount(database.db, { email: supervisor.email, displayName: 'Demo Supervisor', role: 'supervisor', password: supervisor.password }, 'npm run demo');
    const running = app;
    return {
      url,
      db: database.db,
      enrollmentToken: token,
      supervisor,
      close: async () => {
        await running.close();
        await database.close();
      },
    };
  } catch (error) {
    await app?.close();
    await database.close();
    throw error;
  }
}
