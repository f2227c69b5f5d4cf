/**
 * The sync client against the real endpoint app (injected requests, embedded PostgreSQL), with fakeBrowser and
 * fake-indexeddb for the extension side. Faults are injected by wrapping the endpoint's fetch.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ChannelGuardDatabase, noteDraft, type RecordDraft } from '../../../utils/db';
import { DEFAULT_POLICY } from '../../../utils/policy/schema';
import { runSync, type SyncEnvironment } from '../../../utils/sync/client';
import type { FetchLike } from '../../../utils/sync/http';
import { LOCAL_ENDPOINT_KEY, LOCAL_TOKEN_KEY } from '../../../utils/sync/settings';
import type { WorkerSettings } from '../../../utils/worker/settings';
import { startHarness, type Harness } from '../../server/helpers/harness';
import { SimulatedDevice } from '../../server/helpers/simulated-device';

const ENDPOINT = 'http://127.0.0.1:9';
let harness: Harness;
let db: ChannelGuardDatabase;

beforeAll(async () => {
  harness = await startHarness('embedded');
}, 60_000);
afterAll(() => harness?.close());

/** fetch served by the endpoint app in-process. */
const endpointFetch: FetchLike = async (url, init) => {
  const response = await harness.app.inject({
    method: init.method as 'GET' | 'POST',
    url: new URL(url).pathname,
    headers: init.headers as Record<string, string>,
    ...(init.body === undefined ? {} : { payload: init.body as string }),
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) headers.set(name, String(value));
  return new Response(response.statusCode === 304 ? null : response.body, { status: response.statusCode, headers });
};

const settings: WorkerSettings = { policy: DEFAULT_POLICY, fingerprintKey: { source: 'install', raw: 'A'.repeat(43) + '=' }, source: 'bundled', forcedKeys: [], managedSync: {} };

function environment(fetch: FetchLike = endpointFetch): SyncEnvironment {
  return {
    db,
    fetch,
    extensionVersion: '0.1.0',
    current: async () => ({ settings, appendRecord: (draft: RecordDraft) => db.appendRecord(draft), pendingError: () => null }),
    onRemotePolicyChanged: async () => undefined,
    keepAlive: async () => undefined,
    random: () => 0,
  };
}

const blocked = (): RecordDraft => ({ ...noteDraft('paste.blocked', 'page mail.personal.test; 40 characters', 'bundled-default'), action: 'block', site: { host: 'mail.personal.test', status: 'unapproved' } });

beforeEach(async () => {
  fakeBrowser.reset();
  db = new ChannelGuardDatabase(`test-${crypto.randomUUID()}`);
  await fakeBrowser.storage.local.set({ [LOCAL_ENDPOINT_KEY]: ENDPOINT, [LOCAL_TOKEN_KEY]: harness.token });
});
afterEach(() => db.delete());

const storedSeqs = async () => {
  const device = await db.readState('device');
  const rows = await harness.database.db.selectFrom('events').select('seq').where('device_id', '=', device!.enrollment!.deviceId).orderBy('seq').execute();
  return rows.map((row) => Number(row.seq));
};

describe('runSync', () => {
  it('enrolls, delivers from the oldest unacknowledged record and keeps the verified receipt', async () => {
    await db.appendRecords(Array.from({ length: 250 }, blocked));
    expect(await runSync(environment())).toBe('synced');
    expect(await storedSeqs()).toEqual(Array.from({ length: 250 }, (_, index) => index + 1));
    expect(await db.deliveredThroughSeq()).toBe(250);
    expect((await db.receipts.toArray()).map((receipt) => receipt.ackedThroughSeq)).toEqual([100, 200, 250]);
    expect(await harness.count('heartbeats')).toBeGreaterThan(0);
  });

  it('security: a receipt signed by another key is not accepted and nothing is marked delivered', async () => {
    await db.appendRecords([blocked(), blocked()]);
    const impostor = await SimulatedDevice.create();
    const forging: FetchLike = async (url, init) => {
      const response = await endpointFetch(url, init);
      if (!url.endsWith('/v1/events') || response.status !== 200) return response;
      const receipt = (await response.json()) as Record<string, unknown>;
      return Response.json({ ...receipt, signature: await impostor.sign('not the endpoint') });
    };
    expect(await runSync(environment(forging))).toBe('failed');
    expect(await db.deliveredThroughSeq()).toBe(0);
    expect(await db.receipts.count()).toBe(0);
    expect((await db.readState('sync'))?.lastError).toContain('receipt signature does not verify');
  });

  it('quarantines a batch the endpoint refuses with a 4xx, records it, and does not send it again', async () => {
    await db.appendRecords([blocked(), blocked()]);
    const sent = vi.fn();
    const refusing: FetchLike = async (url, init) => {
      if (!url.endsWith('/v1/events')) return endpointFetch(url, init);
      sent();
      return Response.json({ error: 'invalid_body', message: 'records.0.kind: invalid' }, { status: 400 });
    };
    expect(await runSync(environment(refusing))).toBe('held');
    expect(await db.readState('quarantine')).toMatchObject({ fromSeq: 1, throughSeq: 2, status: 400 });
    expect((await db.recentRecords(1))[0]).toMatchObject({ kind: 'sync.quarantined', note: expect.stringContaining('records 1–2 refused') });
    expect(await runSync(environment(refusing))).toBe('held');
    expect(sent).toHaveBeenCalledTimes(1);
    expect(await db.deliveredThroughSeq()).toBe(0);
  });

  it.each([500, 503, 408, 429])('backs off on HTTP %i and keeps the records queued', async (status) => {
    await db.appendRecord(blocked());
    const failing: FetchLike = async (url, init) =>
      url.endsWith('/v1/events') ? new Response('busy', { status, headers: { 'retry-after': '7' } }) : endpointFetch(url, init);
    const before = Date.now();
    expect(await runSync(environment(failing))).toBe('failed');
    expect((await db.readState('backoff'))?.notBefore).toBeGreaterThanOrEqual(before + 7_000);
    expect(await runSync(environment())).toBe('waiting');
    expect(await db.deliveredThroughSeq()).toBe(0);
  });

  it('resynchronises from the endpoint\'s expected seq after a 409 (the endpoint lacks records we hold)', async () => {
    await db.appendRecords([blocked(), blocked(), blocked()]);
    expect(await runSync(environment())).toBe('synced');
    await db.appendRecords([blocked(), blocked(), blocked()]);
    // The device wrongly believes 1–5 delivered (say, a restored endpoint backup): it sends from 6, gets 409 expectedSeq 4.
    await db.writeState('outbox', { deliveredThroughSeq: 5 });
    expect(await runSync(environment())).toBe('synced');
    expect(await storedSeqs()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await harness.count('chain_conflicts')).toBeGreaterThan(0);
  });
});
