/**
 * The device API over HTTP (app.inject) against both databases issue #3 names: the embedded PostgreSQL and
 * Debian's PostgreSQL 15 on loopback. Trust-boundary cases are named `security: …` and check nothing was stored.
 */
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChainProblem, GENESIS_HASH } from '../../utils/chain';
import { ReceiptSchema, type Receipt } from '../../utils/wire/device-api';
import { receiptSigningText } from '../../utils/wire/headers';
import { publishPolicy } from '../../server/policies';
import { DEFAULT_POLICY } from '../../utils/policy/schema';
import { startHarness, type Harness } from './helpers/harness';
import { SimulatedDevice } from './helpers/simulated-device';

async function receiptVerifies(receipt: Receipt, serverPublicKey: JsonWebKey): Promise<boolean> {
  const key = await crypto.subtle.importKey('jwk', serverPublicKey, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
  return crypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    key,
    Buffer.from(receipt.signature, 'base64url'),
    new TextEncoder().encode(receiptSigningText(receipt)),
  );
}

describe.each(['embedded', 'debian'] as const)('device API on %s PostgreSQL', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(backend);
  }, 60_000);
  afterAll(async () => h?.close());

  const post = async (device: SimulatedDevice, url: string, payload: unknown) => {
    const { body, headers } = await device.signedPost(payload);
    return h.app.inject({ method: 'POST', url, payload: body, headers });
  };

  it('GET /healthz answers 200 once migrated', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok' });
  });

  it('security: enrollment with an unknown or revoked token is refused and stores no device', async () => {
    const device = await SimulatedDevice.create();
    const before = await h.count('devices');
    const unknown = await h.app.inject({ method: 'POST', url: '/v1/enroll', payload: { token: 'cgenroll_not-a-real-token-000', publicKey: device.publicJwk } });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().message).toBe('unknown enrollment token');

    const { createEnrollmentToken, revokeEnrollmentToken } = await import('../../server/tokens');
    const revoked = await createEnrollmentToken(h.database.db, 'to revoke');
    await revokeEnrollmentToken(h.database.db, revoked.id);
    const refused = await h.app.inject({ method: 'POST', url: '/v1/enroll', payload: { token: revoked.token, publicKey: device.publicJwk } });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().message).toBe('enrollment token revoked');
    expect(await h.count('devices')).toBe(before);
  });

  it('security: enrollment refuses a private key and a point off the curve', async () => {
    const device = await SimulatedDevice.create();
    const withPrivate = await h.app.inject({ method: 'POST', url: '/v1/enroll', payload: { token: h.token, publicKey: { ...device.publicJwk, d: device.publicJwk.x } } });
    expect(withPrivate.statusCode).toBe(400);
    const offCurve = await h.app.inject({ method: 'POST', url: '/v1/enroll', payload: { token: h.token, publicKey: { ...device.publicJwk, y: device.publicJwk.x } } });
    expect(offCurve.statusCode).toBe(400);
    expect(offCurve.json().message).toContain('P-256');
  });

  it('stores a signed batch and answers with a receipt the server key verifies', async () => {
    const device = await h.enroll();
    const records = await device.nextRecords(100);
    const response = await post(device, '/v1/events', { deviceId: device.deviceId, records });
    expect(response.statusCode).toBe(200);
    const receipt = ReceiptSchema.parse(response.json());
    expect(receipt).toMatchObject({ deviceId: device.deviceId, ackedThroughSeq: 100, chainHead: device.head });
    expect(await receiptVerifies(receipt, device.serverPublicKey)).toBe(true);
    expect(await receiptVerifies({ ...receipt, ackedThroughSeq: 101 }, device.serverPublicKey)).toBe(false);

    // What is stored re-verifies from the canonical text alone (not the reordered jsonb copy).
    const stored = await h.database.db.selectFrom('events').select(['seq', 'prev_hash', 'hash', 'canonical']).where('device_id', '=', device.deviceId).orderBy('seq').execute();
    expect(stored).toHaveLength(100);
    const rebuilt = stored.map((row) => ({ ...(JSON.parse(row.canonical) as Record<string, unknown>), hash: row.hash }) as unknown as { seq: number; prevHash: string; hash: string });
    expect(await findChainProblem(rebuilt, { seq: 0, hash: GENESIS_HASH })).toBeNull();
  });

  it('security: a replayed batch stores nothing new and returns the same receipt', async () => {
    const device = await h.enroll();
    const signed = await device.signedPost({ deviceId: device.deviceId, records: await device.nextRecords(10) });
    const first = await h.app.inject({ method: 'POST', url: '/v1/events', payload: signed.body, headers: signed.headers });
    const counts = [await h.count('events'), await h.count('batches'), await h.count('receipts')];
    const replay = await h.app.inject({ method: 'POST', url: '/v1/events', payload: signed.body, headers: signed.headers });
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual(first.json());
    expect([await h.count('events'), await h.count('batches'), await h.count('receipts')]).toEqual(counts);
  });

  it('a retry that overlaps stored records stores only the new ones', async () => {
    const device = await h.enroll();
    const records = await device.nextRecords(15);
    expect((await post(device, '/v1/events', { deviceId: device.deviceId, records: records.slice(0, 10) })).statusCode).toBe(200);
    const response = await post(device, '/v1/events', { deviceId: device.deviceId, records });
    expect(response.statusCode).toBe(200);
    expect(response.json().ackedThroughSeq).toBe(15);
    const stored = await h.database.db.selectFrom('events').select('seq').where('device_id', '=', device.deviceId).execute();
    expect(stored.map((row) => row.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it('security: a modified body under the old signature, a missing signature and a foreign key get 401 and store nothing', async () => {
    const device = await h.enroll();
    const other = await h.enroll();
    const signed = await device.signedPost({ deviceId: device.deviceId, records: await device.nextRecords(3) });
    const before = await h.count('events');
    const tampered = signed.body.replace('***-**-6789', '***-**-6780');
    expect(tampered).not.toBe(signed.body);
    const modified = await h.app.inject({ method: 'POST', url: '/v1/events', payload: tampered, headers: signed.headers });
    expect(modified.statusCode).toBe(401);
    expect(modified.json().message).toContain('signature does not verify');
    const unsigned = await h.app.inject({ method: 'POST', url: '/v1/events', payload: signed.body, headers: { 'content-type': 'application/json', 'x-cg-device': device.deviceId } });
    expect(unsigned.statusCode).toBe(401);
    const foreign = await h.app.inject({ method: 'POST', url: '/v1/events', payload: signed.body, headers: { ...signed.headers, 'x-cg-signature': await other.sign(signed.body) } });
    expect(foreign.statusCode).toBe(401);
    expect(await h.count('events')).toBe(before);
  });

  it('security: a record id already stored for another device is refused with 400, not a 500', async () => {
    const first = await h.enroll();
    const second = await h.enroll();
    const [taken] = await first.nextRecords(1);
    expect((await post(first, '/v1/events', { deviceId: first.deviceId, records: [taken] })).statusCode).toBe(200);
    const [own] = await second.nextRecords(1);
    const copied = { ...own!, id: taken!.id };
    const { hashRecord } = await import('../../utils/chain');
    const rehashed = { ...copied, hash: await hashRecord(copied.prevHash, copied) };
    const response = await post(second, '/v1/events', { deviceId: second.deviceId, records: [rehashed] });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('already stored');
    expect(await h.database.db.selectFrom('events').select('seq').where('device_id', '=', second.deviceId).execute()).toEqual([]);
  });

  it('security: a revoked device gets 401', async () => {
    const device = await h.enroll();
    await h.database.db.insertInto('device_revocations').values({ device_id: device.deviceId, reason: 'laptop lost' }).execute();
    const response = await post(device, '/v1/events', { deviceId: device.deviceId, records: await device.nextRecords(1) });
    expect(response.statusCode).toBe(401);
    expect(response.json().message).toContain('revoked');
  });

  it('a gap gets 409 with the expected seq and is recorded for supervisors', async () => {
    const device = await h.enroll();
    await post(device, '/v1/events', { deviceId: device.deviceId, records: await device.nextRecords(5) });
    await device.nextRecords(2); // seq 6–7 lost on the device
    const headAt5 = (await h.database.db.selectFrom('events').select('hash').where('device_id', '=', device.deviceId).where('seq', '=', 5).executeTakeFirstOrThrow()).hash;
    const response = await post(device, '/v1/events', { deviceId: device.deviceId, records: await device.nextRecords(3) });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: 'chain_conflict', expectedSeq: 6, chainHead: headAt5 });
    const conflicts = await h.database.db.selectFrom('chain_conflicts').selectAll().where('device_id', '=', device.deviceId).execute();
    expect(conflicts).toMatchObject([{ kind: 'gap', expected_seq: 6, received_seq: 8 }]);
    expect(await h.database.db.selectFrom('events').select('seq').where('device_id', '=', device.deviceId).execute()).toHaveLength(5);
  });

  it('a fork (a different record at a stored seq) gets 409', async () => {
    const device = await h.enroll();
    await post(device, '/v1/events', { deviceId: device.deviceId, records: await device.nextRecords(4) });
    device.seq = 2; // rewind: the device rewrites history from seq 3
    device.head = (await h.database.db.selectFrom('events').select('hash').where('device_id', '=', device.deviceId).where('seq', '=', 2).executeTakeFirstOrThrow()).hash;
    const response = await post(device, '/v1/events', { deviceId: device.deviceId, records: await device.nextRecords(3) });
    expect(response.statusCode).toBe(409);
    expect(response.json().expectedSeq).toBe(5);
    expect(response.json().message).toContain('fork');
  });

  it('security: malformed batches get 400 with the reason and store nothing', async () => {
    const device = await h.enroll();
    const [record] = await device.nextRecords(1);
    const before = [await h.count('events'), await h.count('batches')];
    const cases: Array<[unknown, string]> = [
      [{ deviceId: device.deviceId, records: [{ ...record, kind: 'paste.exploded' }] }, 'records.0.kind'],
      [{ deviceId: device.deviceId, records: [{ ...record, findings: [{ ...record!.findings[0], value: '123-45-6789' }] }] }, 'records.0.findings.0'],
      [{ deviceId: device.deviceId, records: [{ ...record, hash: 'a'.repeat(64) }] }, 'hash does not match'],
      [{ deviceId: device.deviceId, records: [] }, 'records'],
      [{ deviceId: crypto.randomUUID(), records: [record] }, 'differs from the signing device'],
      [{ deviceId: device.deviceId, records: [{ ...record, note: 'nul \u0000 inside' }] }, 'records.0.note: strings must be well-formed Unicode'],
      [{ deviceId: device.deviceId, records: [{ ...record, justification: 'lone \ud800' }] }, 'records.0.justification'],
    ];
    for (const [payload, reason] of cases) {
      const response = await post(device, '/v1/events', payload);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(response.json().message).toContain(reason);
    }
    const deep = `{"deviceId":"${device.deviceId}","records":${'['.repeat(300_000)}${']'.repeat(300_000)}}`;
    const deepResponse = await h.app.inject({ method: 'POST', url: '/v1/events', payload: deep, headers: await device.headersFor(deep) });
    expect(deepResponse.statusCode).toBe(400);
    const notJson = await h.app.inject({ method: 'POST', url: '/v1/events', payload: '{"deviceId":', headers: await device.headersFor('{"deviceId":') });
    expect(notJson.statusCode).toBe(400);
    expect([await h.count('events'), await h.count('batches')]).toEqual(before);
  });

  it('security: an oversized body gets 413 and stores nothing', async () => {
    const device = await h.enroll();
    const before = await h.count('events');
    const huge = JSON.stringify({ deviceId: device.deviceId, records: [], pad: 'x'.repeat(h.config.BODY_LIMIT_BYTES) });
    const response = await h.app.inject({ method: 'POST', url: '/v1/events', payload: huge, headers: await device.headersFor(huge) });
    expect(response.statusCode).toBe(413);
    expect(response.json().message).toContain(`${h.config.BODY_LIMIT_BYTES} bytes`);
    expect(await h.count('events')).toBe(before);
  });

  it('stores heartbeats as history, a replayed one once', async () => {
    const device = await h.enroll();
    const beat = device.heartbeat(7);
    const first = await post(device, '/v1/heartbeat', beat);
    expect(first.statusCode).toBe(200);
    expect(first.json().stored).toBe(true);
    expect((await post(device, '/v1/heartbeat', beat)).json().stored).toBe(false);
    await post(device, '/v1/heartbeat', device.heartbeat(0));
    const rows = await h.database.db.selectFrom('heartbeats').select(['queue_depth']).where('device_id', '=', device.deviceId).orderBy('received_at', 'desc').execute();
    expect(rows.map((row) => row.queue_depth)).toEqual([0, 7]);
    const health = await h.database.db.selectFrom('device_health').selectAll().where('device_id', '=', device.deviceId).executeTakeFirstOrThrow();
    expect(health).toMatchObject({ queue_depth: 0, extension_version: '0.1.0', head_seq: null, revoked_at: null, chain_conflicts: 0 });
  });

  it('serves the newest policy with an ETag and 304 when unchanged; refuses stale timestamps', async () => {
    const device = await h.enroll();
    const none = await h.app.inject({ method: 'GET', url: '/v1/policy', headers: await device.policyHeaders() });
    expect([200, 404]).toContain(none.statusCode); // 404 only until the first publication in this database
    await publishPolicy(h.database.db, { ...DEFAULT_POLICY, version: `firm-${backend}` }, 'test');
    const response = await h.app.inject({ method: 'GET', url: '/v1/policy', headers: await device.policyHeaders() });
    expect(response.statusCode).toBe(200);
    expect(response.json().policy.version).toBe(`firm-${backend}`);
    const etag = String(response.headers.etag);
    const again = await h.app.inject({ method: 'GET', url: '/v1/policy', headers: { ...(await device.policyHeaders()), 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    const stale = await h.app.inject({ method: 'GET', url: '/v1/policy', headers: await device.policyHeaders(String(Date.now() - 3_600_000)) });
    expect(stale.statusCode).toBe(401);
  });

  it('security: the application role cannot UPDATE or DELETE stored records, and the trigger stops the owner too', async () => {
    const device = await h.enroll();
    await post(device, '/v1/events', { deviceId: device.deviceId, records: await device.nextRecords(1) });
    await expect(sql`UPDATE events SET kind = 'paste.allowed' WHERE device_id = ${device.deviceId}`.execute(h.database.db)).rejects.toThrow(/permission denied/);
    await expect(sql`DELETE FROM events WHERE device_id = ${device.deviceId}`.execute(h.database.db)).rejects.toThrow(/permission denied/);
    await expect(sql`DELETE FROM receipts`.execute(h.database.db)).rejects.toThrow(/permission denied/);
    const owner = new pg.Client({ connectionString: h.database.ownerUrl });
    await owner.connect();
    try {
      await expect(owner.query('UPDATE events SET kind = $1 WHERE device_id = $2', ['paste.allowed', device.deviceId])).rejects.toThrow(/append-only/);
      await expect(owner.query('DELETE FROM events WHERE device_id = $1', [device.deviceId])).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
    expect(await h.database.db.selectFrom('events').select('kind').where('device_id', '=', device.deviceId).execute()).toEqual([{ kind: 'paste.blocked' }]);
  });
});
