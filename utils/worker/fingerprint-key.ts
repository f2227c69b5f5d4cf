/**
 * Which secret keys the fingerprints: the firm's `fingerprintKey` from the managed policy, so the same SSN
 * pasted on two machines correlates for supervisors; otherwise a random per-install key kept in
 * storage.local, so repeats still correlate on this browser (and the worker says so).
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { FingerprintKeySchema } from '../policy/schema';

export interface FingerprintKeySource {
  source: 'managed' | 'install';
  /** Base64 of the raw secret. */
  raw: string;
}

export const INSTALL_KEY_STORAGE_KEY = 'fingerprintKey.install';
const StoredInstallKey = z.object({ [INSTALL_KEY_STORAGE_KEY]: z.optional(FingerprintKeySchema) });

export async function resolveFingerprintKey(managedKey: string | undefined): Promise<FingerprintKeySource> {
  if (managedKey !== undefined) return { source: 'managed', raw: managedKey };
  const stored = StoredInstallKey.safeParse(await browser.storage.local.get(INSTALL_KEY_STORAGE_KEY));
  const existing = stored.success ? stored.data[INSTALL_KEY_STORAGE_KEY] : undefined;
  if (existing !== undefined) return { source: 'install', raw: existing };
  const raw = bytesToBase64(crypto.getRandomValues(new Uint8Array(32)));
  await browser.storage.local.set({ [INSTALL_KEY_STORAGE_KEY]: raw });
  console.info(
    '[channel-guard] no fingerprintKey in the managed policy: fingerprints use a per-install key and correlate only on this browser.',
  );
  return { source: 'install', raw };
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

function bytesToBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}
