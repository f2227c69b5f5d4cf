/**
 * The rows of the `state` table: small documents the worker must keep across restarts (a worker stopped
 * mid-sync continues where it was). Written and read only through ChannelGuardDatabase.
 */
import type { PolicySource } from '../page-api';
import type { Policy } from '../policy/schema';
import type { PublicJwk } from '../wire/device-api';

export interface OutboxState {
  /** Every record through this seq is covered by a verified receipt. */
  deliveredThroughSeq: number;
}

/** This browser's device identity. The private key is a non-extractable CryptoKey (structured clone keeps it so). */
export interface DeviceIdentity {
  keyPair: CryptoKeyPair;
  publicJwk: PublicJwk;
  createdAt: string;
  enrollment: Enrollment | null;
}

export interface Enrollment {
  endpointUrl: string;
  deviceId: string;
  /** Verifies receipts. */
  serverPublicKey: PublicJwk;
  enrolledAt: string;
}

/** What the popup shows about sync; updated by every sync attempt. */
export interface SyncProgress {
  state: 'enrolling' | 'connected' | 'offline' | 'error';
  lastAttemptAt: string | null;
  lastDeliveryAt: string | null;
  lastError: string | null;
}

/** Retry schedule for transient failures (network, 5xx, 408, 429), kept so a restarted worker keeps waiting. */
export interface BackoffState {
  attempt: number;
  notBefore: number;
}

/** A batch the endpoint refused with a 4xx: held back, reported, never retried in a loop. */
export interface QuarantineState {
  fromSeq: number;
  throughSeq: number;
  status: number;
  message: string;
  at: string;
  /** Which extension version quarantined it: an update (a fix) gets one more try. */
  extensionVersion: string;
}

export interface RemotePolicyState {
  etag: string | null;
  policy: Policy | null;
  fetchedAt: string;
}

export interface PolicySnapshot {
  id: number;
  appliedAt: string;
  version: string;
  source: PolicySource;
  policy: Policy;
}

export interface StateValues {
  outbox: OutboxState;
  device: DeviceIdentity;
  sync: SyncProgress;
  backoff: BackoffState;
  quarantine: QuarantineState | null;
  remotePolicy: RemotePolicyState;
  /** The last chain break reported as a record, so a break is recorded once, not at every worker start. */
  chainCheck: { reported: string; checkedAt: string };
}
