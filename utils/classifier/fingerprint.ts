/**
 * Keyed fingerprints (DESIGN.md decision 3): HMAC-SHA-256 with the firm's key over the type and a
 * normalised value, so the same SSN written "123-45-6789" or "123 45 6789" correlates across records while
 * the record never holds the value, and nobody without the key can test a guess against it.
 */
import { numericDateYear } from './dates';
import { stripMarkup } from './mask';
import type { PiiType } from './types';

/** Imports the firm's fingerprint key: raw bytes, or a string secret taken as its UTF-8 bytes. */
export async function importFingerprintKey(raw: Uint8Array | string): Promise<CryptoKey> {
  const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : new Uint8Array(raw);
  if (bytes.length < 16) throw new Error('fingerprint key must be at least 16 bytes');
  return globalThis.crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}


/** The canonical form a fingerprint is computed over. */
export function normalizeForFingerprint(type: PiiType, rawValue: string): string {
  const value = stripMarkup(rawValue);
  switch (type) {
    case 'US_SSN':
    case 'US_ITIN':
    case 'US_EIN':
    case 'CREDIT_CARD':
    case 'US_BANK_ACCOUNT':
    case 'ABA_ROUTING':
      return value.replace(/\D+/g, '');
    case 'PHONE': {
      const digits = value.replace(/\D+/g, '');
      return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
    }
    case 'IBAN':
    case 'BROKERAGE_ACCOUNT':
    case 'US_DRIVER_LICENSE':
    case 'US_PASSPORT':
      return value.replace(/[^0-9A-Za-z]+/g, '').toUpperCase();
    case 'EMAIL':
      return value.trim().toLowerCase();
    case 'DATE_OF_BIRTH': {
      const parts = value.split(/\D+/).filter(Boolean);
      if (parts.length === 3 && numericDateYear(parts[0] ?? '', parts[1] ?? '', parts[2] ?? '') > 0) return parts.map(Number).join('-');
      return value.trim().toLowerCase().replace(/\s+/g, ' ');
    }
    case 'PERSON':
    case 'STREET_ADDRESS':
      return value.toLowerCase().replace(/[^a-z0-9\u00c0-\u024f]+/g, ' ').trim();
  }
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url HMAC-SHA-256 of `TYPE:normalised value` under `key`. */
export async function fingerprint(key: CryptoKey, type: PiiType, value: string): Promise<string> {
  const message = new TextEncoder().encode(`${type}:${normalizeForFingerprint(type, value)}`);
  const mac = await globalThis.crypto.subtle.sign('HMAC', key, message);
  return base64url(new Uint8Array(mac));
}
