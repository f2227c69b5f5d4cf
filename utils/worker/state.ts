/** Everything a handler needs, resolved once per worker start (and per policy change). */
import type { ChannelGuardDatabase } from '../db';
import type { Fingerprinter } from './guard-record';
import type { ExtensionIdentity } from './sender';
import type { WorkerSettings } from './settings';

export interface WorkerState {
  settings: WorkerSettings;
  fingerprint: Fingerprinter;
  db: ChannelGuardDatabase;
  self: ExtensionIdentity;
}
