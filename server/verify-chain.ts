/**
 * The checks behind `npm run verify:store` and `npm run verify -- <export>` (issue #3), over plain data so the
 * live database and an examiner's export are proven by the same code: every batch is signed by its device,
 * every record is the one in its signed batch, the chain links from its anchor, and every receipt is signed by
 * the endpoint and names a chain head that is there.
 */
import { createHash, createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { canonicalRecordText, chainInput, GENESIS_HASH } from '../utils/chain';
import { receiptSigningText } from '../utils/wire/headers';

export interface DeviceMaterial {
  deviceId: string;
  publicJwk: unknown;
  batches: ReadonlyArray<{ id: number; body: Buffer; bodySha256?: Buffer; signature: Buffer }>;
  /** In the order they are stored or listed: a reordering shows up as broken links. */
  events: ReadonlyArray<{ seq: number; prevHash: string; hash: string; canonical: string; batchId: number }>;
  receipts: ReadonlyArray<{ batchId: number; ackedThroughSeq: number; chainHead: string; serverTime: string; signature: string }>;
  /** The link before the first record: genesis for a full history, the prior record for an export from a date. */
  anchor?: { seq: number; hash: string };
}

export interface VerificationCounts {
  devices: number;
  batches: number;
  records: number;
  receipts: number;
  problems: string[];
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const p1363 = (key: KeyObject, data: Buffer, signature: Buffer) => verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature);

export function publicKeyOf(jwk: unknown): KeyObject {
  return createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
}

export function verifyDeviceMaterial(material: DeviceMaterial, receiptKey: KeyObject | null, report: VerificationCounts): void {
  const { deviceId } = material;
  report.devices += 1;
  const key = publicKeyOf(material.publicJwk);
  const batchRecords = new Map<number, Map<number, Record<string, unknown>>>();
  for (const batch of material.batches) {
    report.batches += 1;
    if (batch.bodySha256 && !createHash('sha256').update(batch.body).digest().equals(batch.bodySha256)) report.problems.push(`batch ${batch.id}: body_sha256 does not match the body`);
    if (!p1363(key, batch.body, batch.signature)) report.problems.push(`batch ${batch.id}: device signature does not verify`);
    let records: Record<string, unknown>[] = [];
    try {
      records = (JSON.parse(batch.body.toString('utf8')) as { records: Record<string, unknown>[] }).records;
    } catch {
      report.problems.push(`batch ${batch.id}: body is not the JSON batch it should be`);
    }
    batchRecords.set(batch.id, new Map(records.map((record) => [Number(record.seq), record])));
  }
  const hashes = new Map<number, string>();
  let previous = material.anchor ?? { seq: 0, hash: GENESIS_HASH };
  for (const event of material.events) {
    report.records += 1;
    const where = `device ${deviceId} seq ${event.seq}`;
    if (event.seq !== previous.seq + 1) report.problems.push(`${where}: gap after seq ${previous.seq}`);
    if (event.prevHash !== previous.hash) report.problems.push(`${where}: prev_hash does not link to seq ${previous.seq}`);
    if (sha256Hex(previous.hash + event.canonical) !== event.hash) report.problems.push(`${where}: hash does not match the stored record`);
    const signed = batchRecords.get(event.batchId)?.get(event.seq);
    if (!signed || signed.hash !== event.hash || canonicalRecordText(signed) !== event.canonical) {
      report.problems.push(`${where}: differs from the record in signed batch ${event.batchId}`);
    } else if (sha256Hex(chainInput(previous.hash, signed)) !== event.hash) {
      report.problems.push(`${where}: signed record does not hash to its stored hash`);
    }
    hashes.set(event.seq, event.hash);
    previous = { seq: event.seq, hash: event.hash };
  }
  for (const receipt of material.receipts) {
    report.receipts += 1;
    const text = receiptSigningText({ deviceId, ackedThroughSeq: receipt.ackedThroughSeq, chainHead: receipt.chainHead, serverTime: receipt.serverTime });
    if (!receiptKey || !p1363(receiptKey, Buffer.from(text, 'utf8'), Buffer.from(receipt.signature, 'base64url'))) {
      report.problems.push(`receipt of batch ${receipt.batchId}: endpoint signature does not verify`);
    }
    if (hashes.get(receipt.ackedThroughSeq) !== receipt.chainHead) {
      report.problems.push(`receipt of batch ${receipt.batchId}: chain head at seq ${receipt.ackedThroughSeq} is not the stored one`);
    }
  }
}
