/** The verification command re-proves stored records and catches a row tampered with by someone holding owner rights. */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyStore } from '../../server/verify';
import { startHarness, type Harness } from './helpers/harness';

describe('verifyStore', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('embedded');
    for (const count of [3, 2]) {
      const device = await h.enroll();
      for (let batch = 0; batch < 2; batch += 1) {
        const response = await h.app.inject({ method: 'POST', url: '/v1/events', ...(await device.signedPost({ deviceId: device.deviceId, records: await device.nextRecords(count) })) });
        expect(response.statusCode).toBe(200);
      }
    }
  }, 60_000);
  afterAll(async () => h?.close());

  it('verifies an untouched store', async () => {
    expect(await verifyStore(h.database.db)).toEqual({ devices: 2, batches: 4, records: 10, receipts: 4, problems: [] });
  });

  it('security: catches a record and a receipt rewritten behind the append-only trigger', async () => {
    const owner = new pg.Client({ connectionString: h.database.ownerUrl });
    await owner.connect();
    try {
      // What an insider with owner rights could do: switch the guard off, edit, switch it back on.
      await owner.query('ALTER TABLE events DISABLE TRIGGER events_append_only');
      await owner.query(`UPDATE events SET canonical = replace(canonical, '***-**-6789', '***-**-0000') WHERE seq = 2`);
      await owner.query('ALTER TABLE events ENABLE TRIGGER events_append_only');
      await owner.query('ALTER TABLE receipts DISABLE TRIGGER receipts_append_only');
      await owner.query('UPDATE receipts SET acked_through_seq = acked_through_seq + 1 WHERE batch_id = (SELECT min(batch_id) FROM receipts)');
      await owner.query('ALTER TABLE receipts ENABLE TRIGGER receipts_append_only');
    } finally {
      await owner.end();
    }
    const report = await verifyStore(h.database.db);
    expect(report.problems.filter((problem) => problem.includes('seq 2: hash does not match'))).toHaveLength(2);
    expect(report.problems.some((problem) => problem.includes('seq 2: differs from the record in signed batch'))).toBe(true);
    expect(report.problems.some((problem) => problem.startsWith('receipt of batch') && problem.includes('endpoint signature does not verify'))).toBe(true);
  });
});
