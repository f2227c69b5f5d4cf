import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprint, importFingerprintKey, normalizeForFingerprint, type PiiType } from '../../../utils/classifier/index';

const KEY_A = 'firm-a-fingerprint-secret-0001';
const KEY_B = 'firm-b-fingerprint-secret-0002';

describe('fingerprint', () => {
  it.each<[PiiType, string, string]>([
    ['US_SSN', '524-71-9638', '524 71 9638'],
    ['US_SSN', '524-71-9638', '524719638'],
    ['CREDIT_CARD', '4539 5260 1815 9083', '4539-5260-1815-9083'],
    ['EMAIL', 'Maria.G@Example.com', 'maria.g@example.com'],
    ['PHONE', '+1 (512) 555-0143', '512.555.0143'],
    ['IBAN', 'de89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['DATE_OF_BIRTH', '04/12/1961', '4-12-1961'],
    ['US_SSN', '524&#8209;71&#8209;9638', '524-71-9638'],
  ])('%s: %s and %s fingerprint alike', async (type, a, b) => {
    const key = await importFingerprintKey(KEY_A);
    expect(await fingerprint(key, type, a)).toBe(await fingerprint(key, type, b));
  });

  it('is stable, base64url, and differs by key, by type and by value', async () => {
    const a = await importFingerprintKey(KEY_A);
    const b = await importFingerprintKey(new TextEncoder().encode(KEY_B));
    const first = await fingerprint(a, 'US_SSN', '524-71-9638');
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await fingerprint(a, 'US_SSN', '524-71-9638')).toBe(first);
    expect(await fingerprint(b, 'US_SSN', '524-71-9638')).not.toBe(first);
    expect(await fingerprint(a, 'US_ITIN', '524-71-9638')).not.toBe(first);
    expect(await fingerprint(a, 'US_SSN', '524-71-9639')).not.toBe(first);
  });

  it('security: a fingerprint is not the SHA-256 of the value without the key', async () => {
    const key = await importFingerprintKey(KEY_A);
    const value = '524719638';
    const print = await fingerprint(key, 'US_SSN', value);
    for (const message of [value, `US_SSN:${value}`, '524-71-9638']) {
      const digest = createHash('sha256').update(message).digest();
      expect(print).not.toBe(digest.toString('base64url'));
      expect(print).not.toBe(digest.toString('hex'));
    }
  });

  it('security: a short key is refused', async () => {
    await expect(importFingerprintKey('short')).rejects.toThrow(/at least 16 bytes/);
  });

  it('normalises numeric ids to digits and text ids to upper-case characters', () => {
    expect(normalizeForFingerprint('US_SSN', '524-71-9638')).toBe('524719638');
    expect(normalizeForFingerprint('BROKERAGE_ACCOUNT', 'abc-123456')).toBe('ABC123456');
    expect(normalizeForFingerprint('PERSON', 'Maria  L. Gonzalez')).toBe('maria l gonzalez');
  });
});
