/**
 * The endpoint's receipt-signing key (ECDSA P-256). It lives in the database so that every endpoint process
 * signs with the same key; the first process to start creates it (a concurrent second insert is ignored).
 */
import { createPrivateKey, generateKeyPairSync, sign, type JsonWebKey, type KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import { PublicJwkSchema, type PublicJwk } from '../utils/wire/device-api';
import type { Database } from './db/schema';

export interface ServerKey {
  publicJwk: PublicJwk;
  /** base64url IEEE-P1363 signature of the UTF-8 text, as WebCrypto's verify expects. */
  sign(text: string): string;
}

function toServerKey(privateKey: KeyObject, publicJwk: unknown): ServerKey {
  return {
    publicJwk: PublicJwkSchema.parse(publicJwk),
    sign: (text) => sign('sha256', Buffer.from(text, 'utf8'), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url'),
  };
}

export async function loadServerKey(db: Kysely<Database>): Promise<ServerKey> {
  const existing = await db.selectFrom('server_keys').select(['private_jwk', 'public_jwk']).where('id', '=', 1).executeTakeFirst();
  if (!existing) {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const { kty, crv, x, y } = pair.publicKey.export({ format: 'jwk' });
    await db
      .insertInto('server_keys')
      .values({
        id: 1,
        private_jwk: JSON.stringify(pair.privateKey.export({ format: 'jwk' })),
        public_jwk: JSON.stringify({ kty, crv, x, y }),
      })
      .onConflict((conflict) => conflict.column('id').doNothing())
      .execute();
    return loadServerKey(db);
  }
  const privateKey = createPrivateKey({ key: existing.private_jwk as JsonWebKey, format: 'jwk' });
  return toServerKey(privateKey, existing.public_jwk);
}
