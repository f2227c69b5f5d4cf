/** One endpoint app over one test database, plus the small queries the assertions need. */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../../../server/app';
import { createEnrollmentToken } from '../../../server/tokens';
import type { EnrollResponse } from '../../../utils/wire/device-api';
import { openTestDatabase, type Backend, type TestDatabase } from './postgres';
import { SimulatedDevice } from './simulated-device';

export interface Harness extends TestDatabase {
  app: FastifyInstance;
  token: string;
  enroll(device?: SimulatedDevice): Promise<SimulatedDevice & { serverPublicKey: EnrollResponse['serverPublicKey'] }>;
  count(table: 'events' | 'batches' | 'receipts' | 'devices' | 'chain_conflicts' | 'heartbeats'): Promise<number>;
  close(): Promise<void>;
}

export async function startHarness(backend: Backend, overrides: Record<string, string> = {}): Promise<Harness> {
  const testDb = await openTestDatabase(backend, { RATE_LIMIT_ENROLL_PER_ADDRESS: '100000', RATE_LIMIT_PER_DEVICE: '100000', ...overrides });
  const app = await buildApp({ context: { db: testDb.database.db, config: testDb.config } });
  const { token } = await createEnrollmentToken(testDb.database.db, 'test');
  return {
    ...testDb,
    app,
    token,
    async enroll(device) {
      const enrolled = device ?? (await SimulatedDevice.create());
      const response = await app.inject({ method: 'POST', url: '/v1/enroll', payload: { token, publicKey: enrolled.publicJwk, name: 'test browser' } });
      if (response.statusCode !== 201) throw new Error(`enroll failed: ${response.statusCode} ${response.body}`);
      const body = response.json<EnrollResponse>();
      enrolled.deviceId = body.deviceId;
      return Object.assign(enrolled, { serverPublicKey: body.serverPublicKey });
    },
    async count(table) {
      const result = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(testDb.database.db);
      return Number(result.rows[0]!.n);
    },
    async close() {
      await app.close();
      await testDb.stop();
    },
  };
}
