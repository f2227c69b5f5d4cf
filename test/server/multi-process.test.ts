/**
 * Several endpoint processes on one external PostgreSQL (issue #3: DATABASE_URL, behind a load balancer): two
 * apps with their own pools and no shared memory receive the same retried batch at the same moment, and many
 * devices at once. The per-device advisory lock and the database-held receipt key keep them in agreement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { connectDatabase } from '../../server/db/connect';
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/schema';
import { verifyStore } from '../../server/verify';
import { startHarness, type Harness } from './helpers/harness';

describe('two endpoint processes on one Debian PostgreSQL', () => {
  let h: Harness;
  let secondDb: Kysely<Database>;
  let second: FastifyInstance;
  beforeAll(async () => {
    h = await startHarness('debian');
    secondDb = connectDatabase(h.database.ownerUrl, h.config.DB_APP_ROLE, 4);
    second = await buildApp({ context: { db: secondDb, config: h.config } });
  }, 60_000);
  afterAll(async () => {
    await second?.close();
    await secondDb?.destroy();
    await h?.close();
  });

  it('the same batch sent to both at once is stored once, and both answer the same signed receipt', async () => {
    const device = await h.enroll();
    for (let round = 0; round < 5; round += 1) {
      const signed = await device.signedPost({ deviceId: device.deviceId, records: await device.nextRecords(20) });
      const [a, b] = await Promise.all(
        [h.app, second].map((app) => app.inject({ method: 'POST', url: '/v1/events', payload: signed.body, headers: signed.headers })),
      );
      expect([a!.statusCode, b!.statusCode]).toEqual([200, 200]);
      expect(a!.json()).toEqual(b!.json());
    }
    const stored = await h.database.db.selectFrom('events').select('seq').where('device_id', '=', device.deviceId).execute();
    expect(stored).toHaveLength(100);
    expect(await h.database.db.selectFrom('batches').select('id').where('device_id', '=', device.deviceId).execute()).toHaveLength(5);
  });

  it('many devices spread over both processes all verify afterwards', async () => {
    const devices = await Promise.all(Array.from({ length: 6 }, () => h.enroll()));
    await Promise.all(
      devices.map(async (device, index) => {
        for (let batch = 0; batch < 4; batch += 1) {
          const app = (index + batch) % 2 === 0 ? h.app : second;
          const response = await app.inject({ method: 'POST', url: '/v1/events', ...(await device.signedPost({ deviceId: device.deviceId, records: await device.nextRecords(25) })) });
          expect(response.statusCode).toBe(200);
        }
      }),
    );
    expect((await verifyStore(h.database.db)).problems).toEqual([]);
  });
});
