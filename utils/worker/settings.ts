/**
 * The worker's effective settings: the policy pushed to frames and the fingerprint key kept in the worker.
 * Computed from managed storage at start and on every managed change, and cached in storage.session
 * (memory only, cleared with the browser, not readable by content scripts) so a woken worker answers at once.
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import type { ChannelGuardDatabase } from '../db';
import { mergeWithEndpoint, type EffectivePolicyWithSource } from '../effective-policy';
import { readManagedPolicy } from '../managed-policy';
import { PolicySourceSchema } from '../page-api';
import { DEFAULT_POLICY, EndpointUrlSchema, EnrollmentTokenSchema, FingerprintKeySchema, PolicySchema } from '../policy/schema';
import { resolveFingerprintKey } from './fingerprint-key';
import { reportRejected } from './report-rejected';

const WorkerSettingsSchema = z.strictObject({
  policy: PolicySchema,
  fingerprintKey: z.strictObject({ source: z.enum(['managed', 'install']), raw: FingerprintKeySchema }),
  source: PolicySourceSchema,
  forcedKeys: z.array(z.string()),
  /** Sync settings forced by IT; absent keys fall back to what the options page stored (utils/sync/settings.ts). */
  managedSync: z.strictObject({ endpointUrl: z.optional(EndpointUrlSchema), enrollmentToken: z.optional(EnrollmentTokenSchema) }),
});
export type WorkerSettings = z.infer<typeof WorkerSettingsSchema>;

export const SESSION_CACHE_KEY = 'effectiveSettings';

/**
 * Reads managed storage and the endpoint's last policy (kept in Dexie by the sync client), merges, reports
 * rejections and caches the result. Never throws for a bad policy.
 */
export async function computeSettings(db: ChannelGuardDatabase): Promise<WorkerSettings> {
  const managed = await readManagedPolicy();
  const remote = await db.readState('remotePolicy').catch(() => undefined);
  const effective = await mergeWithEndpoint(managed.forced, remote?.policy ?? null).catch((error: unknown): EffectivePolicyWithSource => {
    // Unreachable if each key parsed, but a worker that cannot merge must still enforce: the bundled default.
    console.warn('[channel-guard] policy could not be merged, using the bundled default:', error);
    return { policy: DEFAULT_POLICY, fingerprintKey: managed.forced.fingerprintKey, source: 'bundled', forcedKeys: [] };
  });
  await reportRejected(managed.rejected, effective.policy.version, db).catch((error: unknown) => {
    console.warn('[channel-guard] could not record the rejected managed values:', error);
  });
  const { endpointUrl, enrollmentToken } = managed.forced;
  const settings: WorkerSettings = {
    policy: effective.policy,
    fingerprintKey: await resolveFingerprintKey(effective.fingerprintKey),
    source: effective.source,
    forcedKeys: effective.forcedKeys,
    managedSync: { ...(endpointUrl === undefined ? {} : { endpointUrl }), ...(enrollmentToken === undefined ? {} : { enrollmentToken }) },
  };
  await browser.storage.session.set({ [SESSION_CACHE_KEY]: settings });
  return settings;
}

/** The cached settings, or undefined after a browser start or if the cache does not parse. */
export async function cachedSettings(): Promise<WorkerSettings | undefined> {
  const stored: Record<string, unknown> = await browser.storage.session.get(SESSION_CACHE_KEY).catch(() => ({}));
  const parsed = WorkerSettingsSchema.safeParse(stored[SESSION_CACHE_KEY]);
  return parsed.success ? parsed.data : undefined;
}
