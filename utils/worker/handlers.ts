/**
 * Message handlers grouped by trust (uBO): content scripts run in pages and are unprivileged, extension
 * pages are ours. Each group lists every message type, so a new type cannot be forgotten (the compiler
 * and test/utils/worker/handlers.test.ts check it).
 */
import type { Message, MessageType } from '../messages';
import { toGuardRecordDraft } from './guard-record';
import { acknowledgeNotice, answerRecords, answerSettings, answerStatus, changeSettings } from './page-handlers';
import type { PolicyResponse, WorkerResponse } from './responses';
import { frameUrlMatchesSender, type TrustedSender } from './sender';
import type { WorkerState } from './state';

type ContentScriptSender = Extract<TrustedSender, { trust: 'content-script' }>;
type ExtensionPageSender = Extract<TrustedSender, { trust: 'extension-page' }>;
type Handler<S> = { [T in MessageType]: (message: Extract<Message, { type: T }>, sender: S, state: WorkerState) => Promise<WorkerResponse> };

const answerPolicy = async (_message: unknown, _sender: unknown, state: WorkerState): Promise<PolicyResponse> => ({
  policy: state.settings.policy,
});

const notForTheWorker = async (): Promise<WorkerResponse> => ({ error: 'policy.update is sent by the worker to frames, never to it' });

/** A page's content script is not the broker: status, records and settings are for extension pages only. */
const privilegedOnly = async ({ type }: Message): Promise<WorkerResponse> => ({ error: `${type} is accepted only from the extension's own pages` });

export const contentScriptHandlers: Handler<ContentScriptSender> = {
  'policy.request': answerPolicy,
  'guard.event': async ({ event }, sender, state) => {
    if (!frameUrlMatchesSender(event.frameUrl, sender)) {
      return { error: `guard.event: frameUrl ${event.frameUrl} does not belong to the sending frame (${sender.origin})` };
    }
    const record = await state.appendRecord(await toGuardRecordDraft(event, state.fingerprint, state.settings.policy));
    return record === null ? { recorded: false } : { recorded: true, id: record.id };
  },
  'policy.update': notForTheWorker,
  'status.request': privilegedOnly,
  'records.request': privilegedOnly,
  'settings.get': privilegedOnly,
  'settings.set': privilegedOnly,
  'notice.acknowledge': privilegedOnly,
};

export const extensionPageHandlers: Handler<ExtensionPageSender> = {
  'policy.request': answerPolicy,
  // Guard events describe what happened in a web page; an extension page has none to report.
  'guard.event': async () => ({ error: 'guard.event is accepted only from content scripts in a tab' }),
  'policy.update': notForTheWorker,
  'status.request': async (message, _sender, state) => answerStatus(message, state),
  'records.request': async (message, _sender, state) => answerRecords(message, state),
  'settings.get': async (_message, _sender, state) => answerSettings(state),
  'settings.set': async (message, _sender, state) => changeSettings(message, state),
  'notice.acknowledge': async (message, _sender, state) => acknowledgeNotice(message, state),
};
