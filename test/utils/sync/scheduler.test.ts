import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ChannelGuardDatabase } from '../../../utils/db';
import { DEFAULT_POLICY } from '../../../utils/policy/schema';
import { createSyncScheduler } from '../../../utils/sync/scheduler';
import { LOCAL_ENDPOINT_KEY, LOCAL_TOKEN_KEY } from '../../../utils/sync/settings';

let db: ChannelGuardDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new ChannelGuardDatabase(`test-${crypto.randomUUID()}`);
  await fakeBrowser.storage.local.set({ [LOCAL_ENDPOINT_KEY]: 'https://s.firm.test', [LOCAL_TOKEN_KEY]: 'cget_0123456789abcdef0123456789' });
});
afterEach(() => db.delete());

it('runs one sync at a time: requests during a run become one more run after it', async () => {
  let concurrent = 0;
  let maxConcurrent = 0;
  let enrollAttempts = 0;
  const scheduler = createSyncScheduler({
    db,
    fetch: async () => {
      concurrent += 1;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      enrollAttempts += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      concurrent -= 1;
      return new Response('down', { status: 503 });
    },
    extensionVersion: '0.1.0',
    current: async () => ({
      settings: { policy: DEFAULT_POLICY, fingerprintKey: { source: 'install', raw: 'A'.repeat(43) + '=' }, source: 'bundled', forcedKeys: [], managedSync: {} },
      appendRecord: async () => undefined,
      pendingError: () => null,
    }),
    onRemotePolicyChanged: async () => undefined,
    keepAlive: async () => undefined,
  });
  for (let index = 0; index < 5; index += 1) scheduler.request('new record', { ignoreBackoff: true });
  await scheduler.idle();
  expect(maxConcurrent).toBe(1);
  // The first run, then one more for the four requests made during it.
  expect(enrollAttempts).toBe(2);
  expect((await db.readState('sync'))?.state).toBe('offline');
});
