/**
 * The endpoint's published policy (GET /v1/policy with If-None-Match), kept in Dexie so a restarted worker
 * merges it without the network. The merge itself (managed keys forced over it) is effective-policy.ts.
 */
import type { ChannelGuardDatabase, DeviceIdentity, Enrollment } from '../db';
import { fetchPolicy, type ApiContext, type Failure } from './endpoint-api';

export async function refreshRemotePolicy(
  db: ChannelGuardDatabase,
  api: ApiContext,
  identity: DeviceIdentity,
  enrollment: Enrollment,
): Promise<'changed' | 'unchanged' | Failure> {
  const known = await db.readState('remotePolicy');
  const answer = await fetchPolicy(api, identity, enrollment, known?.policy ? known.etag : null);
  if (!answer.ok) return answer;
  if (answer.value === 'unchanged') return 'unchanged';
  const fetchedAt = new Date().toISOString();
  if (answer.value === null) {
    // Nothing published (or withdrawn): the managed or bundled policy applies again.
    if (!known?.policy) return 'unchanged';
    await db.writeState('remotePolicy', { etag: null, policy: null, fetchedAt });
    return 'changed';
  }
  const { policy, etag } = answer.value;
  if (known?.policy && JSON.stringify(known.policy) === JSON.stringify(policy.policy)) {
    await db.writeState('remotePolicy', { ...known, etag, fetchedAt });
    return 'unchanged';
  }
  await db.writeState('remotePolicy', { etag, policy: policy.policy, fetchedAt });
  return 'changed';
}
