/**
 * What an alert, a webhook delivery and the digest say about one stored event: the masked findings only. Free
 * text a broker typed (an override justification) or a captured message is never copied into a notification:
 * it could hold anything, and the masked evidence is what a supervisor needs to act.
 */
import type { Kysely } from 'kysely';
import { RecordSchema } from '../../utils/wire/record';
import type { Database } from '../db/schema';

export interface AlertEvent {
  id: string;
  deviceId: string;
  deviceName: string | null;
  seq: number;
  kind: string;
  deviceTime: string;
  receivedAt: string;
  site: { host: string; status: string } | null;
  channel: { id: string; kind: string } | null;
  action: string | null;
  policyVersion: string | null;
  findings: Array<{ type: string; masked: string; fingerprint: string; detector: string; score: number }>;
  /** Whether the broker gave a justification (its text stays in the record, not in notifications). */
  justified: boolean;
}

export async function loadAlertEvents(db: Kysely<Database>, eventIds: readonly string[]): Promise<Map<string, AlertEvent>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('events as e')
    .innerJoin('devices as d', 'd.id', 'e.device_id')
    .select(['e.id', 'e.device_id', 'd.name', 'e.seq', 'e.kind', 'e.device_time', 'e.received_at', 'e.canonical', 'e.hash'])
    .where('e.id', 'in', eventIds)
    .execute();
  return new Map(rows.map((row) => [row.id, toAlertEvent(row)]));
}

function toAlertEvent(row: { id: string; device_id: string; name: string | null; seq: number; kind: string; device_time: Date; received_at: Date; canonical: string; hash: string }): AlertEvent {
  // The stored canonical text is the record the device signed (without its hash); it passed RecordSchema at ingest.
  const parsed = RecordSchema.safeParse({ ...(JSON.parse(row.canonical) as object), hash: row.hash });
  const record = parsed.success ? parsed.data : null;
  return {
    id: row.id,
    deviceId: row.device_id,
    deviceName: row.name,
    seq: row.seq,
    kind: row.kind,
    deviceTime: row.device_time.toISOString(),
    receivedAt: row.received_at.toISOString(),
    site: record?.site ?? null,
    channel: record?.channel ?? null,
    action: record?.action ?? null,
    policyVersion: record?.policyVersion ?? null,
    findings: (record?.findings ?? []).map(({ type, masked, fingerprint, detector, score }) => ({ type, masked, fingerprint, detector, score })),
    justified: Boolean(record?.justification),
  };
}
