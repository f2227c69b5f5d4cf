import { describe, expect, it } from 'vitest';
import type { Finding, PiiType } from '../../utils/classifier/types';
import { decide } from '../../utils/decide';
import type { Destination } from '../../utils/policy/destination';
import { DEFAULT_POLICY, type Policy } from '../../utils/policy/schema';

function finding(type: PiiType): Finding {
  return { type, start: 0, end: 11, score: 0.95, detector: 'test', evidence: { context: [] } };
}

const unapproved: Destination = { status: 'unapproved', host: 'mail.personal.test' };
const approved: Destination = { status: 'approved', host: 'crm.firm.test' };
const supervised: Destination = {
  status: 'supervised',
  host: 'chat.firm.test',
  channel: { id: 'chat', name: 'Firm Chat', kind: 'messaging' },
};

describe('decide', () => {
  it.each(['block', 'warn', 'audit'] as const)('unapproved + SSN → the policy action (%s), recorded', (action) => {
    const policy: Policy = { ...DEFAULT_POLICY, unapprovedAction: action };
    const decision = decide([finding('US_SSN')], unapproved, policy);
    expect(decision).toMatchObject({ action, record: true });
    expect(decision.reasons[0]).toBe('mail.personal.test is not approved for customer data');
  });

  it.each([approved, supervised])('$status destination + SSN → allowed and recorded', (destination) => {
    expect(decide([finding('US_SSN')], destination, DEFAULT_POLICY)).toMatchObject({ action: 'allow', record: true });
  });

  it('hard negative: an email and a phone number alone are not high-risk, nothing to record', () => {
    const decision = decide([finding('EMAIL'), finding('PHONE')], unapproved, DEFAULT_POLICY);
    expect(decision).toMatchObject({ action: 'allow', record: false, decisive: [] });
  });

  it('the policy decides what counts as high risk', () => {
    const policy: Policy = { ...DEFAULT_POLICY, highRiskTypes: ['EMAIL'] };
    expect(decide([finding('EMAIL')], unapproved, policy).action).toBe('block');
    expect(decide([finding('US_SSN')], unapproved, policy).action).toBe('allow');
  });

  it('keeps only the decisive findings', () => {
    const decision = decide([finding('EMAIL'), finding('CREDIT_CARD')], unapproved, DEFAULT_POLICY);
    expect(decision.decisive.map((f) => f.type)).toEqual(['CREDIT_CARD']);
  });
});
