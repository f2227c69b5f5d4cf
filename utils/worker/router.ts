/**
 * The worker's one entry for runtime messages: check the sender, parse the message, hand it to the
 * handler for the sender's trust level. A forged sender gets no answer at all; a malformed message gets a
 * precise error and nothing is stored.
 */
import { parseMessage, type Message } from '../messages';
import { contentScriptHandlers, extensionPageHandlers } from './handlers';
import type { WorkerResponse } from './responses';
import { classifySender, type ExtensionIdentity, type TrustedSender } from './sender';
import type { WorkerState } from './state';

/**
 * Returns undefined for a sender that is not this extension (no response is sent, so a listener elsewhere
 * could still answer), otherwise a promise of the response. Synchronous up to that point on purpose.
 */
export function routeMessage(
  rawMessage: unknown,
  rawSender: unknown,
  self: ExtensionIdentity,
  ready: () => Promise<WorkerState>,
): Promise<WorkerResponse> | undefined {
  const sender = classifySender(rawSender, self);
  if ('rejected' in sender) {
    return sender.foreign ? undefined : Promise.resolve({ error: sender.rejected });
  }
  const parsed = parseMessage(rawMessage);
  if (!parsed.ok) return Promise.resolve({ error: parsed.error });
  return ready().then((state) => dispatch(parsed.message, sender, state));
}

function dispatch(message: Message, sender: TrustedSender, state: WorkerState): Promise<WorkerResponse> {
  // The casts pair each message with its own handler; TypeScript cannot correlate a union key with its value.
  if (sender.trust === 'content-script') {
    const handler = contentScriptHandlers[message.type] as (m: Message, s: typeof sender, st: WorkerState) => Promise<WorkerResponse>;
    return handler(message, sender, state);
  }
  const handler = extensionPageHandlers[message.type] as (m: Message, s: typeof sender, st: WorkerState) => Promise<WorkerResponse>;
  return handler(message, sender, state);
}
