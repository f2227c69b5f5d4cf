/**
 * The per-device hash chain (DESIGN.md decision 4), shared by the extension's worker and the endpoint.
 * Pure: WebCrypto's `crypto.subtle` exists in MV3 service workers and in Node ≥ 20, so no imports.
 *
 *   hash = lowercase hex SHA-256( UTF-8( prevHash ‖ canonicalJson(record without its `hash` key) ) )
 *
 * `prevHash` is the previous record's `hash` (64 hex digits; GENESIS_HASH before seq 1) and is also a field of
 * the record, so it is covered twice — deliberately: the concatenation makes the chain explicit and the field
 * makes a record self-describing for examiners.
 */

/** The `prevHash` of a device's first record (seq 1). */
export const GENESIS_HASH = '0'.repeat(64);

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * RFC 8785 (JCS) canonical JSON: object keys sorted by UTF-16 code units, no whitespace, strings and numbers
 * serialized as ECMAScript's JSON.stringify does (which is what JCS specifies). Throws on values JSON cannot hold.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => {
        const member: unknown = (value as Record<string, unknown>)[key];
        if (member === undefined) throw new TypeError(`canonicalJson: undefined at key ${key}`);
        return `${JSON.stringify(key)}:${canonicalJson(member)}`;
      });
    return `{${entries.join(',')}}`;
  }
  throw new TypeError(`canonicalJson: cannot serialize ${typeof value}`);
}

/** The record as hashed: every key except `hash`, canonicalized. */
export function canonicalRecordText(record: Readonly<Record<string, unknown>>): string {
  const { hash: _hash, ...rest } = record;
  return canonicalJson(rest);
}

/** The exact string whose UTF-8 bytes are hashed. Exposed so a synchronous hasher (node:crypto) can be used. */
export function chainInput(prevHash: string, record: Readonly<Record<string, unknown>>): string {
  return prevHash + canonicalRecordText(record);
}

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  for (const byte of view) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** The record's chain hash with WebCrypto (browser worker, Node, tests). */
export async function hashRecord(prevHash: string, record: Readonly<Record<string, unknown>>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(chainInput(prevHash, record)));
  return toHex(digest);
}

export interface ChainedRecord {
  seq: number;
  prevHash: string;
  hash: string;
}

export type ChainProblem =
  | { problem: 'seq'; index: number; expectedSeq: number; seq: number }
  | { problem: 'prevHash'; index: number; expectedPrevHash: string; prevHash: string }
  | { problem: 'hash'; index: number; expectedHash: string; hash: string };

/**
 * Checks consecutive records against a starting head: seqs follow on, each `prevHash` is the previous hash and
 * each `hash` is recomputed. `hasher` lets Node pass a synchronous SHA-256 (hex) of the chain input for speed.
 * Returns the first problem, or null when the whole run verifies.
 */
export async function findChainProblem<R extends ChainedRecord>(
  records: readonly R[],
  head: { seq: number; hash: string },
  hasher: (input: string) => string | Promise<string> = webCryptoSha256Hex,
): Promise<ChainProblem | null> {
  let expectedSeq = head.seq + 1;
  let expectedPrevHash = head.hash;
  for (const [index, record] of records.entries()) {
    if (record.seq !== expectedSeq) return { problem: 'seq', index, expectedSeq, seq: record.seq };
    if (record.prevHash !== expectedPrevHash) {
      return { problem: 'prevHash', index, expectedPrevHash, prevHash: record.prevHash };
    }
    const expectedHash = await hasher(chainInput(record.prevHash, record as unknown as Record<string, unknown>));
    if (record.hash !== expectedHash) return { problem: 'hash', index, expectedHash, hash: record.hash };
    expectedSeq += 1;
    expectedPrevHash = record.hash;
  }
  return null;
}

export async function webCryptoSha256Hex(input: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(input)));
}
