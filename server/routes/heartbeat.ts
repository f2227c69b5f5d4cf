/** POST /v1/heartbeat: the device's health (versions, outbox depth and age, last error), kept as history. */
import type { FastifyInstance } from 'fastify';
import { HeartbeatSchema } from '../../utils/wire/device-api';
import type { AppContext } from '../context';
import { authenticateDevice } from '../device-auth';
import { describeZodIssues, HttpError } from '../http-error';
import { parseJsonBody } from '../json-body';
import { limitAddress, limitDevice } from './device-limits';

export function registerHeartbeatRoute(app: FastifyInstance, context: AppContext): void {
  app.post('/v1/heartbeat', async (request) => {
    await limitAddress(context, request);
    if (!Buffer.isBuffer(request.body)) throw new HttpError(415, 'unsupported_media_type', 'send the heartbeat as application/json');
    const deviceId = await authenticateDevice(context.db, request, request.body);
    await limitDevice(context, deviceId);
    const parsed = HeartbeatSchema.safeParse(parseJsonBody(request.body));
    if (!parsed.success) throw new HttpError(400, 'invalid_body', describeZodIssues(parsed.error.issues));
    const beat = parsed.data;
    if (beat.deviceId !== deviceId) throw new HttpError(400, 'invalid_body', 'deviceId in the body differs from the signing device');

    const inserted = await context.db
      .insertInto('heartbeats')
      .values({
        id: beat.id,
        device_id: deviceId,
        sent_at: beat.sentAt,
        extension_version: beat.extensionVersion,
        policy_version: beat.policyVersion,
        queue_depth: beat.queueDepth,
        oldest_unsent_age_seconds: beat.oldestUnsentAgeSeconds,
        last_error: beat.lastError,
      })
      // A replayed heartbeat (same id) is stored once.
      .onConflict((conflict) => conflict.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    return { stored: inserted !== undefined, serverTime: new Date().toISOString() };
  });
}
