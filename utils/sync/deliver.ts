/**
 * Sends the outbox from the oldest unacknowledged record, back to back while there is backlog (a week offline
 * with 10,000 records must drain within 30 s of the endpoint's return, issue #4). A record counts as delivered
 * only when a receipt signed by the endpoint's enrollment key covers it. A 409 resynchronises from the
 * endpoint's expected seq; a refused batch (4xx) is quarantined and reported instead of being retried forever.
 */
import { noteDraft, type ChannelGuardDatabase, type DeviceIdentity, type Enrollment, type LocalRecord, type RecordDraft } from '../db';
import type { ChainConflict } from '../wire/device-api';
import { verifyReceipt } from './device-key';
import { postBatch, type ApiContext, type Failure } from './endpoint-api';

/** Well under the endpoint's 500-record and 1 MiB limits, and a few hundred ms per request. */
export const BATCH_SIZE = 100;
const MAX_RESYNCS_PER_RUN = 3;

export interface DeliveryContext {
  db: ChannelGuardDatabase;
  api: ApiContext;
  identity: DeviceIdentity;
  enrollment: Enrollment;
  appendRecord: (draft: RecordDraft) => Promise<unknown>;
  policyVersion: string;
  extensionVersion: string;
  /** Stop starting new batches after this time (ms since epoch); the caller runs again at once. */
  deadline: number;
  /** Called after each receipt: an extension API call keeps the MV3 worker alive during a long drain. */
  onProgress: () => Promise<void>;
}

export type DeliveryResult =
  | { kind: 'delivered'; records: number; more: boolean }
  | { kind: 'retry'; failure: Failure; records: number }
  | { kind: 'held'; message: string; records: number };

export async function deliverOutbox(context: DeliveryContext): Promise<DeliveryResult> {
  const { db, enrollment } = context;
  let delivered = 0;
  let fromSeq: number | undefined;
  let resyncs = 0;
  for (;;) {
    const quarantine = await db.readState('quarantine');
    if (quarantine && quarantine.extensionVersion === context.extensionVersion) {
      return { kind: 'held', message: `records ${quarantine.fromSeq}–${quarantine.throughSeq} held back: ${quarantine.message}`, records: delivered };
    }
    // An updated extension gets one more try at a quarantined batch (the refusal may have been our bug).
    if (quarantine) await db.writeState('quarantine', null);
    const batch = await db.unsentRecords(BATCH_SIZE, fromSeq);
    if (batch.length === 0) return { kind: 'delivered', records: delivered, more: false };
    const first = batch[0]!;
    const last = batch[batch.length - 1]!;
    const answer = await postBatch(context.api, context.identity, enrollment, batch);
    if (!answer.ok) {
      if (answer.retry) return { kind: 'retry', failure: answer, records: delivered };
      return quarantineBatch(context, first, last, answer.status ?? 0, answer.message, delivered);
    }
    if ('conflict' in answer) {
      const resendFrom = await resyncPoint(db, answer.conflict, first.seq);
      if (resendFrom !== null && resyncs < MAX_RESYNCS_PER_RUN) {
        resyncs += 1;
        fromSeq = resendFrom;
        continue;
      }
      const note = `chain conflict: the endpoint expects seq ${answer.conflict.expectedSeq} after head ${answer.conflict.chainHead}; this device sent ${first.seq}–${last.seq} (${answer.conflict.message})`;
      await context.appendRecord(noteDraft('chain.conflict', note, context.policyVersion));
      return quarantineBatch(context, first, last, 409, note, delivered);
    }
    const { receipt } = answer;
    const covers = receipt.ackedThroughSeq === last.seq && receipt.chainHead === last.hash;
    if (!covers || !(await verifyReceipt(receipt, enrollment.serverPublicKey, enrollment.deviceId))) {
      // Nothing is marked delivered on a receipt we cannot prove; the records stay queued and are sent again.
      const message = covers ? 'receipt signature does not verify with the endpoint key from enrollment' : `receipt covers seq ${receipt.ackedThroughSeq}, not the batch's last seq ${last.seq}`;
      return { kind: 'retry', failure: { ok: false, retry: true, retryAfterMs: null, status: 200, message }, records: delivered };
    }
    await db.acceptReceipt(receipt);
    delivered += batch.length;
    fromSeq = undefined;
    await context.onProgress();
    if (Date.now() > context.deadline) return { kind: 'delivered', records: delivered, more: true };
  }
}

/**
 * Where to resend from after a 409: the endpoint's expected seq, if it lies before what we sent, we still hold
 * that record, and our previous record is the endpoint's head (the endpoint lacks records we have). Anything
 * else — a fork, or an endpoint ahead of this device — cannot be fixed by resending: null.
 */
async function resyncPoint(db: ChannelGuardDatabase, conflict: ChainConflict, firstSent: number): Promise<number | null> {
  const expected = conflict.expectedSeq;
  if (!Number.isInteger(expected) || expected < 1 || expected >= firstSent) return null;
  const record = await db.recordAt(expected);
  // The record's own prevHash is our hash of seq expected-1 (GENESIS_HASH for seq 1), even if that one was pruned.
  return record && record.prevHash === conflict.chainHead ? expected : null;
}

async function quarantineBatch(context: DeliveryContext, first: LocalRecord, last: LocalRecord, status: number, message: string, delivered: number): Promise<DeliveryResult> {
  await context.db.writeState('quarantine', {
    fromSeq: first.seq,
    throughSeq: last.seq,
    status,
    message,
    at: new Date().toISOString(),
    extensionVersion: context.extensionVersion,
  });
  const note = `batch of records ${first.seq}–${last.seq} refused by the endpoint (${message}); held back, not retried until the extension is updated`;
  await context.appendRecord(noteDraft('sync.quarantined', note, context.policyVersion));
  return { kind: 'held', message: note, records: delivered };
}
