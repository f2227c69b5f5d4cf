/**
 * The device identity (issue #4, DESIGN.md decision 4): a non-extractable ECDSA P-256 key made by WebCrypto at
 * first run and kept in IndexedDB as a CryptoKey (structured clone keeps it non-extractable: no code, ours
 * included, can read the private key out). Signatures are IEEE-P1363 r‖s in base64url (utils/wire/headers.ts).
 */
import type { ChannelGuardDatabase, DeviceIdentity } from '../db';
import { PublicJwkSchema, type PublicJwk, type Receipt } from '../wire/device-api';
import { receiptSigningText } from '../wire/headers';

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** The stored identity, or a new one (stored before it is returned, so two callers cannot make two). */
export async function ensureDeviceIdentity(db: ChannelGuardDatabase, now = new Date()): Promise<DeviceIdentity> {
  const existing = await db.readState('device');
  if (existing) return existing;
  const keyPair = await crypto.subtle.generateKey(ECDSA, false, ['sign', 'verify']);
  const exported = await crypto.subtle.exportKey('jwk', keyPair.publicKey);
  const { kty, crv, x, y } = exported;
  const publicJwk = PublicJwkSchema.parse({ kty, crv, x, y });
  const created: DeviceIdentity = { keyPair, publicJwk, createdAt: now.toISOString(), enrollment: null };
  return db.transaction('rw', db.state, async () => {
    // Another worker run may have stored one meanwhile: the first identity wins.
    const raced = await db.readState('device');
    if (raced) return raced;
    await db.writeState('device', created);
    return created;
  });
}

export async function signText(privateKey: CryptoKey, text: string): Promise<string> {
  const signature = await crypto.subtle.sign(SIGN, privateKey, new TextEncoder().encode(text));
  return toBase64Url(new Uint8Array(signature));
}

/** True only for a receipt signed by the endpoint key learned at enrollment, for this device. */
export async function verifyReceipt(receipt: Receipt, serverPublicKey: PublicJwk, deviceId: string): Promise<boolean> {
  if (receipt.deviceId !== deviceId) return false;
  try {
    const { kty, crv, x, y } = serverPublicKey;
    const key = await crypto.subtle.importKey('jwk', { kty, crv, x, y }, ECDSA, false, ['verify']);
    return await crypto.subtle.verify(SIGN, key, fromBase64Url(receipt.signature), new TextEncoder().encode(receiptSigningText(receipt)));
  } catch {
    return false;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (char) => char.charCodeAt(0));
}
