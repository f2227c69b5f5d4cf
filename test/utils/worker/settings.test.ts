import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ChannelGuardDatabase } from '../../../utils/db';
import { DEFAULT_POLICY } from '../../../utils/policy/schema';
import { INSTALL_KEY_STORAGE_KEY } from '../../../utils/worker/fingerprint-key';
import { SESSION_CACHE_KEY, cachedSettings, computeSettings } from '../../../utils/worker/settings';

const FIRM_KEY = 'q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=';
let db: ChannelGuardDatabase;

beforeEach(() => {
  fakeBrowser.reset();
  db = new ChannelGuardDatabase(`test-${crypto.randomUUID()}`);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('computeSettings', () => {
  it('is the bundled default with a per-install key, generated once and kept, when nothing is managed', async () => {
    const first = await computeSettings(db);
    expect(first.policy).toEqual(DEFAULT_POLICY);
    expect(first.fingerprintKey.source).toBe('install');
    expect(await fakeBrowser.storage.local.get(INSTALL_KEY_STORAGE_KEY)).toEqual({ [INSTALL_KEY_STORAGE_KEY]: first.fingerprintKey.raw });
    expect(console.info).toHaveBeenCalledWith(expect.stringContaining('per-install key'));
    expect((await computeSettings(db)).fingerprintKey).toEqual(first.fingerprintKey);
  });

  it('applies managed values and uses the firm key', async () => {
    await fakeBrowser.storage.managed.set({ unapprovedAction: 'warn', fingerprintKey: FIRM_KEY });
    const settings = await computeSettings(db);
    expect(settings.policy.unapprovedAction).toBe('warn');
    expect(settings.policy.version).toMatch(/^managed:/);
    expect(settings.fingerprintKey).toEqual({ source: 'managed', raw: FIRM_KEY });
  });

  it('reports a rejected value on the console and as one policy.rejected record, keeping the good keys', async () => {
    await fakeBrowser.storage.managed.set({ unapprovedAction: 'audit', approvedSites: ['crm.firm.test'] });
    const settings = await computeSettings(db);
    expect(settings.policy.unapprovedAction).toBe('audit');
    expect(settings.policy.approvedSites).toEqual([]);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('managed policy key "approvedSites" rejected, default kept: approvedSites.0: "crm.firm.test" is not a match pattern'));
    const records = await db.recentRecords();
    expect(records).toEqual([expect.objectContaining({ kind: 'policy.rejected', policyVersion: settings.policy.version, note: expect.stringMatching(/^approvedSites: .*crm\.firm\.test/) })]);
    // A worker wake-up with the same bad value does not record it again…
    await computeSettings(db);
    expect(await db.records.count()).toBe(1);
    // …but the same mistake made again after a fix does.
    await fakeBrowser.storage.managed.clear();
    await computeSettings(db);
    await fakeBrowser.storage.managed.set({ approvedSites: ['crm.firm.test'] });
    await computeSettings(db);
    expect(await db.records.count()).toBe(2);
  });

  it('caches the result in storage.session for the next wake-up', async () => {
    await fakeBrowser.storage.managed.set({ noticeContact: 'x4100' });
    const settings = await computeSettings(db);
    expect(await cachedSettings()).toEqual(settings);
  });
});

describe('cachedSettings', () => {
  it('is undefined after a browser start (empty session)', async () => {
    expect(await cachedSettings()).toBeUndefined();
  });

  it('ignores a cache that does not parse', async () => {
    await fakeBrowser.storage.session.set({ [SESSION_CACHE_KEY]: { policy: { version: 'x' } } });
    expect(await cachedSettings()).toBeUndefined();
  });
});
