/** The popup's sync line, read from what the sync client keeps in Dexie: never a guess, never a placeholder. */
import type { ChannelGuardDatabase } from '../db';
import type { SyncStatus } from '../page-api';
import type { SyncSettings } from './settings';

export async function readSyncStatus(db: ChannelGuardDatabase, settings: SyncSettings): Promise<SyncStatus> {
  const [{ queued, oldest }, progress, receipt, device] = await Promise.all([
    db.queueSummary(),
    db.readState('sync'),
    db.latestReceipt(),
    db.readState('device'),
  ]);
  const endpointUrl = settings.endpointUrl.value;
  const enrolledHere = device?.enrollment?.endpointUrl === endpointUrl && endpointUrl !== null;
  const state: SyncStatus['state'] =
    endpointUrl === null ? 'not-configured'
    : progress?.state === 'error' || progress?.state === 'offline' ? progress.state
    : enrolledHere ? 'connected'
    : 'enrolling';
  return {
    state,
    endpointUrl,
    queued,
    oldestQueuedAt: oldest?.deviceTime ?? null,
    lastDeliveryAt: progress?.lastDeliveryAt ?? null,
    lastReceipt: receipt ? { ackedThroughSeq: receipt.ackedThroughSeq, serverTime: receipt.serverTime } : null,
    lastError: progress?.lastError ?? null,
  };
}
