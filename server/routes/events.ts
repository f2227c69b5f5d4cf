/** POST /v1/events: a signed batch of chained records → a signed receipt, or 409 on a gap or fork. */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { findChainProblem } from '../../utils/chain';
import { EventBatchSchema } from '../../utils/wire/device-api';
import { SIGNATURE_HEADER } from '../../utils/wire/headers';
import type { AppContext } from '../context';
import { authenticateDevice } from '../device-auth';
import { describeZodIssues, HttpError } from '../http-error';
import { parseJsonBody } from '../json-body';
import { ingestBatch, type IncomingRecord } from '../ingest';
import { limitAddress, limitDevice } from './device-limits';

const sha256Hex = (input: string) => createHash('sha256').update(input, 'utf8').digest('hex');

function isUniqueViolation(error: unknown, constraint: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505' && 'constraint' in error && error.constraint === constraint;
}

export function registerEventsRoute(app: FastifyInstance, context: AppContext): void {
  app.post('/v1/events', async (request, reply) => {
    await limitAddress(context, request);
    if (!Buffer.isBuffer(request.body)) throw new HttpError(415, 'unsupported_media_type', 'send the batch as application/json');
    const body = request.body;
    const deviceId = await authenticateDevice(context.db, request, body);
    await limitDevice(context, deviceId);

    const json = parseJsonBody(body);
    const parsed = EventBatchSchema.safeParse(json);
    if (!parsed.success) throw new HttpError(400, 'invalid_body', describeZodIssues(parsed.error.issues));
    if (parsed.data.deviceId !== deviceId) throw new HttpError(400, 'invalid_body', 'deviceId in the body differs from the signing device');
    const rawRecords = (json as { records: Record<string, unknown>[] }).records;
    const records: IncomingRecord[] = parsed.data.records.map((record, index) => ({ record, raw: rawRecords[index]! }));

    if (new Set(records.map(({ record }) => record.id)).size !== records.length) {
      throw new HttpError(400, 'invalid_body', 'records: the same record id appears twice');
    }
    // The batch must be a chain in itself before it is compared with what is stored.
    const first = records[0]!.record;
    const problem = await findChainProblem(
      records.map(({ raw }) => raw as unknown as { seq: number; prevHash: string; hash: string }),
      { seq: first.seq - 1, hash: first.prevHash },
      sha256Hex,
    );
    if (problem) {
      const at = `records.${problem.index}`;
      const detail =
        problem.problem === 'seq' ? `seq ${problem.seq} should be ${problem.expectedSeq} (records must be consecutive)`
        : problem.problem === 'prevHash' ? 'prevHash is not the previous record\'s hash'
        : `hash does not match SHA-256(prevHash ‖ canonical record), expected ${problem.expectedHash}`;
      throw new HttpError(400, 'invalid_chain', `${at}: ${detail}`);
    }

    const signature = Buffer.from(String(request.headers[SIGNATURE_HEADER]), 'base64url');
    try {
      const outcome = await ingestBatch(context.db, await context.serverKey(), { deviceId, body, signature, records }, context.config.ALERT_URGENT_RULES);
      if (outcome.status === 409) return reply.code(409).send(outcome.conflict);
      return reply.code(200).send(outcome.receipt);
    } catch (error) {
      if (isUniqueViolation(error, 'events_id_key')) {
        throw new HttpError(400, 'invalid_body', 'records: a record id is already stored for a different record');
      }
      throw error;
    }
  });
}
