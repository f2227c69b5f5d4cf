/**
 * Stores one authenticated batch of a device's records (issue #3): the chain must continue from the stored
 * head, the whole batch lands in one transaction with its exact bytes and a signed receipt, and a retried batch
 * is stored once. A per-device advisory lock serializes batches of one device across endpoint processes.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { canonicalRecordText, GENESIS_HASH } from '../utils/chain';
import type { ChainConflict, Receipt } from '../utils/wire/device-api';
import { receiptSigningText } from '../utils/wire/headers';
import type { ChainRecord } from '../utils/wire/record';
import { enqueueAlertJobs } from './alerts/enqueue';
import { DEFAULT_URGENT_RULES, type UrgentRule } from './alerts/urgent-rules';
import type { Database } from './db/schema';
import type { ServerKey } from './server-key';

/** A validated record together with the object exactly as parsed from the signed bytes (what is hashed). */
export interface IncomingRecord {
  record: ChainRecord;
  raw: Readonly<Record<string, unknown>>;
}

export type IngestOutcome = { status: 200; receipt: Receipt; storedRecords: number } | { status: 409; conflict: ChainConflict };

interface Head {
  seq: number;
  hash: string;
}

async function readHead(trx: Transaction<Database>, deviceId: string): Promise<Head> {
  const row = await trx
    .selectFrom('events')
    .select(['seq', 'hash'])
    .where('device_id', '=', deviceId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

async function storedReceipt(db: Transaction<Database>, deviceId: string, bodySha256: Buffer): Promise<Receipt | null> {
  const row = await db
    .selectFrom('receipts')
    .innerJoin('batches', 'batches.id', 'receipts.batch_id')
    .select(['receipts.acked_through_seq', 'receipts.chain_head', 'receipts.server_time', 'receipts.signature'])
    .where('batches.device_id', '=', deviceId)
    .where('batches.body_sha256', '=', bodySha256)
    .executeTakeFirst();
  if (!row) return null;
  return { deviceId, ackedThroughSeq: row.acked_through_seq, chainHead: row.chain_head, serverTime: row.server_time, signature: row.signature };
}

function signReceipt(key: ServerKey, deviceId: string, last: ChainRecord): Receipt {
  const unsigned = { deviceId, ackedThroughSeq: last.seq, chainHead: last.hash, serverTime: new Date().toISOString() };
  return { ...unsigned, signature: key.sign(receiptSigningText(unsigned)) };
}

export async function ingestBatch(
  db: Kysely<Database>,
  key: ServerKey,
  batch: { deviceId: string; body: Buffer; signature: Buffer; records: readonly IncomingRecord[] },
  urgentRules: readonly UrgentRule[] = DEFAULT_URGENT_RULES,
): Promise<IngestOutcome> {
  const { deviceId, body, records } = batch;
  const bodySha256 = createHash('sha256').update(body).digest();
  return db.transaction().execute(async (trx): Promise<IngestOutcome> => {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`channel-guard-device:${deviceId}`}, 0))`.execute(trx);
    const raced = await storedReceipt(trx, deviceId, bodySha256);
    if (raced) return { status: 200, receipt: raced, storedRecords: 0 };

    const head = await readHead(trx, deviceId);
    const first = records[0]!.record;
    const last = records[records.length - 1]!.record;
    const conflict = async (kind: 'gap' | 'fork', received: ChainRecord, message: string): Promise<IngestOutcome> => {
      await trx
        .insertInto('chain_conflicts')
        .values({
          device_id: deviceId,
          kind,
          expected_seq: head.seq + 1,
          stored_head_hash: head.hash,
          received_seq: received.seq,
          received_prev_hash: received.prevHash,
          received_hash: received.hash,
          body_sha256: bodySha256,
        })
        .execute();
      return { status: 409, conflict: { error: 'chain_conflict', message, expectedSeq: head.seq + 1, chainHead: head.hash } };
    };

    // Records the endpoint already holds must be the very same records (a retry), never different ones (a fork).
    if (first.seq <= head.seq) {
      const stored = await trx
        .selectFrom('events')
        .select(['seq', 'hash'])
        .where('device_id', '=', deviceId)
        .where('seq', '>=', first.seq)
        .where('seq', '<=', Math.min(last.seq, head.seq))
        .execute();
      const storedHash = new Map(stored.map((row) => [row.seq, row.hash]));
      for (const { record } of records) {
        if (record.seq > head.seq) break;
        if (storedHash.get(record.seq) !== record.hash) {
          return conflict('fork', record, `fork: seq ${record.seq} differs from the stored record with that seq`);
        }
      }
    }
    const fresh = records.filter(({ record }) => record.seq > head.seq);
    if (fresh.length === 0) return { status: 200, receipt: signReceipt(key, deviceId, last), storedRecords: 0 };
    const next = fresh[0]!.record;
    if (next.seq > head.seq + 1) {
      return conflict('gap', next, `gap: expected seq ${head.seq + 1}, the batch continues at ${next.seq}`);
    }
    if (next.prevHash !== head.hash) {
      return conflict('fork', next, `fork: seq ${next.seq} does not continue the stored chain head`);
    }

    const { id: batchId } = await trx
      .insertInto('batches')
      .values({ device_id: deviceId, body, body_sha256: bodySha256, signature: batch.signature })
      .returning('id')
      .executeTakeFirstOrThrow();
    // One statement with array parameters instead of 1,100 scalar ones: parsing and planning stay constant.
    const column = <T>(pick: (incoming: IncomingRecord) => T) => fresh.map(pick);
    await sql`
      INSERT INTO events (device_id, seq, id, kind, device_time, prev_hash, hash, canonical, record, batch_id)
      SELECT ${deviceId}::uuid, seq, id, kind, device_time, prev_hash, hash, canonical, record, ${batchId}::bigint
      FROM unnest(${column(({ record }) => record.seq)}::bigint[], ${column(({ record }) => record.id)}::uuid[],
                  ${column(({ record }) => record.kind)}::text[], ${column(({ record }) => record.deviceTime)}::timestamptz[],
                  ${column(({ record }) => record.prevHash)}::text[], ${column(({ record }) => record.hash)}::text[],
                  ${column(({ raw }) => canonicalRecordText(raw))}::text[], ${column(({ raw }) => JSON.stringify(raw))}::jsonb[])
        AS incoming (seq, id, kind, device_time, prev_hash, hash, canonical, record)`.execute(trx);
    // Alerts go to the outbox in this transaction: a receipted event always has its webhook and urgent-mail jobs.
    await enqueueAlertJobs(trx, fresh.map(({ record }) => record), urgentRules);
    const receipt = signReceipt(key, deviceId, last);
    await trx
      .insertInto('receipts')
      .values({
        batch_id: batchId,
        device_id: deviceId,
        acked_through_seq: receipt.ackedThroughSeq,
        chain_head: receipt.chainHead,
        server_time: receipt.serverTime,
        signature: receipt.signature,
      })
      .execute();
    return { status: 200, receipt, storedRecords: fresh.length };
  });
}
