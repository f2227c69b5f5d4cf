/**
 * Version 1 stored guard records in the worker's own shape, without a hash chain (issue #2). Version 2 stores
 * the wire record (issue #4): the upgrade maps each v1 row in seq order and chains them from genesis, keeping
 * ids, sequence numbers and times, so nothing recorded before the update is lost or renumbered.
 */
import type { Transaction } from 'dexie';
import Dexie from 'dexie';
import { GENESIS_HASH } from '../chain';
import type { ChainRecord } from '../wire/record';
import { chainDrafts, guardNote, type RecordDraft } from './records';

/** The v1 row, read loosely: it was written by older code and is mapped field by field. */
interface V1Row {
  seq: number;
  id: string;
  time: string;
  kind: string;
  policyVersion: string;
  action?: string;
  destination?: { status: 'supervised' | 'approved' | 'unapproved'; host: string; channelId?: string };
  findings?: ChainRecord['findings'];
  justification?: string;
  frameHost?: string;
  siteHost?: string;
  contentLength?: number;
  fileName?: string;
  rejected?: { key: string; error: string }[];
}

const V1_ACTIONS: Record<string, ChainRecord['action']> = { blocked: 'block', warned: 'warn', overridden: 'allow', allowed: 'allow', audited: 'audit' };

function toDraft(row: V1Row): RecordDraft {
  const base = { deviceTime: row.time, policyVersion: row.policyVersion, message: null, justification: row.justification ?? null };
  if (row.kind === 'policy.rejected') {
    const note = (row.rejected ?? []).map(({ key, error }) => `${key}: ${error}`).join('\n');
    return { ...base, kind: 'policy.rejected', site: null, channel: null, findings: [], action: 'none', note };
  }
  const destination = row.destination ?? { status: 'unapproved' as const, host: row.siteHost ?? 'unknown' };
  return {
    ...base,
    kind: row.kind as RecordDraft['kind'],
    site: { host: destination.host, status: destination.status },
    // v1 kept no channel kind; 'other' is the schema's neutral choice.
    channel: destination.channelId === undefined ? null : { id: destination.channelId, kind: 'other' },
    findings: row.findings ?? [],
    action: V1_ACTIONS[row.action ?? ''] ?? 'none',
    note: guardNote(row.frameHost, row.siteHost, row.contentLength, row.fileName),
  };
}

export async function upgradeV1Records(transaction: Transaction): Promise<void> {
  const rows = await transaction.table<V1Row, number>('records').orderBy('seq').toArray();
  if (rows.length === 0) return;
  // v1's numbering is already 1, 2, 3… without gaps (one transaction per append): keep it, the ids and the times.
  const records = await Dexie.waitFor(chainDrafts(rows.map((row) => ({ ...toDraft(row), id: row.id })), { seq: 0, hash: GENESIS_HASH }));
  const table = transaction.table<ChainRecord, number>('records');
  await table.clear();
  await table.bulkAdd(records);
}
