import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashRecord } from '../../../utils/chain';
import { EventBatchSchema, HeartbeatSchema } from '../../../utils/wire/device-api';
import { RECORD_KINDS, RecordSchema } from '../../../utils/wire/record';
import { sampleRecord, SimulatedDevice } from '../../server/helpers/simulated-device';

async function fixture(kind: (typeof RECORD_KINDS)[number]) {
  const unhashed = sampleRecord(1, GENESIS_HASH, kind);
  return { ...unhashed, hash: await hashRecord(GENESIS_HASH, unhashed) };
}

describe('RecordSchema', () => {
  it.each(['paste.blocked', 'message.captured'] as const)('parses a %s fixture', async (kind) => {
    expect(RecordSchema.safeParse(await fixture(kind)).success).toBe(true);
  });

  it('knows the kinds issue #3 lists', () => {
    for (const kind of ['paste.blocked', 'paste.warned', 'paste.overridden', 'paste.allowed', 'drop.blocked', 'upload.blocked', 'message.captured', 'policy.applied', 'chain.broken', 'storage.full', 'notice.acknowledged']) {
      expect(RECORD_KINDS).toContain(kind);
    }
  });

  it.each([
    ['security: a finding with the clear value', (r: Record<string, unknown>) => ({ ...r, findings: [{ ...(r.findings as object[])[0], value: '123-45-6789' }] })],
    ['an absent optional key (all keys are required, null when empty)', (r: Record<string, unknown>) => { const { note: _note, ...rest } = r; return rest; }],
    ['an unknown key', (r: Record<string, unknown>) => ({ ...r, extra: 1 })],
    ['seq 0', (r: Record<string, unknown>) => ({ ...r, seq: 0 })],
    ['an uppercase hash', (r: Record<string, unknown>) => ({ ...r, hash: 'A'.repeat(64) })],
    ['a device time without offset', (r: Record<string, unknown>) => ({ ...r, deviceTime: '2026-11-22T10:00:00' })],
    ['year 0000, which PostgreSQL cannot store', (r: Record<string, unknown>) => ({ ...r, deviceTime: '0000-01-01T00:00:00Z' })],
    ['a time before 1970', (r: Record<string, unknown>) => ({ ...r, deviceTime: '1969-12-31T23:59:59Z' })],
  ])('refuses %s', async (_label, mutate) => {
    expect(RecordSchema.safeParse(mutate(await fixture('paste.blocked'))).success).toBe(false);
  });

  it('batches hold 1–500 records; heartbeats parse', async () => {
    const device = await SimulatedDevice.create();
    device.deviceId = crypto.randomUUID();
    expect(EventBatchSchema.safeParse({ deviceId: device.deviceId, records: await device.nextRecords(2) }).success).toBe(true);
    expect(EventBatchSchema.safeParse({ deviceId: device.deviceId, records: [] }).success).toBe(false);
    expect(HeartbeatSchema.safeParse(device.heartbeat(3)).success).toBe(true);
  });
});
