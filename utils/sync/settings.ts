/**
 * Where this browser sends its records: the endpoint URL and enrollment token forced by the managed policy,
 * or else what a person entered on the options page (a trial, a developer laptop; issue #4). A managed key
 * that is present is forced (Bitwarden's semantics): the options page sees it as such and cannot change it.
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { EndpointUrlSchema, EnrollmentTokenSchema, describeIssues } from '../policy/schema';
import type { WorkerSettings } from '../worker/settings';

export const LOCAL_ENDPOINT_KEY = 'sync.endpointUrl';
export const LOCAL_TOKEN_KEY = 'sync.enrollmentToken';

const StoredSyncSettings = z.object({
  [LOCAL_ENDPOINT_KEY]: z.optional(EndpointUrlSchema),
  [LOCAL_TOKEN_KEY]: z.optional(EnrollmentTokenSchema),
});

export interface SyncSettings {
  endpointUrl: { value: string | null; forced: boolean };
  enrollmentToken: { value: string | null; forced: boolean };
}

export async function readSyncSettings(managed: WorkerSettings['managedSync']): Promise<SyncSettings> {
  const raw = await browser.storage.local.get([LOCAL_ENDPOINT_KEY, LOCAL_TOKEN_KEY]);
  // A stored value that no longer parses (hand-edited storage) counts as unset rather than stopping sync for good.
  const stored = StoredSyncSettings.safeParse(raw);
  const local = stored.success ? stored.data : {};
  return {
    endpointUrl: managed.endpointUrl !== undefined ? { value: managed.endpointUrl, forced: true } : { value: local[LOCAL_ENDPOINT_KEY] ?? null, forced: false },
    enrollmentToken:
      managed.enrollmentToken !== undefined ? { value: managed.enrollmentToken, forced: true } : { value: local[LOCAL_TOKEN_KEY] ?? null, forced: false },
  };
}

export interface SyncSettingsChange {
  endpointUrl?: string;
  enrollmentToken?: string;
}

/** Refuses a forced key or an invalid value with a precise error; otherwise stores the change. */
export async function writeSyncSettings(change: SyncSettingsChange, managed: WorkerSettings['managedSync']): Promise<{ error: string } | { ok: true }> {
  const updates: Record<string, string> = {};
  if (change.endpointUrl !== undefined) {
    if (managed.endpointUrl !== undefined) return { error: 'endpointUrl is set by your organization\'s managed policy and cannot be changed here' };
    const parsed = EndpointUrlSchema.safeParse(change.endpointUrl.trim());
    if (!parsed.success) return { error: `endpointUrl: ${describeIssues(parsed.error).join('; ').replace(/^\(root\): /, '')}` };
    updates[LOCAL_ENDPOINT_KEY] = parsed.data.replace(/\/+$/, '');
  }
  if (change.enrollmentToken !== undefined) {
    if (managed.enrollmentToken !== undefined) return { error: 'enrollmentToken is set by your organization\'s managed policy and cannot be changed here' };
    const parsed = EnrollmentTokenSchema.safeParse(change.enrollmentToken.trim());
    if (!parsed.success) return { error: `enrollmentToken: ${describeIssues(parsed.error).join('; ').replace(/^\(root\): /, '')}` };
    updates[LOCAL_TOKEN_KEY] = parsed.data;
  }
  if (Object.keys(updates).length > 0) await browser.storage.local.set(updates);
  return { ok: true };
}
