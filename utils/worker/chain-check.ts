/**
 * The worker checks its own chain at start (issue #4): every kept record must hash to its `hash` and link to
 * the previous one. A break becomes a `chain.broken` record naming the seq range, written once per distinct
 * break (not at every wake-up). The endpoint checks the same chain on arrival and refuses an altered record.
 */
import { chainInput, webCryptoSha256Hex } from '../chain';
import { noteDraft, type ChannelGuardDatabase, type LocalRecord, type RecordDraft } from '../db';

const HASH_CHUNK = 500;

/** Seq ranges of records that do not verify, e.g. [[4, 4], [9, 11]]. */
export async function findBrokenRanges(records: readonly LocalRecord[]): Promise<[number, number][]> {
  const broken: number[] = [];
  // Digests run in parallel chunks: a month of records (10,000+) is checked in about a second, not ten.
  for (let start = 0; start < records.length; start += HASH_CHUNK) {
    const chunk = records.slice(start, start + HASH_CHUNK);
    const hashes = await Promise.all(chunk.map((record) => webCryptoSha256Hex(chainInput(record.prevHash, record))));
    for (const [offset, record] of chunk.entries()) {
      const previous = start + offset > 0 ? records[start + offset - 1] : undefined;
      const linked = previous === undefined || (previous.seq + 1 === record.seq && record.prevHash === previous.hash);
      if (!linked || hashes[offset] !== record.hash) broken.push(record.seq);
    }
  }
  const ranges: [number, number][] = [];
  for (const seq of broken) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] + 1 === seq) last[1] = seq;
    else ranges.push([seq, seq]);
  }
  return ranges;
}

export async function checkOwnChain(
  db: ChannelGuardDatabase,
  appendRecord: (draft: RecordDraft) => Promise<unknown>,
  policyVersion: string,
): Promise<[number, number][]> {
  const ranges = await findBrokenRanges(await db.allRecords());
  const signature = JSON.stringify(ranges);
  const reported = await db.readState('chainCheck');
  if (ranges.length > 0 && reported?.reported !== signature) {
    const list = ranges.map(([from, to]) => (from === to ? `seq ${from}` : `seq ${from}–${to}`)).join(', ');
    await appendRecord(noteDraft('chain.broken', `local records altered or missing: ${list} no longer verify against the hash chain`, policyVersion));
  }
  await db.writeState('chainCheck', { reported: signature, checkedAt: new Date().toISOString() });
  return ranges;
}
