/**
 * Records are stored exactly in their wire form (utils/wire/record.ts), so what the broker sees, what the
 * device hashes and what the endpoint receives are one object (DESIGN.md decisions 4 and 6). Pure.
 */
import { hashRecord } from '../chain';
import type { ChainRecord } from '../wire/record';

export type LocalRecord = ChainRecord;

/** What a caller hands in; the database assigns id, seq, prevHash, hash and (unless given) deviceTime. */
export type RecordDraft = Omit<ChainRecord, 'id' | 'seq' | 'deviceTime' | 'prevHash' | 'hash'> & { deviceTime?: string };

/** A record without findings, site or message: chain.broken, storage.full, notice.acknowledged, … */
export function noteDraft(kind: RecordDraft['kind'], note: string, policyVersion: string, deviceTime?: string): RecordDraft {
  const draft: RecordDraft = {
    kind,
    site: null,
    channel: null,
    findings: [],
    action: 'none',
    justification: null,
    policyVersion,
    message: null,
    note: note.slice(0, 2000),
  };
  if (deviceTime !== undefined) draft.deviceTime = deviceTime;
  return draft;
}

/**
 * Chains drafts after `head`. Keys are picked one by one: a stray property on a draft would change the hash
 * the endpoint recomputes from the wire form, and an `undefined` one would make the record unhashable.
 */
export async function chainDrafts(drafts: readonly (RecordDraft & { id?: string })[], head: { seq: number; hash: string }, now = new Date()): Promise<LocalRecord[]> {
  const records: LocalRecord[] = [];
  let { seq, hash: prevHash } = head;
  for (const draft of drafts) {
    seq += 1;
    const unhashed: Omit<LocalRecord, 'hash'> = {
      id: draft.id ?? crypto.randomUUID(),
      seq,
      deviceTime: draft.deviceTime ?? now.toISOString(),
      kind: draft.kind,
      site: draft.site,
      channel: draft.channel,
      findings: draft.findings,
      action: draft.action,
      justification: draft.justification,
      policyVersion: draft.policyVersion,
      message: draft.message,
      note: draft.note,
      prevHash,
    };
    const hash = await hashRecord(prevHash, unhashed);
    records.push({ ...unhashed, hash });
    prevHash = hash;
  }
  return records;
}

/** The guard facts the wire record has no field for. */
export function guardNote(frameHost?: string, siteHost?: string, contentLength?: number, fileName?: string): string | null {
  const parts: string[] = [];
  if (frameHost !== undefined && siteHost !== undefined) parts.push(frameHost === siteHost ? `page ${siteHost}` : `frame ${frameHost} in page ${siteHost}`);
  if (contentLength !== undefined) parts.push(`${contentLength} characters`);
  if (fileName !== undefined) parts.push(`file ${fileName}`);
  return parts.length === 0 ? null : parts.join('; ');
}
