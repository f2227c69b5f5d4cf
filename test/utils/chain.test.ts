import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, chainInput, findChainProblem, GENESIS_HASH, hashRecord } from '../../utils/chain';

describe('canonicalJson (RFC 8785 style)', () => {
  it.each([
    [{ b: 1, a: [true, null, 'x'] }, '{"a":[true,null,"x"],"b":1}'],
    [{ 'é': 1, z: 2, A: 3 }, '{"A":3,"z":2,"é":1}'],
    [{ nested: { y: 1, x: { d: 0, c: -0.5 } } }, '{"nested":{"x":{"c":-0.5,"d":0},"y":1}}'],
    ['line\nbreak "quoted" \u2028', '"line\\nbreak \\"quoted\\" \u2028"'],
    [1e21, '1e+21'],
    [[], '[]'],
  ])('%j → %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it.each([[Number.NaN], [Infinity], [{ a: undefined }], [() => 1]])('refuses %s', (value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it('does not depend on key insertion order', () => {
    expect(canonicalJson({ seq: 1, id: 'a', kind: 'k' })).toBe(canonicalJson({ kind: 'k', id: 'a', seq: 1 }));
  });
});

describe('hashRecord', () => {
  it('is SHA-256 of prevHash followed by the canonical record without its hash, in hex', async () => {
    const record = { seq: 1, prevHash: GENESIS_HASH, kind: 'paste.blocked', hash: 'ignored' };
    const expected = createHash('sha256').update(`${GENESIS_HASH}{"kind":"paste.blocked","prevHash":"${GENESIS_HASH}","seq":1}`).digest('hex');
    expect(chainInput(GENESIS_HASH, record)).toBe(`${GENESIS_HASH}{"kind":"paste.blocked","prevHash":"${GENESIS_HASH}","seq":1}`);
    expect(await hashRecord(GENESIS_HASH, record)).toBe(expected);
  });
});

describe('findChainProblem', () => {
  async function chain(length: number) {
    const records: Array<{ seq: number; prevHash: string; hash: string; note: string }> = [];
    let head = GENESIS_HASH;
    for (let seq = 1; seq <= length; seq += 1) {
      const unhashed = { seq, prevHash: head, note: `n${seq}` };
      head = await hashRecord(head, unhashed);
      records.push({ ...unhashed, hash: head });
    }
    return records;
  }

  it('accepts an intact chain and reports the first seq, prevHash or hash problem', async () => {
    const records = await chain(4);
    expect(await findChainProblem(records, { seq: 0, hash: GENESIS_HASH })).toBeNull();
    expect(await findChainProblem(records.slice(1), { seq: 0, hash: GENESIS_HASH })).toMatchObject({ problem: 'seq', index: 0, expectedSeq: 1 });
    expect(await findChainProblem(records.slice(1), { seq: 1, hash: 'f'.repeat(64) })).toMatchObject({ problem: 'prevHash', index: 0 });
    const edited = records.map((record) => (record.seq === 3 ? { ...record, note: 'edited' } : record));
    expect(await findChainProblem(edited, { seq: 0, hash: GENESIS_HASH })).toMatchObject({ problem: 'hash', index: 2 });
  });
});
