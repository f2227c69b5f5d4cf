import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseManagedValues, readManagedPolicy } from '../../utils/managed-policy';

const GOOD = {
  approvedSites: ['https://*.firm.com/*'],
  unapprovedAction: 'warn',
  supervisedChannels: [{ id: 'crm', name: 'Firm CRM', kind: 'crm', matches: ['https://crm.firm.com/*'] }],
  noticeContact: 'Compliance desk, x4100',
  maxFileBytes: 2048,
};

describe('parseManagedValues', () => {
  it('accepts every good key as forced', () => {
    expect(parseManagedValues(GOOD)).toEqual({ forced: GOOD, rejected: [] });
  });

  it('keeps the good keys when one key is bad', () => {
    const { forced, rejected } = parseManagedValues({ ...GOOD, unapprovedAction: 'shrug' });
    const { unapprovedAction: _rejected, ...others } = GOOD;
    expect(forced).toEqual(others);
    expect(rejected).toEqual([{ key: 'unapprovedAction', error: expect.stringMatching(/^unapprovedAction: .*"block"/) }]);
  });

  it('security: a managed value the browser let through but zod rejects is reported and not applied', () => {
    // Chromium's schema sees only "array of strings"; the match-pattern check is zod's.
    const { forced, rejected } = parseManagedValues({ approvedSites: ['https://*.firm.com/*', 'crm.firm.com'], noticeContact: 'x' });
    expect(forced).toEqual({ noticeContact: 'x' });
    expect(forced).not.toHaveProperty('approvedSites');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.key).toBe('approvedSites');
    expect(rejected[0]?.error).toContain('approvedSites.1: "crm.firm.com" is not a match pattern');
  });

  it.each([
    ['an invalid regular expression', { accountPatterns: [{ name: 'Firm', pattern: '([0-9' }] }, 'accountPatterns.0.pattern: not a valid JavaScript regular expression'],
    ['an invalid house account pattern', { houseAccounts: ['4RK-99\\d{4}', '[unclosed'] }, 'houseAccounts.1: not a valid JavaScript regular expression'],
    ['a channel without patterns', { supervisedChannels: [{ id: 'x', name: 'X', kind: 'crm', matches: [] }] }, 'supervisedChannels.0.matches'],
    ['a short fingerprint key', { fingerprintKey: 'c2hvcnQ=' }, 'fingerprintKey: expected base64 of at least 32 random bytes'],
    ['a file limit out of range', { maxFileBytes: 10 }, 'maxFileBytes: '],
    ['the derived version', { version: 'managed:forged' }, '"version" is not a Channel Guard policy key'],
    ['an unknown key', { approvedSite: [] }, '"approvedSite" is not a Channel Guard policy key'],
  ])('rejects %s with a precise message', (_label, raw, message) => {
    const { forced, rejected } = parseManagedValues(raw);
    expect(forced).toEqual({});
    expect(rejected[0]?.error).toContain(message);
  });

  it.each([
    ['null', null, []],
    ['undefined', undefined, []],
    ['a string', 'block', ['expected an object of policy keys, got string']],
    ['an array', [1, 2], ['expected an object of policy keys, got an array']],
    ['a number', 42, ['expected an object of policy keys, got number']],
  ])('never throws on garbage: %s', (_label, raw, errors) => {
    const { forced, rejected } = parseManagedValues(raw);
    expect(forced).toEqual({});
    expect(rejected.map((item) => item.error)).toEqual(errors);
  });

  it('ignores a prototype-looking key instead of trusting it', () => {
    const raw: unknown = JSON.parse('{"__proto__": {"unapprovedAction": "audit"}, "toString": "x"}');
    const { forced, rejected } = parseManagedValues(raw);
    expect(forced).toEqual({});
    expect(rejected.map((item) => item.key).sort()).toEqual(['__proto__', 'toString']);
  });
});

describe('readManagedPolicy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads chrome.storage.managed', async () => {
    await fakeBrowser.storage.managed.set({ unapprovedAction: 'audit', bogus: 1 });
    expect(await readManagedPolicy()).toEqual({
      forced: { unapprovedAction: 'audit' },
      rejected: [{ key: 'bogus', error: '"bogus" is not a Channel Guard policy key' }],
    });
  });

  it('returns nothing forced when managed storage is empty', async () => {
    expect(await readManagedPolicy()).toEqual({ forced: {}, rejected: [] });
  });

  it('never throws when managed storage is unavailable', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await readManagedPolicy()).toEqual({ forced: {}, rejected: [] });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('managed storage unavailable'), 'Managed storage manifest not found');
    warn.mockRestore();
  });
});
