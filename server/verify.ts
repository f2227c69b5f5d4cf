/**
 * Re-proves what the endpoint stored, from the stored bytes alone (issue #3, SEC 17a-4(f) audit trail): every
 * batch is signed by its device, every record is the one in its signed batch, every device chain links from
 * genesis, and every receipt is signed by the endpoint and names a stored chain head. A tampered row surfaces
 * here even if someone with owner rights bypassed the append-only trigger.
 */
import { createHash, createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import type { Kysely } from 'kysely';
import { canonicalRecordText, chainInput, GENESIS_HASH } from '../utils/chain';
import { receiptSigningText } from '../utils/wire/headers';
import type { Database } from './db/schema';

export interface VerificationReport {
  devices: number;
  batches: number;
  records: number;
  receipts: number;
  problems: string[];
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const p1363 = (key: ReturnType<typeof createPublicKey>, data: Buffer, signature: Buffer) =>
  verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature);

async function verifyDevice(db: Kysely<Database>, deviceId: string, jwk: unknown, report: VerificationReport): Promise<Map<number, string>> {
  const key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
  const batchRecords = new Map<number, Map<number, Record<string, unknown>>>();
  for (const batch of await db.selectFrom('batches').selectAll().where('device_id', '=', deviceId).orderBy('id').execute()) {
    report.batches += 1;
    if (!createHash('sha256').update(batch.body).digest().equals(batch.body_sha256)) report.problems.push(`batch ${batch.id}: body_sha256 does not match the body`);
    if (!p1363(key, batch.body, batch.signature)) report.problems.push(`batch ${batch.id}: device signature does not verify`);
    const records = (JSON.parse(batch.body.toString('utf8')) as { records: Record<string, unknown>[] }).records;
    batchRecords.set(batch.id, new Map(records.map((record) => [Number(record.seq), record])));
  }
  const hashes = new Map<number, string>();
  let previous = { seq: 0, hash: GENESIS_HASH };
  const events = await db.selectFrom('events').select(['seq', 'prev_hash', 'hash', 'canonical', 'batch_id']).where('device_id', '=', deviceId).orderBy('seq').execute();
  for (const event of events) {
    report.records += 1;
    const where = `device ${deviceId} seq ${event.seq}`;
    if (event.seq !== previous.seq + 1) report.problems.push(`${where}: gap after seq ${previous.seq}`);
    if (event.prev_hash !== previous.hash) report.problems.push(`${where}: prev_hash does not link to seq ${previous.seq}`);
    if (sha256Hex(previous.hash + event.canonical) !== event.hash) report.problems.push(`${where}: hash does not match the stored record`);
    const signed = batchRecords.get(event.batch_id)?.get(event.seq);
    if (!signed || signed.hash !== event.hash || canonicalRecordText(signed) !== event.canonical) {
      report.problems.push(`${where}: differs from the record in signed batch ${event.batch_id}`);
    } else if (sha256Hex(chainInput(previous.hash, signed)) !== event.hash) {
      report.problems.push(`${where}: signed record does not hash to its stored hash`);
    }
    hashes.set(event.seq, event.hash);
    previous = { seq: event.seq, hash: event.hash };
  }
  return hashes;
}

export async function verifyStore(db: Kysely<Database>): Promise<VerificationReport> {
  const report: VerificationReport = { devices: 0, batches: 0, records: 0, receipts: 0, problems: [] };
  const serverKey = await db.selectFrom('server_keys').select('public_jwk').where('id', '=', 1).executeTakeFirst();
  const receiptKey = serverKey ? createPublicKey({ key: serverKey.public_jwk as JsonWebKey, format: 'jwk' }) : null;
  for (const device of await db.selectFrom('devices').select(['id', 'public_key_jwk']).orderBy('enrolled_at').execute()) {
    report.devices += 1;
    const hashes = await verifyDevice(db, device.id, device.public_key_jwk, report);
    for (const receipt of await db.selectFrom('receipts').selectAll().where('device_id', '=', device.id).execute()) {
      report.receipts += 1;
      const text = receiptSigningText({ deviceId: device.id, ackedThroughSeq: receipt.acked_through_seq, chainHead: receipt.chain_head, serverTime: receipt.server_time });
      if (!receiptKey || !p1363(receiptKey, Buffer.from(text, 'utf8'), Buffer.from(receipt.signature, 'base64url'))) {
        report.problems.push(`receipt of batch ${receipt.batch_id}: endpoint signature does not verify`);
      }
      if (hashes.get(receipt.acked_through_seq) !== receipt.chain_head) {
        report.problems.push(`receipt of batch ${receipt.batch_id}: chain head at seq ${receipt.acked_through_seq} is not the stored one`);
      }
    }
  }
  return report;
}
