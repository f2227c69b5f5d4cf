/**
 * The one protocol between content scripts, extension pages and the service worker (STYLE.md §7).
 * Every message is parsed at runtime on arrival; the worker also checks who sent it (see background).
 * `zod/mini`, because the guard content script imports this in every frame.
 */
import * as z from 'zod/mini';
import './zod-messages';
import { PII_TYPES } from './classifier/types';
import { PolicySchema } from './policy/schema';

const text = (max: number) => z.string().check(z.maxLength(max));

export const ContextHitSchema = z.strictObject({ word: text(100), start: z.number(), end: z.number() });

export const EvidenceSchema = z.strictObject({
  checksum: z.optional(text(50)),
  checksumPassed: z.optional(z.boolean()),
  context: z.array(ContextHitSchema).check(z.maxLength(20)),
  columnHeader: z.optional(text(200)),
  notes: z.optional(z.array(text(200)).check(z.maxLength(10))),
});

/**
 * A finding as the guard reports it. `value` travels only from the guard to the worker, which turns it
 * into a keyed fingerprint and drops it: records never hold it (DESIGN.md decision 3).
 */
export const ReportedFindingSchema = z.strictObject({
  type: z.enum(PII_TYPES),
  start: z.number().check(z.int(), z.gte(0)),
  end: z.number().check(z.int(), z.gte(0)),
  score: z.number().check(z.gte(0), z.lte(1)),
  detector: text(100),
  evidence: EvidenceSchema,
  masked: text(100),
  value: text(200),
});

export const GuardSurfaceSchema = z.enum(['paste', 'drop', 'upload']);
export const GuardOutcomeSchema = z.enum(['blocked', 'warned', 'overridden', 'allowed', 'audited']);

export const GuardEventSchema = z.strictObject({
  surface: GuardSurfaceSchema,
  outcome: GuardOutcomeSchema,
  frameUrl: text(2048),
  topUrl: z.optional(text(2048)),
  destination: z.strictObject({
    status: z.enum(['supervised', 'approved', 'unapproved']),
    host: text(300),
    channelId: z.optional(text(64)),
    channelName: z.optional(text(100)),
  }),
  findings: z.array(ReportedFindingSchema).check(z.minLength(1), z.maxLength(200)),
  justification: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
  policyVersion: text(100),
  contentLength: z.number().check(z.int(), z.gte(0)),
  fileName: z.optional(text(260)),
});

export const MessageSchema = z.discriminatedUnion('type', [
  /** Guard → worker, at start: what is the effective policy? Answer: PolicyResponse. */
  z.strictObject({ type: z.literal('policy.request') }),
  /** Guard → worker: something was blocked, warned, overridden or allowed with customer data. */
  z.strictObject({ type: z.literal('guard.event'), event: GuardEventSchema }),
  /** Worker → every frame: the effective policy changed; apply it now, no reload. */
  z.strictObject({ type: z.literal('policy.update'), policy: PolicySchema }),
  // Privileged (extension pages only: popup, options). Answers: utils/page-api.ts.
  /** Popup → worker: the status of one tab, of sync, today's blocks and the policy. Answer: StatusResponse. */
  z.strictObject({ type: z.literal('status.request'), tabId: z.number().check(z.int(), z.gte(0)) }),
  /** Options → worker: the broker's own most recent records, masked as stored. Answer: RecordsResponse. */
  z.strictObject({ type: z.literal('records.request'), limit: z.number().check(z.int(), z.gte(1), z.lte(500)) }),
  /** Options → worker: the sync settings and which of them IT forces. Answer: SettingsResponse. */
  z.strictObject({ type: z.literal('settings.get') }),
  /** Options → worker: set what IT does not force; starts enrollment. Answer: SettingsResponse or ErrorResponse. */
  z.strictObject({
    type: z.literal('settings.set'),
    endpointUrl: z.optional(z.string().check(z.maxLength(2048))),
    enrollmentToken: z.optional(z.string().check(z.maxLength(200))),
  }),
  /** Options → worker: the broker acknowledged the monitoring notice (NY Civil Rights Law §52-c). Answer: NoticeAcknowledgedResponse. */
  z.strictObject({ type: z.literal('notice.acknowledge'), noticeVersion: z.string().check(z.minLength(1), z.maxLength(100)) }),
]);

export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];
export type GuardEvent = z.infer<typeof GuardEventSchema>;
export type ReportedFinding = z.infer<typeof ReportedFindingSchema>;

export const PolicyResponseSchema = z.strictObject({ policy: PolicySchema });
export const GuardEventResponseSchema = z.strictObject({ recorded: z.boolean(), id: z.optional(z.string()) });
export const ErrorResponseSchema = z.strictObject({ error: z.string() });

/** Parses an incoming message; never throws. */
export function parseMessage(input: unknown): { ok: true; message: Message } | { ok: false; error: string } {
  const result = MessageSchema.safeParse(input);
  if (result.success) return { ok: true, message: result.data };
  const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return { ok: false, error: `malformed message: ${issues.join('; ')}` };
}
