/** GET /v1/policy: the newest published policy for signed devices, with ETag / If-None-Match → 304. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PolicyResponse } from '../../utils/wire/device-api';
import { policyRequestSigningText, REQUEST_TIMESTAMP_TOLERANCE_MS, TIMESTAMP_HEADER } from '../../utils/wire/headers';
import type { AppContext } from '../context';
import { authenticateDevice } from '../device-auth';
import { HttpError } from '../http-error';
import { currentPolicy, policyEtag } from '../policies';
import { limitAddress, limitDevice } from './device-limits';

function signedTimestamp(request: FastifyRequest): string {
  const timestamp = request.headers[TIMESTAMP_HEADER];
  if (typeof timestamp !== 'string' || !/^\d{1,16}$/.test(timestamp)) {
    throw new HttpError(401, 'unauthorized', `${TIMESTAMP_HEADER} must be milliseconds since the Unix epoch`);
  }
  if (Math.abs(Number(timestamp) - Date.now()) > REQUEST_TIMESTAMP_TOLERANCE_MS) {
    throw new HttpError(401, 'unauthorized', `${TIMESTAMP_HEADER} is more than ${REQUEST_TIMESTAMP_TOLERANCE_MS / 60_000} minutes from the endpoint clock (${new Date().toISOString()})`);
  }
  return timestamp;
}

export function registerPolicyRoute(app: FastifyInstance, context: AppContext): void {
  app.get('/v1/policy', async (request, reply) => {
    await limitAddress(context, request);
    const timestamp = signedTimestamp(request);
    const claimedDevice = String(request.headers['x-cg-device'] ?? '').toLowerCase();
    const deviceId = await authenticateDevice(context.db, request, Buffer.from(policyRequestSigningText(claimedDevice, timestamp), 'utf8'));
    await limitDevice(context, deviceId);

    const published = await currentPolicy(context.db);
    if (!published) throw new HttpError(404, 'no_policy', 'no policy has been published yet: devices keep their managed or bundled policy');
    const etag = policyEtag(published);
    reply.header('etag', etag).header('cache-control', 'no-cache');
    const ifNoneMatch = request.headers['if-none-match'];
    if (typeof ifNoneMatch === 'string' && ifNoneMatch.split(',').some((tag) => tag.trim() === etag)) {
      return reply.code(304).send();
    }
    const response: PolicyResponse = { revision: published.revision, policy: published.policy, publishedAt: published.publishedAt.toISOString() };
    return reply.code(200).send(response);
  });
}
