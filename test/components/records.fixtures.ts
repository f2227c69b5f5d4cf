/** Records in their stored (wire) form, with every field a page could be tempted to show. */
import type { ChainRecord } from '../../utils/wire/record';

export const FINGERPRINT = 'f1ngerpr1ntf1ngerpr1ntf1ngerpr1nt';

export const BLOCKED_SSN: ChainRecord = {
  id: '7d1e1c4a-2c1b-4c35-9d7e-0f4f3c1c2b11',
  seq: 42,
  deviceTime: '2026-11-12T19:05:00Z',
  kind: 'paste.blocked',
  site: { host: 'mail.personal.test', status: 'unapproved' },
  channel: null,
  findings: [
    {
      type: 'US_SSN',
      masked: '***-**-8194',
      fingerprint: FINGERPRINT,
      detector: 'ssn-detector-name',
      score: 0.97,
      evidence: { checksum: 'ssa-ranges', checksumPassed: true, context: [{ word: 'EVIDENCEWORD', start: 0, end: 3 }], notes: ['EVIDENCENOTE'] },
    },
  ],
  action: 'block',
  justification: 'JUSTIFICATIONTEXT',
  policyVersion: 'POLICYVERSION',
  message: null,
  note: 'NOTETEXT page mail.personal.test; 40 characters',
  prevHash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
};

export const CAPTURED_MESSAGE: ChainRecord = {
  ...BLOCKED_SSN,
  id: '0b7f2d7e-8a36-4a3a-9d8e-5a9a0e6c7d22',
  seq: 41,
  deviceTime: '2026-11-12T19:00:00Z',
  kind: 'message.captured',
  site: { host: 'chat.firm.test', status: 'supervised' },
  channel: { id: 'firm-chat', kind: 'messaging' },
  findings: [],
  action: 'none',
  justification: null,
  message: { direction: 'sent', text: 'MESSAGETEXT with 536-22-8194', conversation: 'CONVERSATIONNAME' },
  note: null,
};
