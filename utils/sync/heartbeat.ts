/** Fleet health (issue #4): version, policy version, queue depth, age of the oldest unsent record, last error. */
import type { ChannelGuardDatabase, DeviceIdentity, Enrollment } from '../db';
import { postHeartbeat, type ApiContext } from './endpoint-api';

export async function sendHeartbeat(
  db: ChannelGuardDatabase,
  api: ApiContext,
  identity: DeviceIdentity,
  enrollment: Enrollment,
  facts: { extensionVersion: string; policyVersion: string; lastError: string | null },
) {
  const { queued, oldest } = await db.queueSummary();
  const age = oldest ? Math.max(0, Math.floor((Date.now() - Date.parse(oldest.deviceTime)) / 1000)) : null;
  return postHeartbeat(api, identity, enrollment, {
    id: crypto.randomUUID(),
    deviceId: enrollment.deviceId,
    sentAt: new Date().toISOString(),
    extensionVersion: facts.extensionVersion.slice(0, 50),
    policyVersion: facts.policyVersion,
    queueDepth: queued,
    oldestUnsentAgeSeconds: age,
    lastError: facts.lastError === null ? null : facts.lastError.slice(0, 2000),
  });
}
