import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findChainProblem, GENESIS_HASH } from '../../../utils/chain';
import { ChannelGuardDatabase, noteDraft } from '../../../utils/db';
import { createRecordWriter } from '../../../utils/worker/record-writer';

let db: ChannelGuardDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  db = new ChannelGuardDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const quotaError = () => Object.assign(new Error('QuotaExceededError: the disk is full'), { name: 'QuotaExceededError' });

it('keeps records through a full disk and writes a storage.full record ahead of them when space returns', async () => {
  const stored = vi.fn();
  const writer = createRecordWriter(db, stored);
  await writer.append(noteDraft('notice.acknowledged', 'before', 'v1'));
  const full = vi.spyOn(db, 'appendRecords').mockRejectedValue(quotaError());

  expect(await writer.append(noteDraft('notice.acknowledged', 'during 1', 'v1'))).toBeNull();
  expect(await writer.append(noteDraft('notice.acknowledged', 'during 2', 'v1'))).toBeNull();
  expect(writer.pendingError()).toContain('Storage is full: 2 record(s)');
  expect(await fakeBrowser.storage.session.get('records.pending')).toHaveProperty(['records.pending', 'drafts', 'length'], 2);

  full.mockRestore();
  await writer.flush();
  expect(writer.pendingError()).toBeNull();
  const records = await db.allRecords();
  expect(records.map((record) => [record.kind, record.note?.slice(0, 10)])).toEqual([
    ['notice.acknowledged', 'before'],
    ['storage.full', 'storage wa'],
    ['notice.acknowledged', 'during 1'],
    ['notice.acknowledged', 'during 2'],
  ]);
  expect(records[1]?.note).toContain('2 record(s) waited');
  expect(await findChainProblem(records, { seq: 0, hash: GENESIS_HASH })).toBeNull();
  expect(await fakeBrowser.storage.session.get('records.pending')).toEqual({});
});

it('a restarted worker picks up records that waited in storage.session', async () => {
  const first = createRecordWriter(db, () => undefined);
  vi.spyOn(db, 'appendRecords').mockRejectedValueOnce(quotaError());
  await first.append(noteDraft('notice.acknowledged', 'waiting', 'v1'));
  const restarted = createRecordWriter(db, () => undefined);
  await restarted.flush();
  expect((await db.allRecords()).map((record) => record.kind)).toEqual(['storage.full', 'notice.acknowledged']);
});

it('does not swallow errors other than a full disk', async () => {
  const writer = createRecordWriter(db, () => undefined);
  vi.spyOn(db, 'appendRecords').mockRejectedValueOnce(new Error('boom'));
  await expect(writer.append(noteDraft('notice.acknowledged', 'x', 'v1'))).rejects.toThrow('boom');
});
