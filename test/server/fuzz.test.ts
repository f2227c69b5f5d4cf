/**
 * Fuzzing every route with random and near-valid bodies (issue #3): the endpoint answers 2xx or 4xx, never 5xx,
 * and whatever it stored still parses and still chains. Arbitraries are hand-written (zod-fast-check is zod 3 only).
 * Near-valid bodies are signed with the device key, so they reach the parser and the chain checks.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChainProblem, GENESIS_HASH, hashRecord } from '../../utils/chain';
import { RecordSchema, RECORD_KINDS } from '../../utils/wire/record';
import { signInAs } from './helpers/admin';
import { startHarness, type Harness } from './helpers/harness';
import { sampleRecord, type SimulatedDevice } from './helpers/simulated-device';

const RUNS = { events: 900, heartbeat: 300, enroll: 400, garbage: 400 };

const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, '', -1, 0, 2 ** 53, 'paste.blocked', GENESIS_HASH, '2026-11-22T10:00:00Z'),
  // Strings JSON carries but PostgreSQL text and jsonb cannot: NUL and lone surrogates.
  fc.constantFrom('a\u0000b', '\ud800', 'x\udfff', '\u0000'),
  // Well-formed ISO times across years 0000–9999: PostgreSQL refuses some that the ISO syntax allows.
  fc.date({ min: new Date(Date.UTC(0, 0, 1) - 1900 * 365.2425 * 864e5), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((date) => date.toISOString()),
);

/** Times the ISO syntax allows but PostgreSQL or JavaScript may not (year 0000 once caused a 500 here). */
const edgeTime = fc.constantFrom('0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '1969-12-31T23:59:59Z', '9999-12-31T23:59:59-14:00', '2026-11-22T10:00:00.123456789+05:45');

/** Replace, delete or add one key of an object — the small mistakes and attacks a parser must survive. */
const objectMutation = (keys: readonly string[], timeKeys: readonly string[] = keys) =>
  fc.oneof(
    fc.record({ op: fc.constant('set' as const), key: fc.constantFrom(...timeKeys), value: edgeTime }),
    fc.record({ op: fc.constant('set' as const), key: fc.constantFrom(...keys), value: anyValue }),
    fc.record({ op: fc.constant('delete' as const), key: fc.constantFrom(...keys) }),
    fc.record({ op: fc.constant('add' as const), key: fc.string({ maxLength: 12 }), value: anyValue }),
  );

type Mutation = { op: 'set' | 'add'; key: string; value: unknown } | { op: 'delete'; key: string };

function mutate(object: Record<string, unknown>, mutation: Mutation): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...object };
  if (mutation.op === 'delete') delete copy[mutation.key];
  else Object.defineProperty(copy, mutation.key, { value: mutation.value, enumerable: true, writable: true, configurable: true });
  return copy;
}

describe('fuzz: every route answers 2xx/4xx and stores only valid records', () => {
  let h: Harness;
  let device: SimulatedDevice;
  beforeAll(async () => {
    h = await startHarness('embedded', { RATE_LIMIT_PER_ADDRESS: '10000000', RATE_LIMIT_ENROLL_PER_ADDRESS: '100000' });
    device = await h.enroll();
  }, 60_000);
  afterAll(async () => h?.close());

  const recordKeys = Object.keys({ ...sampleRecord(1, GENESIS_HASH, 'paste.blocked'), hash: '' });

  it('POST /v1/events with signed near-valid batches', async () => {
    const state = { seq: 0, head: GENESIS_HASH };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...RECORD_KINDS),
        objectMutation(recordKeys, ['deviceTime']),
        fc.boolean(),
        fc.option(objectMutation(['deviceId', 'records']), { nil: undefined }),
        async (kind, recordMutation, rehash, batchMutation) => {
          const base = sampleRecord(state.seq + 1, state.head, kind);
          let record = mutate({ ...base, hash: await hashRecord(state.head, base) }, recordMutation);
          // Rehashing makes the chain right so the schema alone must catch a bad value.
          if (rehash) record = { ...record, hash: await hashRecord(state.head, record).catch(() => 'x') };
          const batch = mutate({ deviceId: device.deviceId, records: [record] }, batchMutation ?? { op: 'add', key: 'deviceId', value: device.deviceId });
          const response = await h.app.inject({ method: 'POST', url: '/v1/events', ...(await device.signedPost(batch)) });
          expect(response.statusCode, response.body).toBeLessThan(500);
          if (response.statusCode === 200) {
            const receipt = response.json<{ ackedThroughSeq: number; chainHead: string }>();
            state.seq = receipt.ackedThroughSeq;
            state.head = receipt.chainHead;
          }
        },
      ),
      { numRuns: RUNS.events },
    );
    const stored = await h.database.db.selectFrom('events').select(['canonical', 'hash']).where('device_id', '=', device.deviceId).orderBy('seq').execute();
    const records = stored.map((row) => ({ ...(JSON.parse(row.canonical) as Record<string, unknown>), hash: row.hash }));
    for (const record of records) expect(RecordSchema.safeParse(record).success).toBe(true);
    expect(await findChainProblem(records as unknown as Array<{ seq: number; prevHash: string; hash: string }>, { seq: 0, hash: GENESIS_HASH })).toBeNull();
    expect(records.length).toBe(state.seq);
  }, 120_000);

  it('POST /v1/heartbeat with signed near-valid heartbeats', async () => {
    const keys = Object.keys(device.heartbeat());
    await fc.assert(
      fc.asyncProperty(objectMutation(keys, ['sentAt']), async (mutation) => {
        const response = await h.app.inject({ method: 'POST', url: '/v1/heartbeat', ...(await device.signedPost(mutate(device.heartbeat(), mutation))) });
        expect(response.statusCode, response.body).toBeLessThan(500);
      }),
      { numRuns: RUNS.heartbeat },
    );
    const beats = await h.database.db.selectFrom('heartbeats').select(['queue_depth', 'extension_version']).where('device_id', '=', device.deviceId).execute();
    for (const beat of beats) {
      expect(Number.isInteger(beat.queue_depth) && beat.queue_depth >= 0).toBe(true);
      expect(typeof beat.extension_version).toBe('string');
    }
  }, 60_000);

  it('POST /v1/enroll with near-valid enrollments', async () => {
    const valid = { token: h.token, publicKey: device.publicJwk, name: 'fuzz' };
    await fc.assert(
      fc.asyncProperty(objectMutation(Object.keys(valid)), objectMutation(Object.keys(device.publicJwk)), async (mutation, keyMutation) => {
        const payload = mutate({ ...valid, publicKey: mutate({ ...device.publicJwk }, keyMutation) }, mutation);
        const response = await h.app.inject({ method: 'POST', url: '/v1/enroll', payload });
        expect(response.statusCode, response.body).toBeLessThan(500);
      }),
      { numRuns: RUNS.enroll },
    );
    const keys = await h.database.db.selectFrom('devices').select('public_key_jwk').execute();
    for (const { public_key_jwk: jwk } of keys) expect(Object.keys(jwk as object).sort()).toEqual(['crv', 'kty', 'x', 'y']);
  }, 60_000);

  it('garbage bytes, headers and methods on every route', async () => {
    const routes = [
      '/v1/enroll', '/v1/events', '/v1/heartbeat', '/v1/policy', '/healthz', '/v1/nope',
      '/admin/api/csrf', '/admin/api/enrollment-tokens', '/admin/api/enrollment-tokens/not-a-uuid', '/admin/api/policy', '/admin/api/policy/revisions',
      '/admin/api/webhooks', '/admin/api/webhooks/00000000-0000-4000-8000-000000000000', '/admin/api/alerts?state=zzz', '/admin/api/digest', '/admin/digest',
    ];
    // Half the requests carry a signed-in admin's cookie and CSRF token, so bodies reach the admin parsers.
    const admin = await signInAs(h, 'admin');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
        fc.string({ maxLength: 200 }),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
        fc.record({ 'x-cg-device': fc.oneof(fc.string({ maxLength: 70 }), fc.constant(device.deviceId)), 'x-cg-signature': fc.string({ maxLength: 90 }), 'x-cg-timestamp': fc.string({ maxLength: 20 }) }),
        fc.boolean(),
        async (url, method, payload, contentType, headers, signedIn) => {
          const session = signedIn ? { cookies: { cg_session: admin.cookie }, headers: { ...headers, 'content-type': contentType, 'x-csrf-token': admin.csrf } } : { headers: { ...headers, 'content-type': contentType } };
          const response = await h.app.inject({ method, url, payload: method === 'GET' ? undefined : payload, ...session });
          expect(response.statusCode, response.body).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS.garbage },
    );
  }, 60_000);
});
