/**
 * The worker's effective settings: the policy pushed to frames and the fingerprint key kept in the worker.
 * Computed from managed storage at start and on every managed change, and cached in storage.session
 * (memory only, cleared with the browser, not readable by content scripts) so a woken worker answers at once.
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import type { ChannelGuardDatabase } from '../db';
import { mergePolicy } from '../effective-policy';
import { readManagedPolicy } from '../managed-policy';
import { DEFAULT_POLICY, FingerprintKeySchema, PolicySchema } from '../policy/schema';
import { resolveFingerprintKey } from './fingerprint-key';
import { reportRejected } from './report-rejected';

const WorkerSettingsSchema = z.strictObject({
  policy: PolicySchema,
  fingerprintKey: z.strictObject({ source: z.enum(['managed', 'install']), raw: FingerprintKeySchema }),
});
export type WorkerSettings = z.infer<typeof WorkerSettingsSchema>;

export const SESSION_CACHE_KEY = 'effectiveSettings';

/** Reads managed storage, merges, reports rejections and caches the result. Never throws for a bad policy. */
export async function computeSettings(db: ChannelGuardDatabase): Promise<WorkerSettings> {
  const managed = await readManagedPolicy();
  const effective = await mergePolicy(managed.forced).catch((error: unknown) => {
    // Unreachable if each key parsed, but a worker that cannot merge must still enforce: the bundled default.
    console.warn('[channel-guard] managed policy could not be merged, using the bundled default:', error);
    return { policy: DEFAULT_POLICY, fingerprintKey: managed.forced.fingerprintKey };
  });
  await reportRejected(managed.rejected, effective.policy.version, db).catch((error: unknown) => {
    console.warn('[channel-guard] could not record the rejected managed values:', error);
  });
  const settings: WorkerSettings = { policy: effective.policy, fingerprintKey: await resolveFingerprintKey(effective.fingerprintKey) };
  await browser.storage.session.set({ [SESSION_CACHE_KEY]: settings });
  return settings;
}

/** The cached settings, or undefined after a browser start or if the cache does not parse. */
export async function cachedSettings(): Promise<WorkerSettings | undefined> {
  const stored: Record<string, unknown> = await browser.storage.session.get(SESSION_CACHE_KEY).catch(() => ({}));
  const parsed = WorkerSettingsSchema.safeParse(stored[SESSION_CACHE_KEY]);
  return parsed.success ? parsed.data : undefined;
}
