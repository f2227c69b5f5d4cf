/**
 * The one Dexie owner (STYLE.md §8): the schema, every version in order, and the verbs the rest of the
 * extension may call. Nothing else touches the tables.
 *
 * Records are the device's evidence (DESIGN.md decision 4): each takes the next sequence number and the
 * previous hash inside the same read-write transaction that stores it, so concurrent tabs still produce a
 * contiguous chain 1, 2, 3… (IndexedDB runs read-write transactions on one store one after another).
 * Records never hold a customer value in clear (decision 3).
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import { GENESIS_HASH } from '../chain';
import type { Receipt } from '../wire/device-api';
import { chainDrafts, type LocalRecord, type RecordDraft } from './records';
import type { PolicySnapshot, StateValues } from './state-types';
import { upgradeV1Records } from './v1-upgrade';

export { guardNote, noteDraft, type LocalRecord, type RecordDraft } from './records';
export type * from './state-types';

export interface StoredReceipt extends Receipt {
  /** When this device verified and kept it. */
  receivedAt: string;
}

export const DATABASE_NAME = 'channel-guard';

export class ChannelGuardDatabase extends Dexie {
  records!: EntityTable<LocalRecord, 'seq'>;
  receipts!: EntityTable<StoredReceipt, 'ackedThroughSeq'>;
  policySnapshots!: EntityTable<PolicySnapshot, 'id'>;
  state!: Table<{ key: string; value: unknown }, string>;

  constructor(name = DATABASE_NAME) {
    // Chrome's IndexedDB default is 'relaxed' since Chrome 121: a record acknowledged to the guard must survive a crash.
    super(name, { chromeTransactionDurability: 'strict' });
    // Versions in order, never edited once released; a new version adds `.upgrade()` for existing rows.
    this.version(1).stores({ records: 'seq, &id, time, kind, [action+time]' });
    this.version(2)
      .stores({
        records: 'seq, &id, deviceTime, kind, [action+deviceTime]',
        receipts: 'ackedThroughSeq',
        policySnapshots: '++id, appliedAt',
        state: 'key',
      })
      .upgrade(upgradeV1Records);
  }

  /** Stores a record with the next sequence number and the previous hash, taken in the same transaction. */
  async appendRecord(draft: RecordDraft): Promise<LocalRecord> {
    const [record] = await this.appendRecords([draft]);
    return record!;
  }

  /** Stores consecutive records in one transaction (all or none). */
  appendRecords(drafts: readonly RecordDraft[]): Promise<LocalRecord[]> {
    return this.transaction('rw', this.records, async () => {
      const last = await this.records.orderBy('seq').last();
      // waitFor keeps the transaction alive across WebCrypto's digest, which is not an IndexedDB request.
      const records = await Dexie.waitFor(chainDrafts(drafts, { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH }));
      await this.records.bulkAdd(records);
      return records;
    });
  }

  /** Blocks since local midnight of `now` (the badge and the popup show today's blocks). */
  countBlockedToday(now = new Date()): Promise<number> {
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
    return this.records.where('[action+deviceTime]').between(['block', midnight], ['block', Dexie.maxKey], true, true).count();
  }

  /** The newest records first. */
  recentRecords(limit = 50): Promise<LocalRecord[]> {
    return this.records.orderBy('seq').reverse().limit(limit).toArray();
  }

  /** Every kept record, oldest first (the chain check at worker start). */
  allRecords(): Promise<LocalRecord[]> {
    return this.records.orderBy('seq').toArray();
  }

  recordAt(seq: number): Promise<LocalRecord | undefined> {
    return this.records.get(seq);
  }

  async readState<K extends keyof StateValues>(key: K): Promise<StateValues[K] | undefined> {
    const row = await this.state.get(key);
    return row?.value as StateValues[K] | undefined;
  }

  async writeState<K extends keyof StateValues>(key: K, value: StateValues[K]): Promise<void> {
    await this.state.put({ key, value });
  }

  async deliveredThroughSeq(): Promise<number> {
    return (await this.readState('outbox'))?.deliveredThroughSeq ?? 0;
  }

  /** Records no receipt covers yet, oldest first. */
  async unsentRecords(limit: number, fromSeq?: number): Promise<LocalRecord[]> {
    const after = fromSeq === undefined ? await this.deliveredThroughSeq() : fromSeq - 1;
    return this.records.where('seq').above(after).limit(limit).toArray();
  }

  async queueSummary(): Promise<{ queued: number; oldest: LocalRecord | undefined }> {
    return this.transaction('r', this.records, this.state, async () => {
      const after = await this.deliveredThroughSeq();
      const unsent = this.records.where('seq').above(after);
      return { queued: await unsent.count(), oldest: await unsent.first() };
    });
  }

  /** Keeps a verified receipt and marks every record it covers delivered, in one transaction. */
  acceptReceipt(receipt: Receipt, now = new Date()): Promise<void> {
    return this.transaction('rw', this.receipts, this.state, async () => {
      await this.receipts.put({ ...receipt, receivedAt: now.toISOString() });
      const delivered = await this.deliveredThroughSeq();
      if (receipt.ackedThroughSeq > delivered) await this.writeState('outbox', { deliveredThroughSeq: receipt.ackedThroughSeq });
    });
  }

  latestReceipt(): Promise<StoredReceipt | undefined> {
    return this.receipts.orderBy('ackedThroughSeq').last();
  }

  /**
   * Drops records older than `cutoff` that a receipt covers. The delivered mark is read in the same transaction,
   * so a record without a receipt is never removed, however old (issue #4).
   */
  pruneDelivered(cutoff: Date): Promise<number> {
    return this.transaction('rw', this.records, this.state, async () => {
      const delivered = await this.deliveredThroughSeq();
      return this.records.where('seq').belowOrEqual(delivered).filter((record) => record.deviceTime < cutoff.toISOString()).delete();
    });
  }

  addPolicySnapshot(snapshot: Omit<PolicySnapshot, 'id'>): Promise<number> {
    return this.policySnapshots.add(snapshot as PolicySnapshot);
  }

  latestPolicySnapshot(): Promise<PolicySnapshot | undefined> {
    return this.policySnapshots.orderBy('id').last();
  }
}

let shared: ChannelGuardDatabase | undefined;

/** The worker's one connection, opened on first use. */
export function getDatabase(): ChannelGuardDatabase {
  shared ??= new ChannelGuardDatabase();
  return shared;
}
