/**
 * Re-proves what the endpoint stored, from the stored bytes alone (issue #3, SEC 17a-4(f) audit trail), with the
 * checks of ./verify-chain.ts. A tampered row surfaces here even if someone with owner rights bypassed the
 * append-only trigger.
 */
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import { publicKeyOf, verifyDeviceMaterial, type DeviceMaterial, type VerificationCounts } from './verify-chain';

export type VerificationReport = VerificationCounts;

export async function loadDeviceMaterial(db: Kysely<Database>, deviceId: string, publicJwk: unknown, batchIds?: readonly number[]): Promise<DeviceMaterial> {
  let batches = db.selectFrom('batches').select(['id', 'body', 'body_sha256', 'signature']).where('device_id', '=', deviceId).orderBy('id');
  let events = db.selectFrom('events').select(['seq', 'prev_hash', 'hash', 'canonical', 'batch_id']).where('device_id', '=', deviceId).orderBy('seq');
  let receipts = db.selectFrom('receipts').selectAll().where('device_id', '=', deviceId).orderBy('batch_id');
  if (batchIds) {
    batches = batches.where('id', 'in', batchIds.length ? batchIds : [-1]);
    events = events.where('batch_id', 'in', batchIds.length ? batchIds : [-1]);
    receipts = receipts.where('batch_id', 'in', batchIds.length ? batchIds : [-1]);
  }
  return {
    deviceId,
    publicJwk,
    batches: (await batches.execute()).map((batch) => ({ id: batch.id, body: batch.body, bodySha256: batch.body_sha256, signature: batch.signature })),
    events: (await events.execute()).map((event) => ({ seq: event.seq, prevHash: event.prev_hash, hash: event.hash, canonical: event.canonical, batchId: event.batch_id })),
    receipts: (await receipts.execute()).map((receipt) => ({
      batchId: receipt.batch_id,
      ackedThroughSeq: receipt.acked_through_seq,
      chainHead: receipt.chain_head,
      serverTime: receipt.server_time,
      signature: receipt.signature,
    })),
  };
}

export async function verifyStore(db: Kysely<Database>): Promise<VerificationReport> {
  const report: VerificationReport = { devices: 0, batches: 0, records: 0, receipts: 0, problems: [] };
  const serverKey = await db.selectFrom('server_keys').select('public_jwk').where('id', '=', 1).executeTakeFirst();
  const receiptKey = serverKey ? publicKeyOf(serverKey.public_jwk) : null;
  for (const device of await db.selectFrom('devices').select(['id', 'public_key_jwk']).orderBy('enrolled_at').execute()) {
    verifyDeviceMaterial(await loadDeviceMaterial(db, device.id, device.public_key_jwk), receiptKey, report);
  }
  return report;
}
