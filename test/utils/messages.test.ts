import { describe, expect, it } from 'vitest';
import { parseMessage, type GuardEvent } from '../../utils/messages';
import { DEFAULT_POLICY } from '../../utils/policy/schema';

/** A contract fixture: what the guard sends when it blocks a paste. */
export const BLOCKED_PASTE: GuardEvent = {
  surface: 'paste',
  outcome: 'blocked',
  frameUrl: 'http://mail.personal.test:8080/compose',
  destination: { status: 'unapproved', host: 'mail.personal.test:8080' },
  findings: [
    {
      type: 'US_SSN',
      start: 5,
      end: 16,
      score: 0.97,
      detector: 'ssn',
      evidence: { checksum: 'ssa-ranges', checksumPassed: true, context: [{ word: 'SSN', start: 0, end: 3 }] },
      masked: '***-**-8194',
      value: '536-22-8194',
    },
  ],
  policyVersion: 'bundled-default',
  contentLength: 16,
};

describe('the message protocol', () => {
  it.each([
    { type: 'policy.request' },
    { type: 'guard.event', event: BLOCKED_PASTE },
    { type: 'policy.update', policy: DEFAULT_POLICY },
  ])('accepts $type', (message) => {
    expect(parseMessage(message)).toEqual({ ok: true, message });
  });

  it.each([
    [null, '(root)'],
    [{ type: 'nope' }, 'type'],
    [{ type: 'guard.event', event: { ...BLOCKED_PASTE, outcome: 'deleted' } }, 'event.outcome'],
    [{ type: 'guard.event', event: { ...BLOCKED_PASTE, findings: [] } }, 'event.findings'],
    [{ type: 'policy.update', policy: { ...DEFAULT_POLICY, approvedSites: ['crm'] } }, 'policy.approvedSites.0'],
  ])('rejects %j with the path of the problem (%s)', (input, path) => {
    const result = parseMessage(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(path);
  });

  it('security: unknown keys are refused, so a page cannot smuggle fields into a record', () => {
    const result = parseMessage({ type: 'guard.event', event: { ...BLOCKED_PASTE, recordedBy: 'someone else' } });
    expect(result.ok).toBe(false);
  });

  it('security: an oversized justification is refused rather than stored', () => {
    const event = { ...BLOCKED_PASTE, outcome: 'overridden', justification: 'x'.repeat(1001) };
    expect(parseMessage({ type: 'guard.event', event }).ok).toBe(false);
  });
});
