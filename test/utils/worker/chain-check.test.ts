import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ChannelGuardDatabase, noteDraft } from '../../../utils/db';
import { checkOwnChain, findBrokenRanges } from '../../../utils/worker/chain-check';

let db: ChannelGuardDatabase;
beforeEach(() => {
  db = new ChannelGuardDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const append = (draft: Parameters<ChannelGuardDatabase['appendRecord']>[0]) => db.appendRecord(draft);
const drafts = (count: number) => Array.from({ length: count }, (_, index) => noteDraft('notice.acknowledged', `n${index}`, 'v1'));

it('finds nothing in an intact chain, also after old records were pruned', async () => {
  await db.appendRecords(drafts(6));
  await db.records.bulkDelete([1, 2]);
  expect(await findBrokenRanges(await db.allRecords())).toEqual([]);
});

it('names the seq ranges of altered and missing records', async () => {
  await db.appendRecords(drafts(10));
  await db.records.update(3, { note: 'edited' });
  await db.records.update(4, { note: 'edited too' });
  await db.records.delete(8);
  expect(await findBrokenRanges(await db.allRecords())).toEqual([[3, 4], [9, 9]]);
});

it('records a break once as chain.broken, not at every worker start', async () => {
  await db.appendRecords(drafts(3));
  await db.records.update(2, { note: 'edited' });
  expect(await checkOwnChain(db, append, 'v1')).toEqual([[2, 2]]);
  await checkOwnChain(db, append, 'v1');
  const broken = (await db.allRecords()).filter((record) => record.kind === 'chain.broken');
  expect(broken).toHaveLength(1);
  expect(broken[0]?.note).toContain('seq 2 no longer verify');
});
