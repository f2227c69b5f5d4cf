/**
 * One sync run (issue #4): identity → enrollment → outbox → policy → heartbeat → retention. Runs one at a time
 * per worker (a promise lock); two workers overlapping is harmless because the endpoint is idempotent. State
 * that must survive a worker restart (backoff, quarantine, progress) lives in Dexie.
 */
import type { ChannelGuardDatabase, Enrollment, RecordDraft, SyncProgress } from '../db';
import type { WorkerSettings } from '../worker/settings';
import { ensureDeviceIdentity } from './device-key';
import { deliverOutbox } from './deliver';
import { enroll, type Failure } from './endpoint-api';
import { sendHeartbeat } from './heartbeat';
import type { FetchLike } from './http';
import { refreshRemotePolicy } from './remote-policy';
import { nextAttemptAt } from './retry';
import { readSyncSettings } from './settings';

export interface SyncEnvironment {
  db: ChannelGuardDatabase;
  fetch: FetchLike;
  extensionVersion: string;
  /** The worker's current settings and writer (its `ready` promise). */
  current: () => Promise<{ settings: WorkerSettings; appendRecord: (draft: RecordDraft) => Promise<unknown>; pendingError: () => string | null }>;
  /** The endpoint's policy changed: recompute the effective policy and push it to every tab. */
  onRemotePolicyChanged: () => Promise<unknown>;
  /** Keeps the MV3 worker alive during a long drain (an extension API call resets its idle timer). */
  keepAlive: () => Promise<void>;
  random?: () => number;
}

export type SyncRun = 'not-configured' | 'waiting' | 'synced' | 'more' | 'failed' | 'held';

/** Stop starting batches after this long; the next run starts at once (within MV3's 30 s event budget). */
const RUN_BUDGET_MS = 20_000;

export async function runSync(env: SyncEnvironment, { ignoreBackoff = false } = {}): Promise<SyncRun> {
  const { db } = env;
  const { settings, appendRecord, pendingError } = await env.current();
  const sync = await readSyncSettings(settings.managedSync);
  const endpointUrl = sync.endpointUrl.value;
  if (endpointUrl === null) return 'not-configured';
  const backoff = await db.readState('backoff');
  if (!ignoreBackoff && backoff && backoff.notBefore > Date.now()) return 'waiting';

  const progress: SyncProgress = (await db.readState('sync')) ?? { state: 'enrolling', lastAttemptAt: null, lastDeliveryAt: null, lastError: null };
  progress.lastAttemptAt = new Date().toISOString();
  const fail = async (failure: Failure | { retry: boolean; retryAfterMs: number | null; message: string }): Promise<SyncRun> => {
    const attempt = (backoff?.attempt ?? 0) + 1;
    await db.writeState('backoff', { attempt, notBefore: nextAttemptAt(attempt, failure.retryAfterMs, Date.now(), env.random) });
    await db.writeState('sync', { ...progress, state: failure.retry ? 'offline' : 'error', lastError: failure.message });
    return 'failed';
  };

  const identity = await ensureDeviceIdentity(db);
  let enrollment: Enrollment | null = identity.enrollment?.endpointUrl === endpointUrl ? identity.enrollment : null;
  const api = { fetch: env.fetch, endpointUrl };
  if (enrollment === null) {
    const token = sync.enrollmentToken.value;
    if (token === null) return fail({ retry: false, retryAfterMs: null, message: 'no enrollment token: set one on the options page or in the managed policy' });
    await db.writeState('sync', { ...progress, state: 'enrolling' });
    const enrolled = await enroll(api, identity, token, env.extensionVersion);
    if (!enrolled.ok) return fail(enrolled);
    enrollment = enrolled.value;
    await db.writeState('device', { ...identity, enrollment });
  }

  const delivery = await deliverOutbox({
    db,
    api,
    identity,
    enrollment,
    appendRecord,
    policyVersion: settings.policy.version,
    extensionVersion: env.extensionVersion,
    deadline: Date.now() + RUN_BUDGET_MS,
    onProgress: env.keepAlive,
  });
  if (delivery.records > 0) progress.lastDeliveryAt = new Date().toISOString();
  if (delivery.kind === 'retry') return fail(delivery.failure);

  const policy = await refreshRemotePolicy(db, api, identity, enrollment);
  if (policy === 'changed') await env.onRemotePolicyChanged();
  const lastError = delivery.kind === 'held' ? delivery.message : typeof policy === 'string' ? null : policy.message;
  const heartbeat = await sendHeartbeat(db, api, identity, enrollment, {
    extensionVersion: env.extensionVersion,
    policyVersion: settings.policy.version,
    lastError: pendingError() ?? lastError,
  });
  await db.pruneDelivered(new Date(Date.now() - settings.policy.localRetentionDays * 86_400_000));
  if (!heartbeat.ok && heartbeat.retry) return fail(heartbeat);
  await db.writeState('backoff', { attempt: 0, notBefore: 0 });
  await db.writeState('sync', { ...progress, state: delivery.kind === 'held' ? 'error' : 'connected', lastError });
  return delivery.kind === 'held' ? 'held' : delivery.more ? 'more' : 'synced';
}
