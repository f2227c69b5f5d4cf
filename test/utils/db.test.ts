import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ChannelGuardDatabase, type RecordDraft } from '../../utils/db';

const databases: ChannelGuardDatabase[] = [];
function freshDatabase(): ChannelGuardDatabase {
  const db = new ChannelGuardDatabase(`test-${crypto.randomUUID()}`);
  databases.push(db);
  return db;
}
afterEach(async () => {
  const opened = databases.splice(0);
  for (const db of opened) db.close();
  for (const name of new Set(opened.map((db) => db.name))) await Dexie.delete(name);
});

const blocked = (time?: string): RecordDraft => ({
  kind: 'paste.blocked',
  action: 'blocked',
  surface: 'paste',
  frameHost: 'mail.personal.test',
  siteHost: 'mail.personal.test',
  destination: { status: 'unapproved', host: 'mail.personal.test' },
  findings: [{ type: 'US_SSN', masked: '***-**-6789', fingerprint: 'f'.repeat(64), detector: 'ssn', score: 0.97, evidence: { context: [] } }],
  contentLength: 11,
  policyVersion: 'bundled-default',
  ...(time === undefined ? {} : { time }),
});

describe('ChannelGuardDatabase', () => {
  it('gives records ids, times and the sequence 1, 2, 3', async () => {
    const db = freshDatabase();
    const first = await db.appendRecord(blocked());
    const second = await db.appendPolicyRejected([{ key: 'approvedSites', error: 'bad' }], 'managed:abc');
    expect([first.seq, second.seq]).toEqual([1, 2]);
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.id).not.toBe(second.id);
    expect(Date.parse(first.time)).not.toBeNaN();
  });

  it('keeps the sequence contiguous under 50 concurrent appends from two connections', async () => {
    const db = freshDatabase();
    const other = new ChannelGuardDatabase(db.name);
    databases.push(other);
    const records = await Promise.all(Array.from({ length: 50 }, (_, index) => (index % 2 ? db : other).appendRecord(blocked())));
    expect(records.map((record) => record.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    expect(await db.records.count()).toBe(50);
  });

  it('counts today\'s records of one outcome from local midnight', async () => {
    const db = freshDatabase();
    const now = new Date(2026, 10, 22, 15, 0);
    const yesterday = new Date(2026, 10, 21, 23, 59).toISOString();
    const thisMorning = new Date(2026, 10, 22, 0, 1).toISOString();
    await db.appendRecord(blocked(yesterday));
    await db.appendRecord(blocked(thisMorning));
    await db.appendRecord(blocked(thisMorning));
    await db.appendRecord({ ...blocked(thisMorning), kind: 'paste.allowed', action: 'allowed' } as RecordDraft);
    await db.appendPolicyRejected([], 'bundled-default');
    expect(await db.countToday('blocked', now)).toBe(2);
    expect(await db.countToday('allowed', now)).toBe(1);
  });

  it('lists the newest records first', async () => {
    const db = freshDatabase();
    for (let index = 0; index < 5; index += 1) await db.appendRecord(blocked());
    expect((await db.recentRecords(3)).map((record) => record.seq)).toEqual([5, 4, 3]);
  });

  it('opens at the latest declared version with the indexes the verbs use, and keeps rows across reopening', async () => {
    const db = freshDatabase();
    await db.appendRecord(blocked());
    db.close();
    const raw = await new Dexie(db.name).open();
    expect(raw.verno).toBe(1);
    expect(raw.table('records').schema.primKey.name).toBe('seq');
    expect(raw.table('records').schema.indexes.map((index) => index.name).sort()).toEqual(['[action+time]', 'id', 'kind', 'time']);
    raw.close();
    const reopened = new ChannelGuardDatabase(db.name);
    databases.push(reopened);
    expect((await reopened.appendRecord(blocked())).seq).toBe(2);
  });
});
