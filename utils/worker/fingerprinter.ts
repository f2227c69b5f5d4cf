/** The worker's fingerprint function: the classifier's keyed HMAC under the key chosen in settings. */
import { fingerprint, importFingerprintKey } from '../classifier/fingerprint';
import { base64ToBytes } from './fingerprint-key';
import type { Fingerprinter } from './guard-record';

export async function makeFingerprinter(rawKeyBase64: string): Promise<Fingerprinter> {
  const key = await importFingerprintKey(base64ToBytes(rawKeyBase64));
  return (type, value) => fingerprint(key, type, value);
}
