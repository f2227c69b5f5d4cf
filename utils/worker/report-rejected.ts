/**
 * A managed value that zod rejects is reported twice: on the worker console with the precise message (what
 * IT sees in chrome://extensions → service worker), and as a `policy.rejected` record (what supervisors and
 * the endpoint see). The same rejection is recorded once, not at every worker wake-up.
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { noteDraft, type ChannelGuardDatabase } from '../db';
import type { RejectedManagedValue } from '../managed-policy';

const LAST_REJECTED_KEY = 'policy.lastRejected';
const StoredSignature = z.object({ [LAST_REJECTED_KEY]: z.optional(z.string()) });

/** Returns whether a record was written. */
export async function reportRejected(rejected: RejectedManagedValue[], policyVersion: string, db: ChannelGuardDatabase): Promise<boolean> {
  for (const { key, error } of rejected) console.warn(`[channel-guard] managed policy key "${key}" rejected, default kept: ${error}`);
  const signature = JSON.stringify(rejected);
  const stored = StoredSignature.safeParse(await browser.storage.local.get(LAST_REJECTED_KEY));
  const previous = stored.success ? (stored.data[LAST_REJECTED_KEY] ?? '[]') : '[]';
  if (signature === previous) return false;
  if (rejected.length > 0) await db.appendRecord(noteDraft('policy.rejected', rejected.map(({ key, error }) => `${key}: ${error}`).join('\n'), policyVersion));
  await browser.storage.local.set({ [LAST_REJECTED_KEY]: signature });
  return rejected.length > 0;
}
