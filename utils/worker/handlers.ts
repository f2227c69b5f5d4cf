/**
 * Message handlers grouped by trust (uBO): content scripts run in pages and are unprivileged, extension
 * pages are ours. Each group lists every message type, so a new type cannot be forgotten (the compiler
 * and test/utils/worker/handlers.test.ts check it).
 */
import type { Message, MessageType } from '../messages';
import { refreshBadge } from './badge';
import { toGuardRecordDraft } from './guard-record';
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

export const contentScriptHandlers: Handler<ContentScriptSender> = {
  'policy.request': answerPolicy,
  'guard.event': async ({ event }, sender, state) => {
    if (!frameUrlMatchesSender(event.frameUrl, sender)) {
      return { error: `guard.event: frameUrl ${event.frameUrl} does not belong to the sending frame (${sender.origin})` };
    }
    const record = await state.db.appendGuardRecord(await toGuardRecordDraft(event, state.fingerprint));
    // The record is safe; a badge that cannot be drawn (no action in this browser) must not lose the answer.
    await refreshBadge(state.db).catch((error: unknown) => console.warn('[channel-guard] badge not updated:', error));
    return { recorded: true, id: record.id };
  },
  'policy.update': notForTheWorker,
};

export const extensionPageHandlers: Handler<ExtensionPageSender> = {
  'policy.request': answerPolicy,
  // Guard events describe what happened in a web page; an extension page has none to report.
  'guard.event': async () => ({ error: 'guard.event is accepted only from content scripts in a tab' }),
  'policy.update': notForTheWorker,
};
