/**
 * The one Dexie owner (STYLE.md §8): the schema, every version in order, and the verbs the rest of the
 * extension may call. Nothing else touches the tables.
 *
 * Records are the device's evidence (DESIGN.md decision 4): each takes the next device sequence number inside
 * the same transaction that stores it, so concurrent tabs still produce 1, 2, 3… with no gap or repeat. The
 * hash chain (a later issue) will hash records in `seq` order. Records never hold a customer value in clear
 * (decision 3): findings carry type, masked form, keyed fingerprint, detector and evidence only.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { GuardEvent } from './messages';
import type { Evidence, PiiType } from './classifier/types';

type GuardOutcome = GuardEvent['outcome'];
type GuardSurface = GuardEvent['surface'];

export interface RecordedFinding {
  type: PiiType;
  masked: string;
  /** HMAC-SHA-256 of the value under the firm's (or this install's) key: repeats correlate, the value stays out. */
  fingerprint: string;
  detector: string;
  score: number;
  evidence: Evidence;
}

interface RecordBase {
  /** Device sequence number: 1, 2, 3… without gaps. */
  seq: number;
  id: string;
  /** ISO 8601, UTC. */
  time: string;
  policyVersion: string;
}

export interface GuardRecord extends RecordBase {
  kind: `${GuardSurface}.${GuardOutcome}`;
  action: GuardOutcome;
  surface: GuardSurface;
  /** Host of the frame the data was headed for, and of the top-level page (they differ in iframes). */
  frameHost: string;
  siteHost: string;
  destination: GuardEvent['destination'];
  findings: RecordedFinding[];
  justification?: string;
  contentLength: number;
  fileName?: string;
}

export interface PolicyRejectedRecord extends RecordBase {
  kind: 'policy.rejected';
  rejected: { key: string; error: string }[];
}

export type StoredRecord = GuardRecord | PolicyRejectedRecord;
/** What a caller hands in; the database assigns seq, id and (unless given) time. */
export type RecordDraft = DistributiveOmit<StoredRecord, 'seq' | 'id' | 'time'> & { time?: string };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export const DATABASE_NAME = 'channel-guard';

export class ChannelGuardDatabase extends Dexie {
  records!: EntityTable<StoredRecord, 'seq'>;

  constructor(name = DATABASE_NAME) {
    // Chrome's IndexedDB default is 'relaxed' since Chrome 121: a record acknowledged to the guard must survive a crash.
    super(name, { chromeTransactionDurability: 'strict' });
    // Versions in order, never edited once released; a new version adds `.upgrade()` for existing rows.
    this.version(1).stores({ records: 'seq, &id, time, kind, [action+time]' });
  }

  /** Stores a record with the next sequence number, taken in the same read-write transaction. */
  appendRecord(draft: RecordDraft): Promise<StoredRecord> {
    return this.transaction('rw', this.records, async () => {
      const last = await this.records.orderBy('seq').last();
      const record = { ...draft, seq: (last?.seq ?? 0) + 1, id: crypto.randomUUID(), time: draft.time ?? new Date().toISOString() } as StoredRecord;
      await this.records.add(record);
      return record;
    });
  }

  appendGuardRecord(draft: DistributiveOmit<GuardRecord, 'seq' | 'id' | 'time'> & { time?: string }): Promise<StoredRecord> {
    return this.appendRecord(draft);
  }

  appendPolicyRejected(rejected: PolicyRejectedRecord['rejected'], policyVersion: string): Promise<StoredRecord> {
    return this.appendRecord({ kind: 'policy.rejected', rejected, policyVersion });
  }

  /** Guard records with this outcome since local midnight of `now` (the badge shows today's blocks). */
  countToday(action: GuardOutcome, now = new Date()): Promise<number> {
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
    return this.records.where('[action+time]').between([action, midnight], [action, Dexie.maxKey], true, true).count();
  }

  /** The newest records first. */
  recentRecords(limit = 50): Promise<StoredRecord[]> {
    return this.records.orderBy('seq').reverse().limit(limit).toArray();
  }
}

let shared: ChannelGuardDatabase | undefined;

/** The worker's one connection, opened on first use. */
export function getDatabase(): ChannelGuardDatabase {
  shared ??= new ChannelGuardDatabase();
  return shared;
}
