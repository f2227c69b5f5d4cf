/** Everything a handler needs, resolved once per worker start (and per policy change). */
import type { ChannelGuardDatabase, LocalRecord, RecordDraft } from '../db';
import type { Fingerprinter } from './guard-record';
import type { ExtensionIdentity } from './sender';
import type { WorkerSettings } from './settings';

export interface WorkerState {
  settings: WorkerSettings;
  fingerprint: Fingerprinter;
  /** Read access for handlers; records are written only through `appendRecord`. */
  db: ChannelGuardDatabase;
  self: ExtensionIdentity;
  /** Chains and stores a record (never dropped on a full disk: see record-writer.ts); null while it waits for space. */
  appendRecord: (draft: RecordDraft) => Promise<LocalRecord | null>;
  /** Asks the sync client to run soon (it runs one sync at a time). */
  requestSync: (reason: string, options?: { ignoreBackoff?: boolean }) => void;
  /** An error the broker must see now that is not in Dexie (a full disk), or null. */
  pendingError: () => string | null;
}
