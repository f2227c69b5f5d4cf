/**
 * A device as the extension will be: a WebCrypto P-256 key, a local hash chain and signed requests, built only
 * from utils/chain.ts and utils/wire (so the tests exercise the same contract the extension implements).
 */
import { randomUUID } from 'node:crypto';
import { GENESIS_HASH, hashRecord } from '../../../utils/chain';
import type { PublicJwk } from '../../../utils/wire/device-api';
import { DEVICE_HEADER, policyRequestSigningText, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../../utils/wire/headers';
import type { ChainRecord, RecordKind } from '../../../utils/wire/record';

export class SimulatedDevice {
  deviceId = '';
  seq = 0;
  head = GENESIS_HASH;

  private constructor(
    private readonly keys: CryptoKeyPair,
    readonly publicJwk: PublicJwk,
  ) {}

  static async create(): Promise<SimulatedDevice> {
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const jwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
    return new SimulatedDevice(keys, jwk as PublicJwk);
  }

  /** The next `count` records of this device's chain (`customize` edits each before hashing); the local head advances. */
  async nextRecords(
    count: number,
    kind: RecordKind = 'paste.blocked',
    customize: (record: Omit<ChainRecord, 'hash'>) => Omit<ChainRecord, 'hash'> = (record) => record,
  ): Promise<ChainRecord[]> {
    const records: ChainRecord[] = [];
    for (let index = 0; index < count; index += 1) {
      this.seq += 1;
      const unhashed = customize(sampleRecord(this.seq, this.head, kind));
      const hash = await hashRecord(this.head, unhashed);
      records.push({ ...unhashed, hash });
      this.head = hash;
    }
    return records;
  }

  async sign(text: string): Promise<string> {
    const data = new TextEncoder().encode(text);
    const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, this.keys.privateKey, data);
    return Buffer.from(signature).toString('base64url');
  }

  /** Headers and exact body of a signed POST (events or heartbeat). */
  async signedPost(payload: unknown): Promise<{ body: string; headers: Record<string, string> }> {
    const body = JSON.stringify(payload);
    return { body, headers: await this.headersFor(body) };
  }

  async headersFor(body: string): Promise<Record<string, string>> {
    return { 'content-type': 'application/json', [DEVICE_HEADER]: this.deviceId, [SIGNATURE_HEADER]: await this.sign(body) };
  }

  async policyHeaders(timestamp = String(Date.now())): Promise<Record<string, string>> {
    const signature = await this.sign(policyRequestSigningText(this.deviceId, timestamp));
    return { [DEVICE_HEADER]: this.deviceId, [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: signature };
  }

  heartbeat(queueDepth = 0) {
    return {
      id: randomUUID(),
      deviceId: this.deviceId,
      sentAt: new Date().toISOString(),
      extensionVersion: '0.1.0',
      policyVersion: 'firm-2026-11',
      queueDepth,
      oldestUnsentAgeSeconds: queueDepth > 0 ? 42 : null,
      lastError: null,
    };
  }
}

export function sampleRecord(seq: number, prevHash: string, kind: RecordKind): Omit<ChainRecord, 'hash'> {
  const captured = kind === 'message.captured';
  return {
    id: randomUUID(),
    seq,
    deviceTime: new Date().toISOString(),
    kind,
    site: { host: captured ? 'crm.firm.test' : 'mail.personal.test', status: captured ? 'supervised' : 'unapproved' },
    channel: captured ? { id: 'crm', kind: 'crm' } : null,
    findings: captured
      ? []
      : [
          {
            type: 'US_SSN',
            masked: '***-**-6789',
            fingerprint: 'b3f1c2d4e5f60718293a4b5c6d7e8f90',
            detector: 'ssn',
            score: 0.95,
            evidence: { checksum: 'ssa-ranges', checksumPassed: true, context: [{ word: 'ssn', start: 0, end: 3 }] },
          },
        ],
    action: captured ? 'none' : 'block',
    justification: null,
    policyVersion: 'firm-2026-11',
    message: captured ? { direction: 'sent', text: 'Your statement is ready — José 🌿', conversation: 'case-17' } : null,
    note: null,
    prevHash,
  };
}
