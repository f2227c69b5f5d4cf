/**
 * Every change of the effective policy is evidence (issue #4): a snapshot of the applied policy is kept in
 * Dexie and a `policy.applied` record says which version took effect and from where. The bundled default at
 * first start is snapshotted without a record: nothing was applied by anyone.
 */
import { noteDraft, type ChannelGuardDatabase, type RecordDraft } from '../db';
import type { WorkerSettings } from './settings';

export async function recordPolicyIfChanged(
  db: ChannelGuardDatabase,
  settings: WorkerSettings,
  appendRecord: (draft: RecordDraft) => Promise<unknown>,
): Promise<boolean> {
  const latest = await db.latestPolicySnapshot();
  const { policy, source } = settings;
  if (latest?.version === policy.version) return false;
  await db.addPolicySnapshot({ appliedAt: new Date().toISOString(), version: policy.version, source, policy });
  if (latest === undefined && source === 'bundled') return false;
  const forced = settings.forcedKeys.length > 0 ? `; managed keys forced: ${settings.forcedKeys.join(', ')}` : '';
  await appendRecord(noteDraft('policy.applied', `policy ${policy.version} applied (source: ${source}${forced})`, policy.version));
  return true;
}
