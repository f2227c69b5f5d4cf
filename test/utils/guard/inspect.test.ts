import { describe, expect, it } from 'vitest';
import { guardEventOf, inspect } from '../../../utils/guard/inspect';
import { GuardEventSchema } from '../../../utils/messages';
import { DEFAULT_POLICY, type Policy } from '../../../utils/policy/schema';

const PII = 'Customer Jane Roe, SSN 536-22-8194, card 4539 1488 0343 6467';
const UNAPPROVED = { frameUrl: 'https://mail.personal.test/compose' };

describe('inspect', () => {
  it('blocks high-risk PII on an unapproved site under the default policy, with a masked summary', () => {
    const inspection = inspect(PII, UNAPPROVED, DEFAULT_POLICY);
    expect(inspection.decision.action).toBe('block');
    expect(inspection.summary).toContain('***-**-8194');
    expect(inspection.summary).not.toContain('536-22-8194');
    expect(inspection.destination).toMatchObject({ status: 'unapproved', host: 'mail.personal.test' });
  });

  it('allows clean text without a record', () => {
    const inspection = inspect('Call moved to 3pm.', UNAPPROVED, DEFAULT_POLICY);
    expect(inspection.decision).toMatchObject({ action: 'allow', record: false });
    expect(guardEventOf(inspection, 'paste', 'allowed')).toBeUndefined();
  });

  it('judges a frame by the stricter of its own site and the top-level site', () => {
    const policy: Policy = { ...DEFAULT_POLICY, approvedSites: ['https://crm.firm.test/*'] };
    expect(inspect(PII, { frameUrl: 'https://crm.firm.test/' }, policy).decision.action).toBe('allow');
    expect(inspect(PII, { frameUrl: 'https://crm.firm.test/', topUrl: 'https://mail.personal.test/' }, policy).decision.action).toBe('block');
  });

  it('builds a guard event the worker accepts: masked form plus the value it will fingerprint', () => {
    const inspection = inspect(PII, UNAPPROVED, DEFAULT_POLICY);
    const event = guardEventOf(inspection, 'paste', 'overridden', { justification: 'customer asked' });
    expect(GuardEventSchema.safeParse(event).success).toBe(true);
    expect(event?.findings.find((finding) => finding.type === 'US_SSN')).toMatchObject({ masked: '***-**-8194', value: '536-22-8194' });
    expect(event).toMatchObject({ surface: 'paste', outcome: 'overridden', justification: 'customer asked', contentLength: PII.length });
  });

  it("the firm's own accounts from the policy do not block; a customer's account next to them still does", () => {
    const policy: Policy = { ...DEFAULT_POLICY, houseAccounts: ['4RK-99\\d{4}'] };
    expect(inspect('wire from the average-price account 4RK-990300 to Chase', UNAPPROVED, policy).decision.action).toBe('allow');
    expect(inspect('journal from acct 4RK-990300 to acct 4RK-118327', UNAPPROVED, policy).decision.decisive.map((finding) => finding.type)).toEqual(['BROKERAGE_ACCOUNT']);
    expect(inspect('wire from the average-price account 4RK-990300 to Chase', UNAPPROVED, DEFAULT_POLICY).decision.action).toBe('block');
  });
});
