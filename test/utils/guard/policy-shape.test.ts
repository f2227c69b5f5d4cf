import { describe, expect, it } from 'vitest';
import { isUsablePolicy } from '../../../utils/guard/policy-shape';
import { DEFAULT_POLICY, PolicySchema, type Policy } from '../../../utils/policy/schema';

const FULL: Policy = {
  ...DEFAULT_POLICY,
  version: 'managed:7',
  unapprovedAction: 'warn',
  approvedSites: ['https://crm.firm.test/*'],
  supervisedChannels: [{ id: 'chat', name: 'Firm chat', kind: 'messaging', matches: ['https://chat.firm.test/*'] }],
  accountPatterns: [{ name: 'Acme brokerage account', pattern: 'ACM-\\d{8}', checkDigit: 'luhn' }],
};

describe('isUsablePolicy (the guard’s zod-free check)', () => {
  it.each([
    ['the bundled default', DEFAULT_POLICY],
    ['a full managed policy', FULL],
  ])('accepts %s, which the zod schema accepts too', (_name, policy) => {
    expect(PolicySchema.safeParse(policy).success).toBe(true);
    expect(isUsablePolicy(policy)).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'block'],
    ['an unknown action', { ...FULL, unapprovedAction: 'allow-all' }],
    ['approvedSites not an array', { ...FULL, approvedSites: 'https://crm.firm.test/*' }],
    ['a channel without matches', { ...FULL, supervisedChannels: [{ id: 'c', name: 'C', kind: 'crm' }] }],
    ['an account pattern without a pattern', { ...FULL, accountPatterns: [{ name: 'x' }] }],
    ['a missing size limit', { ...FULL, maxFileBytes: undefined }],
    ['a missing version', { ...FULL, version: undefined }],
  ])('rejects %s (the zod schema rejects it too)', (_name, value) => {
    expect(PolicySchema.safeParse(value).success).toBe(false);
    expect(isUsablePolicy(value)).toBe(false);
  });
});
