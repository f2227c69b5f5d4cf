import { describe, expect, it } from 'vitest';
import { canonicalJson, mergePolicy, mergeWithEndpoint } from '../../utils/effective-policy';
import { parseManagedValues } from '../../utils/policy/managed-values';
import { DEFAULT_POLICY, PolicySchema } from '../../utils/policy/schema';

const KEY = 'q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=';

describe('mergePolicy', () => {
  it('is the bundled default when nothing is forced', async () => {
    expect(await mergePolicy({})).toEqual({ policy: DEFAULT_POLICY, fingerprintKey: undefined });
  });

  it('replaces each forced key wholesale and stamps a managed version', async () => {
    const { policy } = await mergePolicy({ approvedSites: ['https://*.firm.com/*'], unapprovedAction: 'warn' });
    expect(policy).toEqual({
      ...DEFAULT_POLICY,
      approvedSites: ['https://*.firm.com/*'],
      unapprovedAction: 'warn',
      version: expect.stringMatching(/^managed:[0-9a-f]{12}$/),
    });
  });

  it('gives equal policies the same version whatever the key order, and different policies different ones', async () => {
    const a = await mergePolicy({ unapprovedAction: 'warn', noticeContact: 'x4100' });
    const b = await mergePolicy({ noticeContact: 'x4100', unapprovedAction: 'warn' });
    const c = await mergePolicy({ noticeContact: 'x4101', unapprovedAction: 'warn' });
    expect(a.policy.version).toBe(b.policy.version);
    expect(c.policy.version).not.toBe(a.policy.version);
  });

  it('keeps the fingerprint key out of the policy and out of its version', async () => {
    const withKey = await mergePolicy({ unapprovedAction: 'audit', fingerprintKey: KEY });
    const withoutKey = await mergePolicy({ unapprovedAction: 'audit' });
    expect(withKey.fingerprintKey).toBe(KEY);
    expect(JSON.stringify(withKey.policy)).not.toContain(KEY);
    expect(withKey.policy.version).toBe(withoutKey.policy.version);
  });

  it('treats a fingerprint key alone as the bundled policy', async () => {
    expect((await mergePolicy({ fingerprintKey: KEY })).policy.version).toBe('bundled-default');
  });
});

describe('mergeWithEndpoint', () => {
  const firm = { ...DEFAULT_POLICY, version: 'firm-2026-11', unapprovedAction: 'warn' as const, approvedSites: ['https://*.firm.com/*'] };

  it.each([
    [{}, null, 'bundled', 'bundled-default'],
    [{}, firm, 'endpoint', 'firm-2026-11'],
    [{ noticeContact: 'x4100' }, null, 'managed', /^managed:[0-9a-f]{12}$/],
    [{ noticeContact: 'x4100' }, firm, 'managed+endpoint', /^firm-2026-11\+managed:[0-9a-f]{12}$/],
  ] as const)('forced %j over %j → source %s, version %s', async (forced, endpoint, source, version) => {
    const merged = await mergeWithEndpoint(forced, endpoint);
    expect(merged.source).toBe(source);
    expect(merged.policy.version).toMatch(version);
  });

  it('security: a managed key that is present is forced over the endpoint\'s policy', async () => {
    const { policy, forcedKeys } = await mergeWithEndpoint({ unapprovedAction: 'block', endpointUrl: 'https://s.firm.com' }, firm);
    expect(policy.unapprovedAction).toBe('block');
    expect(policy.approvedSites).toEqual(firm.approvedSites);
    expect(forcedKeys).toEqual(['endpointUrl', 'unapprovedAction']);
    expect(JSON.stringify(policy)).not.toContain('s.firm.com');
  });

  it('keeps the enrollment token out of the policy pushed to pages', async () => {
    const { policy } = await mergeWithEndpoint({ enrollmentToken: 'cget_0123456789abcdef0123' }, null);
    expect(JSON.stringify(policy)).not.toContain('cget_');
    expect(policy.version).toBe('bundled-default');
  });
});

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: [{ d: 2, c: 3 }] }, '{"a":[{"c":3,"d":2}],"b":1}'],
    [{ a: undefined, b: 'x' }, '{"b":"x"}'],
    [['z', 'a'], '["z","a"]'],
  ])('%j → %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });
});

describe('houseAccounts', () => {
  it('defaults to none for a policy published before the key existed', () => {
    const { houseAccounts: _absent, ...older } = DEFAULT_POLICY;
    expect(PolicySchema.parse({ ...older, version: 'firm-2026-10' }).houseAccounts).toEqual([]);
  });

  it('is forced by a managed policy like any key', () => {
    expect(parseManagedValues({ houseAccounts: ['4RK-99\\d{4}'] }).forced).toEqual({ houseAccounts: ['4RK-99\\d{4}'] });
  });
});

describe('localRetentionDays', () => {
  it('defaults to 30 days for a policy published before the key existed', async () => {
    const { localRetentionDays: _absent, ...older } = DEFAULT_POLICY;
    expect(PolicySchema.parse({ ...older, version: 'firm-2026-10' }).localRetentionDays).toBe(30);
  });

  it('is not forced when the managed policy leaves it out', async () => {
    expect(parseManagedValues({ noticeContact: 'x4100' }).forced).toEqual({ noticeContact: 'x4100' });
    expect((await mergeWithEndpoint({ noticeContact: 'x4100' }, null)).forcedKeys).toEqual(['noticeContact']);
  });
});
