/**
 * The demo's supervision endpoint, built in this process from the server's own code (the same builder as
 * `npm run start:server`) on an embedded PostgreSQL in a data folder, with the demo policy published, one
 * enrollment token and one supervisor account. The token belongs to a demo broker on a desk the supervisor
 * watches: supervisors see the brokers of their groups only (issue #3), so without that desk the block would
 * never reach the supervisor's queue.
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
import { baseDatabase, reviewDatabase, type ReviewDatabase } from '../server/db/schema-review';
import { addMembership, assignSupervisor } from '../server/review/group-links';
import { createBroker, createBrokerToken, createGroup } from '../server/review/people';
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
    const supervisor = { email: 'supervisor@firm.test', password: randomBytes(12).toString('base64url') };
    const supervisorId = await createAccount(database.db, { email: supervisor.email, displayName: 'Demo Supervisor', role: 'supervisor', password: supervisor.password }, 'npm run demo');
    const token = await enrollmentTokenOnDemoDesk(reviewDatabase(database.db), supervisorId);
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

/** A desk with one broker (the demo browser's owner) and the demo supervisor; returns the broker's token. */
async function enrollmentTokenOnDemoDesk(db: Kysely<ReviewDatabase>, supervisorId: string): Promise<string> {
  const adminPassword = randomBytes(18).toString('base64url');
  const adminId = await createAccount(baseDatabase(db), { email: 'demo-admin@firm.test', displayName: 'Demo set-up', role: 'admin', password: adminPassword }, 'npm run demo');
  const actor = { accountId: adminId, email: 'demo-admin@firm.test', role: 'admin' as const };
  const brokerId = await createBroker(db, actor, { name: 'Jordan Demo', email: 'jordan.demo@firm.test', crdNumber: null }, '127.0.0.1');
  const groupId = await createGroup(db, actor, { name: 'Demo desk', kind: 'desk' }, '127.0.0.1');
  await addMembership(db, actor, groupId, brokerId, '127.0.0.1');
  await assignSupervisor(db, actor, groupId, supervisorId, '127.0.0.1');
  return (await createBrokerToken(db, actor, brokerId, '127.0.0.1')).token;
}
