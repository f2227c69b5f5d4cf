/**
 * Privileged answers for extension pages (popup, options): tab and sync status, the broker's own records, sync
 * settings and the monitoring-notice acknowledgment. Content scripts never reach these (handlers.ts).
 */
import browser, { type Tabs } from 'webextension-polyfill';
import * as z from 'zod/mini';
import { noteDraft } from '../db';
import type { Message } from '../messages';
import type { NoticeAcknowledgedResponse, RecordsResponse, SettingsResponse, StatusResponse } from '../page-api';
import { readSyncSettings, writeSyncSettings } from '../sync/settings';
import { readSyncStatus } from '../sync/status';
import type { ErrorResponse } from './responses';
import type { WorkerState } from './state';
import { describeTab } from './tab-status';

type Of<T extends Message['type']> = Extract<Message, { type: T }>;

export async function answerStatus({ tabId }: Of<'status.request'>, state: WorkerState): Promise<StatusResponse> {
  // tab.url is visible through the <all_urls> host permission (wxt.config.ts): no `tabs` permission needed.
  // A closed tab rejects in Chromium (and resolves undefined in some fakes): either way, nothing to judge.
  const url = await browser.tabs.get(tabId).then((tab: Tabs.Tab | undefined) => tab?.url, () => undefined);
  const { policy, source, forcedKeys } = state.settings;
  const [sync, blocked] = await Promise.all([
    readSyncSettings(state.settings.managedSync).then((settings) => readSyncStatus(state.db, settings)),
    state.db.countBlockedToday(),
  ]);
  const withMemoryError = state.pendingError() ?? sync.lastError;
  return { tab: describeTab(url, policy), sync: { ...sync, lastError: withMemoryError }, today: { blocked }, policy: { version: policy.version, source, forcedKeys } };
}

export async function answerRecords({ limit }: Of<'records.request'>, state: WorkerState): Promise<RecordsResponse> {
  return { records: await state.db.recentRecords(limit) };
}

const NOTICE_KEY = 'notice.acknowledged';
const StoredNotice = z.object({ [NOTICE_KEY]: z.optional(z.strictObject({ at: z.string(), noticeVersion: z.string() })) });

export async function answerSettings(state: WorkerState): Promise<SettingsResponse> {
  const settings = await readSyncSettings(state.settings.managedSync);
  const notice = StoredNotice.safeParse(await browser.storage.local.get(NOTICE_KEY));
  return {
    endpointUrl: settings.endpointUrl,
    enrollmentToken: { set: settings.enrollmentToken.value !== null, forced: settings.enrollmentToken.forced },
    monitoringNotice: { acknowledgedAt: (notice.success ? notice.data[NOTICE_KEY]?.at : undefined) ?? null },
  };
}

export async function changeSettings(message: Of<'settings.set'>, state: WorkerState): Promise<SettingsResponse | ErrorResponse> {
  const change = {
    ...(message.endpointUrl === undefined ? {} : { endpointUrl: message.endpointUrl }),
    ...(message.enrollmentToken === undefined ? {} : { enrollmentToken: message.enrollmentToken }),
  };
  const written = await writeSyncSettings(change, state.settings.managedSync);
  if ('error' in written) return written;
  // Enrollment (or re-enrollment with a new endpoint) starts now; the answer does not wait for the network.
  state.requestSync('settings changed', { ignoreBackoff: true });
  return answerSettings(state);
}

/** NY Civil Rights Law §52-c: the acknowledgment is itself a record, so the supervisor holds the proof. */
export async function acknowledgeNotice({ noticeVersion }: Of<'notice.acknowledge'>, state: WorkerState): Promise<NoticeAcknowledgedResponse> {
  const note = `monitoring notice ${noticeVersion} acknowledged by the broker (NY Civil Rights Law §52-c)`;
  const acknowledgedAt = new Date().toISOString();
  // On a full disk the record waits in memory and is written later with this time (record-writer.ts).
  await state.appendRecord(noteDraft('notice.acknowledged', note, state.settings.policy.version, acknowledgedAt));
  await browser.storage.local.set({ [NOTICE_KEY]: { at: acknowledgedAt, noticeVersion } });
  return { acknowledgedAt };
}
