/**
 * A guard event becomes a record draft in the wire shape (utils/wire/record.ts): each finding's value is
 * replaced by its keyed fingerprint and dropped here, before anything is stored (DESIGN.md decision 3).
 * Offsets are dropped too: with the content length they would say where in the paste the customer data
 * sat, which no reviewer needs. Full URLs are reduced to hosts: paths and queries can carry customer data.
 */
import type { PiiType } from '../classifier/types';
import { guardNote, type RecordDraft } from '../db';
import type { GuardEvent } from '../messages';
import type { Policy } from '../policy/schema';
import type { ChainRecord } from '../wire/record';

export type Fingerprinter = (type: PiiType, value: string) => Promise<string>;

const ACTIONS: Record<GuardEvent['outcome'], ChainRecord['action']> = {
  blocked: 'block',
  warned: 'warn',
  overridden: 'allow',
  allowed: 'allow',
  audited: 'audit',
};

export async function toGuardRecordDraft(event: GuardEvent, fingerprint: Fingerprinter, policy: Policy): Promise<RecordDraft> {
  const findings = await Promise.all(
    event.findings.map(async ({ type, masked, detector, score, evidence, value }) => ({
      type,
      masked,
      fingerprint: await fingerprint(type, value),
      detector,
      score,
      evidence,
    })),
  );
  const { destination } = event;
  const channelId = destination.channelId;
  // The guard names the channel; its kind comes from the policy the worker holds ('other' if it changed since).
  const kind = policy.supervisedChannels.find((channel) => channel.id === channelId)?.kind ?? 'other';
  return {
    kind: `${event.surface}.${event.outcome}`,
    site: { host: destination.host, status: destination.status },
    channel: channelId === undefined ? null : { id: channelId, kind },
    findings,
    action: ACTIONS[event.outcome],
    justification: event.justification ?? null,
    // The version the guard decided under, which may be older than the worker's by a push in flight.
    policyVersion: event.policyVersion,
    message: null,
    note: guardNote(hostOf(event.frameUrl), hostOf(event.topUrl ?? event.frameUrl), event.contentLength, event.fileName),
  };
}

function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host || parsed.protocol;
  } catch {
    return 'invalid-url';
  }
}
