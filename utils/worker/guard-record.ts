/**
 * A guard event becomes a record draft: each finding's value is replaced by its keyed fingerprint and
 * dropped here, before anything is stored (DESIGN.md decision 3). Offsets are dropped too: with the
 * content length they would say where in the paste the customer data sat, which no reviewer needs.
 */
import type { PiiType } from '../classifier/types';
import type { GuardRecord, RecordedFinding } from '../db';
import type { GuardEvent } from '../messages';

export type Fingerprinter = (type: PiiType, value: string) => Promise<string>;
export type GuardRecordDraft = Omit<GuardRecord, 'seq' | 'id' | 'time'>;

export async function toGuardRecordDraft(event: GuardEvent, fingerprint: Fingerprinter): Promise<GuardRecordDraft> {
  const findings = await Promise.all(
    event.findings.map(async ({ type, masked, detector, score, evidence, value }): Promise<RecordedFinding> => ({
      type,
      masked,
      fingerprint: await fingerprint(type, value),
      detector,
      score,
      evidence,
    })),
  );
  const draft: GuardRecordDraft = {
    kind: `${event.surface}.${event.outcome}`,
    action: event.outcome,
    surface: event.surface,
    frameHost: hostOf(event.frameUrl),
    siteHost: hostOf(event.topUrl ?? event.frameUrl),
    destination: event.destination,
    findings,
    contentLength: event.contentLength,
    policyVersion: event.policyVersion,
  };
  if (event.justification !== undefined) draft.justification = event.justification;
  if (event.fileName !== undefined) draft.fileName = event.fileName;
  return draft;
}

/** Records keep hosts, not full URLs: paths and queries can carry customer data themselves. */
function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host || parsed.protocol;
  } catch {
    return 'invalid-url';
  }
}
