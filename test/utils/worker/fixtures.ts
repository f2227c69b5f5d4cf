/** Shared inputs for the worker tests: a guard event as the guard sends it, senders, and a worker state. */
import 'fake-indexeddb/auto';
import { ChannelGuardDatabase } from '../../../utils/db';
import type { GuardEvent } from '../../../utils/messages';
import { DEFAULT_POLICY } from '../../../utils/policy/schema';
import type { Fingerprinter } from '../../../utils/worker/guard-record';
import { createRecordAppender } from '../../../utils/worker/record-writer';
import type { ExtensionIdentity } from '../../../utils/worker/sender';
import type { WorkerState } from '../../../utils/worker/state';

export const SELF: ExtensionIdentity = { id: 'hoelbpngflpakakfpiankojkhplhkceb', origin: 'chrome-extension://hoelbpngflpakakfpiankojkhplhkceb' };
export const SSN = '123-45-6789';
export const CARD = '4539 5260 1815 9083';

export function guardEvent(overrides: Partial<GuardEvent> = {}): GuardEvent {
  return {
    surface: 'paste',
    outcome: 'blocked',
    frameUrl: 'https://mail.personal.test/compose?to=someone',
    destination: { status: 'unapproved', host: 'mail.personal.test' },
    findings: [
      { type: 'US_SSN', start: 5, end: 16, score: 0.97, detector: 'ssn', evidence: { checksum: 'ssa-ranges', checksumPassed: true, context: [{ word: 'SSN', start: 0, end: 3 }] }, masked: '***-**-6789', value: SSN },
      { type: 'CREDIT_CARD', start: 20, end: 39, score: 0.99, detector: 'card', evidence: { checksum: 'luhn', checksumPassed: true, context: [] }, masked: 'card ending 9083', value: CARD },
    ],
    policyVersion: 'bundled-default',
    contentLength: 40,
    ...overrides,
  };
}

/** What Chrome passes as `sender` for a content script in the top frame of tab 7. */
export function contentScriptSender(url = 'https://mail.personal.test/compose?to=someone', extra: Record<string, unknown> = {}) {
  return { id: SELF.id, url, origin: new URL(url).origin, frameId: 0, tab: { id: 7 }, ...extra };
}

export const extensionPageSender = { id: SELF.id, url: `${SELF.origin}/popup.html`, origin: SELF.origin };

/** A real HMAC-SHA-256 (the classifier's is wired in the worker); keeps the value out of the output. */
export async function testFingerprinter(): Promise<Fingerprinter> {
  const key = await crypto.subtle.importKey('raw', new Uint8Array(32).fill(7), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (type, value) => {
    const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${type}:${value}`));
    return Array.from(new Uint8Array(mac), (byte) => byte.toString(16).padStart(2, '0')).join('');
  };
}

export async function workerState(requestSync: (reason: string) => void = () => undefined): Promise<WorkerState> {
  const db = new ChannelGuardDatabase(`test-${crypto.randomUUID()}`);
  const writer = createRecordAppender(db, requestSync);
  return {
    settings: { policy: DEFAULT_POLICY, fingerprintKey: { source: 'install', raw: 'A'.repeat(43) + '=' }, source: 'bundled', forcedKeys: [], managedSync: {} },
    fingerprint: await testFingerprinter(),
    db,
    self: SELF,
    appendRecord: writer.appendRecord,
    requestSync,
    pendingError: writer.pendingError,
  };
}
