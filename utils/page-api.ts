/**
 * What the worker answers to the privileged messages of extension pages (popup, options): the requests are in
 * utils/messages.ts, the answers here, so the content script's bundle never carries them. Pages may parse the
 * answers with these schemas; the worker's handlers are typed by them.
 */
import * as z from 'zod/mini';
import './zod-messages';
import { ChannelKindSchema } from './policy/schema';
import { RecordSchema } from './wire/record';

export const TabStatusSchema = z.strictObject({
  /** Host of the tab's page, or null when it is not a web page (chrome://, the new tab page, a PDF viewer…). */
  host: z.nullable(z.string()),
  status: z.enum(['supervised', 'approved', 'unapproved', 'not-web']),
  channel: z.optional(z.strictObject({ id: z.string(), name: z.string(), kind: ChannelKindSchema })),
  /** One sentence for the broker: what happens to customer data pasted here under the effective policy. */
  customerData: z.string(),
});

export const SyncStatusSchema = z.strictObject({
  state: z.enum(['not-configured', 'enrolling', 'connected', 'offline', 'error']),
  endpointUrl: z.nullable(z.string()),
  /** Records not yet covered by a receipt. */
  queued: z.number(),
  oldestQueuedAt: z.nullable(z.string()),
  lastDeliveryAt: z.nullable(z.string()),
  lastReceipt: z.nullable(z.strictObject({ ackedThroughSeq: z.number(), serverTime: z.string() })),
  lastError: z.nullable(z.string()),
});

export const PolicySourceSchema = z.enum(['bundled', 'managed', 'endpoint', 'managed+endpoint']);

export const StatusResponseSchema = z.strictObject({
  tab: TabStatusSchema,
  sync: SyncStatusSchema,
  today: z.strictObject({ blocked: z.number() }),
  policy: z.strictObject({ version: z.string(), source: PolicySourceSchema, forcedKeys: z.array(z.string()) }),
});

/** Newest first, exactly as stored on this device and sent to the endpoint: masked findings, never values. */
export const RecordsResponseSchema = z.strictObject({ records: z.array(RecordSchema) });

export const SettingsResponseSchema = z.strictObject({
  endpointUrl: z.strictObject({ value: z.nullable(z.string()), forced: z.boolean() }),
  /** The token itself never leaves the worker: pages only learn whether one is set. */
  enrollmentToken: z.strictObject({ set: z.boolean(), forced: z.boolean() }),
  monitoringNotice: z.strictObject({ acknowledgedAt: z.nullable(z.string()) }),
});

export const NoticeAcknowledgedResponseSchema = z.strictObject({ acknowledgedAt: z.string() });

export type TabStatus = z.infer<typeof TabStatusSchema>;
export type SyncStatus = z.infer<typeof SyncStatusSchema>;
export type PolicySource = z.infer<typeof PolicySourceSchema>;
export type StatusResponse = z.infer<typeof StatusResponseSchema>;
export type RecordsResponse = z.infer<typeof RecordsResponseSchema>;
export type SettingsResponse = z.infer<typeof SettingsResponseSchema>;
export type NoticeAcknowledgedResponse = z.infer<typeof NoticeAcknowledgedResponseSchema>;
