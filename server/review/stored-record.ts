/**
 * The parts of a stored record (events.record, validated at ingest by utils/wire/record.ts) that the review side
 * shows. Parsed again here because jsonb is data from the database, not a type: a row that does not fit is
 * shown as unreadable rather than trusted.
 */
import { z } from 'zod';
import { explainFinding } from './explain';

const FindingSchema = z.object({
  type: z.string(),
  masked: z.string(),
  fingerprint: z.string(),
  detector: z.string(),
  score: z.number(),
  evidence: z.object({
    checksum: z.string().optional(),
    checksumPassed: z.boolean().optional(),
    context: z.array(z.object({ word: z.string(), start: z.number(), end: z.number() })),
    columnHeader: z.string().optional(),
    notes: z.array(z.string()).optional(),
  }),
});

const StoredRecordSchema = z.object({
  site: z.object({ host: z.string(), status: z.string() }).nullable(),
  channel: z.object({ id: z.string(), kind: z.string() }).nullable(),
  findings: z.array(FindingSchema),
  action: z.string(),
  justification: z.string().nullable(),
  policyVersion: z.string(),
});

export interface ReviewFinding {
  type: string;
  masked: string;
  detector: string;
  score: number;
  evidence: z.infer<typeof FindingSchema>['evidence'];
  explanation: string;
}

export interface ReviewRecord {
  site: { host: string; status: string } | null;
  channel: { id: string; kind: string } | null;
  action: string;
  justification: string | null;
  policyVersion: string;
  /** Masked evidence only: the keyed fingerprint stays server-side (it serves repeat detection, not reading). */
  findings: ReviewFinding[];
}

export function readStoredRecord(record: unknown): ReviewRecord {
  const parsed = StoredRecordSchema.safeParse(record);
  if (!parsed.success) {
    return { site: null, channel: null, action: 'unknown', justification: null, policyVersion: 'unknown', findings: [] };
  }
  const { findings, ...rest } = parsed.data;
  return {
    ...rest,
    findings: findings.map(({ fingerprint: _fingerprint, ...finding }) => ({ ...finding, explanation: explainFinding(finding) })),
  };
}
