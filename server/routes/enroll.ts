/** POST /v1/enroll: an enrollment token and the device's public key in, a device id and the receipt key out. */
import { createPublicKey, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { EnrollRequestSchema, type EnrollResponse } from '../../utils/wire/device-api';
import type { AppContext } from '../context';
import { describeZodIssues, HttpError } from '../http-error';
import { parseJsonBody } from '../json-body';
import { enforceRateLimits } from '../rate-limit';
import { tokenDigest } from '../tokens';

export function registerEnrollRoute(app: FastifyInstance, context: AppContext): void {
  const { db, config } = context;
  app.post('/v1/enroll', async (request, reply) => {
    // Unauthenticated: the per-address limit keeps tokens from being guessed.
    await enforceRateLimits(db, config.RATE_LIMIT_WINDOW_SECONDS, [
      { key: `enroll:${request.ip}`, max: config.RATE_LIMIT_ENROLL_PER_ADDRESS },
    ]);
    const parsed = EnrollRequestSchema.safeParse(parseJsonBody(request.body));
    if (!parsed.success) throw new HttpError(400, 'invalid_body', describeZodIssues(parsed.error.issues));
    const { token, publicKey, name, extensionVersion } = parsed.data;
    try {
      createPublicKey({ key: { kty: publicKey.kty, crv: publicKey.crv, x: publicKey.x, y: publicKey.y }, format: 'jwk' });
    } catch {
      throw new HttpError(400, 'invalid_body', 'publicKey: not a point on P-256');
    }

    const found = await db
      .selectFrom('enrollment_tokens as t')
      .leftJoin('enrollment_token_revocations as r', 'r.token_id', 't.id')
      .select(['t.id', 'r.revoked_at'])
      .where('t.token_sha256', '=', tokenDigest(token))
      .executeTakeFirst();
    if (!found) throw new HttpError(401, 'unauthorized', 'unknown enrollment token');
    if (found.revoked_at) throw new HttpError(401, 'unauthorized', 'enrollment token revoked');

    const deviceId = randomUUID();
    await db
      .insertInto('devices')
      .values({
        id: deviceId,
        public_key_jwk: JSON.stringify({ kty: publicKey.kty, crv: publicKey.crv, x: publicKey.x, y: publicKey.y }),
        name: name ?? null,
        extension_version: extensionVersion ?? null,
        enrollment_token_id: found.id,
      })
      .execute();
    const response: EnrollResponse = { deviceId, serverPublicKey: (await context.serverKey()).publicJwk };
    return reply.code(201).send(response);
  });
}
