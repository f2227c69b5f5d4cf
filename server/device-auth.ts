/**
 * Who is calling: the device named in X-CG-Device, proven by an ECDSA P-256 signature with the key it enrolled
 * (header contract in utils/wire/headers.ts). Any failure is a 401 with the precise reason.
 */
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { DEVICE_HEADER, SIGNATURE_HEADER } from '../utils/wire/headers';
import type { Database } from './db/schema';
import { HttpError } from './http-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SIGNATURE = /^[A-Za-z0-9_-]{86}$/;

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

const unauthorized = (message: string) => new HttpError(401, 'unauthorized', message);

export async function authenticateDevice(db: Kysely<Database>, request: FastifyRequest, signedBytes: Buffer): Promise<string> {
  const deviceId = header(request, DEVICE_HEADER);
  const signature = header(request, SIGNATURE_HEADER);
  if (!deviceId) throw unauthorized(`missing ${DEVICE_HEADER} header`);
  if (!UUID.test(deviceId)) throw unauthorized(`${DEVICE_HEADER} is not a UUID`);
  if (!signature) throw unauthorized(`missing ${SIGNATURE_HEADER} header`);
  if (!SIGNATURE.test(signature)) throw unauthorized(`${SIGNATURE_HEADER} must be 86 base64url characters (P-256 r‖s)`);

  const device = await db
    .selectFrom('devices')
    .leftJoin('device_revocations', 'device_revocations.device_id', 'devices.id')
    .select(['devices.public_key_jwk', 'device_revocations.revoked_at'])
    .where('devices.id', '=', deviceId.toLowerCase())
    .executeTakeFirst();
  if (!device) throw unauthorized('unknown device: enroll first');
  if (device.revoked_at) throw unauthorized('device revoked: it must be enrolled again');

  const key = createPublicKey({ key: device.public_key_jwk as JsonWebKey, format: 'jwk' });
  const valid = verify('sha256', signedBytes, { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  if (!valid) throw unauthorized('signature does not verify with the enrolled device key');
  return deviceId.toLowerCase();
}
