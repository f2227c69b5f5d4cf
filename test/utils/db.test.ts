import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { findChainProblem, GENESIS_HASH } from '../../utils/chain';
import { ChannelGuardDatabase, noteDraft, type RecordDraft } from '../../utils/db';
import { RecordSchema } from '../../utils/wire/record';

const databases: ChannelGuardDatabase[] = [];
function freshDatabase(name = `test-${crypto.randomUUID()}`): ChannelGuardDatabase {
  const db = new ChannelGuardDatabase(name);
  databases.push(db);
  return db;
}
afterEach(async () => {
  const opened = databases.splice(0);
  for (const db of opened) db.close();
  for (const name of new Set(opened.map((db) => db.name))) await Dexie.delete(name);
});

export const blocked = (deviceTime?: string): RecordDraft => ({
  kind: 'paste.blocked',
  site: { host: 'mail.personal.test', status: 'unapproved' },
  channel: null,
  findings: [{ type: 'US_SSN', masked: '***-**-6789', fingerprint: 'f'.repeat(64), detector: 'ssn', score: 0.97, evidence: { context: [] } }],
  action: 'block',
  justification: null,
  policyVersion: 'bundled-default',
  message: null,
  note: 'page mail.personal.test; 11 characters',
  ...(deviceTime === undefined ? {} : { deviceTime }),
});

describe('ChannelGuardDatabase', () => {
  it('stores wire records: ids, times, the sequence 1, 2, 3 and a hash chain from genesis', async () => {
    const db = freshDatabase();
    const first = await db.appendRecord(blocked());
    const second = await db.appendRecord(noteDraft('policy.rejected', 'approvedSites: bad', 'managed:abc'));
    expect([first.seq, second.seq]).toEqual([1, 2]);
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(second.prevHash).toBe(first.hash);
    for (const record of [first, second]) expect(RecordSchema.parse(record)).toEqual(record);
    expect(await findChainProblem(await db.allRecords(), { seq: 0, hash: GENESIS_HASH })).toBeNull();
  });

  it('keeps the sequence and the chain contiguous under 50 concurrent appends from two connections', async () => {
    const db = freshDatabase();
    const other = freshDatabase(db.name);
    const records = await Promise.all(Array.from({ length: 50 }, (_, index) => (index % 2 ? db : other).appendRecord(blocked())));
    expect(records.map((record) => record.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    expect(await findChainProblem(await db.allRecords(), { seq: 0, hash: GENESIS_HASH })).toBeNull();
  });

  it('counts today\'s blocks from local midnight', async () => {
    const db = freshDatabase();
    const now = new Date(2026, 10, 22, 15, 0);
    const yesterday = new Date(2026, 10, 21, 23, 59).toISOString();
    const thisMorning = new Date(2026, 10, 22, 0, 1).toISOString();
    await db.appendRecords([blocked(yesterday), blocked(thisMorning), blocked(thisMorning)]);
    await db.appendRecord({ ...blocked(thisMorning), kind: 'paste.allowed', action: 'allow' });
    await db.appendRecord(noteDraft('policy.rejected', 'x', 'bundled-default', thisMorning));
    expect(await db.countBlockedToday(now)).toBe(2);
  });

  it('lists the newest records first', async () => {
    const db = freshDatabase();
    for (let index = 0; index < 5; index += 1) await db.appendRecord(blocked());
    expect((await db.recentRecords(3)).map((record) => record.seq)).toEqual([5, 4, 3]);
  });

  it('upgrades version 1 rows to chained wire records, keeping ids, seqs and times', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ records: 'seq, &id, time, kind, [action+time]' });
    const time = '2026-11-20T10:00:00.000Z';
    await v1.table('records').bulkAdd([
      { seq: 1, id: crypto.randomUUID(), time, kind: 'paste.blocked', action: 'blocked', surface: 'paste', frameHost: 'w.other.test', siteHost: 'mail.personal.test', destination: { status: 'unapproved', host: 'mail.personal.test' }, findings: blocked().findings, contentLength: 11, policyVersion: 'bundled-default' },
      { seq: 2, id: crypto.randomUUID(), time, kind: 'policy.rejected', rejected: [{ key: 'approvedSites', error: 'bad pattern' }], policyVersion: 'managed:abc' },
    ]);
    const ids = (await v1.table('records').toArray()).map((row: { id: string }) => row.id);
    v1.close();

    const db = freshDatabase(name);
    const records = await db.allRecords();
    expect(records.map((record) => [record.seq, record.id, record.deviceTime, record.kind, record.action])).toEqual([
      [1, ids[0], time, 'paste.blocked', 'block'],
      [2, ids[1], time, 'policy.rejected', 'none'],
    ]);
    expect(records[0]?.note).toBe('frame w.other.test in page mail.personal.test; 11 characters');
    expect(records[1]?.note).toBe('approvedSites: bad pattern');
    for (const record of records) RecordSchema.parse(record);
    expect(await findChainProblem(records, { seq: 0, hash: GENESIS_HASH })).toBeNull();
    expect((await db.appendRecord(blocked())).prevHash).toBe(records[1]?.hash);
    expect(db.verno).toBe(2);
  });
});

describe('the outbox', () => {
  it('counts what no receipt covers and marks records delivered only through a receipt', async () => {
    const db = freshDatabase();
    const records = await db.appendRecords([blocked(), blocked(), blocked()]);
    expect((await db.queueSummary()).queued).toBe(3);
    await db.acceptReceipt({ deviceId: crypto.randomUUID(), ackedThroughSeq: 2, chainHead: records[1]!.hash, serverTime: new Date().toISOString(), signature: 'x'.repeat(86) });
    const summary = await db.queueSummary();
    expect([summary.queued, summary.oldest?.seq]).toEqual([1, 3]);
    expect((await db.unsentRecords(10)).map((record) => record.seq)).toEqual([3]);
    expect(await db.receipts.count()).toBe(1);
  });

  it('retention never deletes a record without a receipt, however old', async () => {
    const db = freshDatabase();
    const old = '2020-01-01T00:00:00.000Z';
    const records = await db.appendRecords([blocked(old), blocked(old), blocked(old), blocked()]);
    await db.acceptReceipt({ deviceId: crypto.randomUUID(), ackedThroughSeq: 1, chainHead: records[0]!.hash, serverTime: new Date().toISOString(), signature: 'x'.repeat(86) });
    expect(await db.pruneDelivered(new Date('2026-01-01'))).toBe(1);
    expect((await db.allRecords()).map((record) => record.seq)).toEqual([2, 3, 4]);
  });
});
