/**
 * Every record the worker writes goes through here (issue #4): a full disk never drops one silently. When
 * IndexedDB refuses a write for lack of space (QuotaExceededError), the draft waits in memory and in
 * storage.session (which survives a worker restart, not a browser restart), the broker sees it on the badge
 * and in the popup (status lastError), and as soon as a write works again a `storage.full` record goes into
 * the chain ahead of the waiting ones, so the supervisor learns of it at the next sync.
 */
import browser from 'webextension-polyfill';
import { noteDraft, type ChannelGuardDatabase, type LocalRecord, type RecordDraft } from '../db';
import { refreshBadge } from './badge';

const PENDING_KEY = 'records.pending';

export interface RecordWriter {
  /** The stored record, or null when it waits for space (it is kept and written later, never dropped). */
  append(draft: RecordDraft): Promise<LocalRecord | null>;
  /** Writes waiting records if space is back. */
  flush(): Promise<void>;
  /** What the broker must know while records wait, or null. */
  pendingError(): string | null;
}

interface Pending {
  since: string;
  drafts: RecordDraft[];
}

export function isQuotaError(error: unknown): boolean {
  const named = (value: unknown) => typeof value === 'object' && value !== null && 'name' in value && value.name === 'QuotaExceededError';
  return named(error) || (typeof error === 'object' && error !== null && 'inner' in error && named(error.inner));
}

export function createRecordWriter(db: ChannelGuardDatabase, onStored: (records: LocalRecord[]) => void): RecordWriter {
  let pending: Pending | null = null;
  const restored = browser.storage.session.get(PENDING_KEY).then(
    (stored: Record<string, unknown>) => {
      const value = stored[PENDING_KEY] as Pending | undefined;
      if (value && Array.isArray(value.drafts) && value.drafts.length > 0) pending = value;
    },
    () => undefined,
  );
  // One write at a time, so waiting records keep their order ahead of new ones.
  let queue: Promise<unknown> = restored;

  const write = async (draft: RecordDraft | null): Promise<LocalRecord | null> => {
    const waiting = pending;
    const drafts = waiting
      ? [noteDraft('storage.full', `storage was full from ${waiting.since} to ${new Date().toISOString()}: ${waiting.drafts.length} record(s) waited in memory and follow`, draft?.policyVersion ?? waiting.drafts[0]!.policyVersion), ...waiting.drafts]
      : [];
    if (draft) drafts.push({ ...draft, deviceTime: draft.deviceTime ?? new Date().toISOString() });
    if (drafts.length === 0) return null;
    try {
      const stored = await db.appendRecords(drafts);
      if (waiting) {
        pending = null;
        await browser.storage.session.remove(PENDING_KEY).catch(() => undefined);
      }
      onStored(stored);
      return draft ? stored[stored.length - 1]! : null;
    } catch (error) {
      if (!isQuotaError(error) || !draft) throw error;
      // The draft keeps the time of the event, not of the write that finally succeeds.
      pending = { since: waiting?.since ?? new Date().toISOString(), drafts: [...(waiting?.drafts ?? []), drafts[drafts.length - 1]!] };
      await browser.storage.session.set({ [PENDING_KEY]: pending }).catch(() => undefined);
      console.warn(`[channel-guard] storage full: ${pending.drafts.length} record(s) wait in memory`);
      return null;
    }
  };

  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    append: (draft) => enqueue(() => write(draft)),
    flush: () => enqueue(async () => void (pending ? await write(null).catch(() => null) : null)),
    pendingError: () =>
      pending ? `Storage is full: ${pending.drafts.length} record(s) since ${pending.since} are waiting to be written. Free disk space.` : null,
  };
}

/** The writer as handlers use it: each append also redraws the badge (today's blocks, or "!" while records wait). */
export function createRecordAppender(db: ChannelGuardDatabase, requestSync: (reason: string) => void) {
  const writer = createRecordWriter(db, () => requestSync('new record'));
  const appendRecord = async (draft: RecordDraft): Promise<LocalRecord | null> => {
    const record = await writer.append(draft);
    // The record is safe (or waiting); a badge that cannot be drawn must not lose the answer.
    await refreshBadge(db, new Date(), writer.pendingError() !== null).catch((error: unknown) => console.warn('[channel-guard] badge not updated:', error));
    return record;
  };
  return { appendRecord, flush: writer.flush, pendingError: writer.pendingError };
}
