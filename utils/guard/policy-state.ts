/**
 * The guard's policy, held in memory because the paste decision is synchronous (DESIGN.md decision 1).
 * It starts as the bundled DEFAULT_POLICY (fail closed) and is replaced when the worker answers
 * `policy.request` or pushes `policy.update`; anything malformed is ignored and the last good policy stays.
 */
import { browser } from 'wxt/browser';
import { parseMessage, PolicyResponseSchema, type Message } from '../messages';
import { DEFAULT_POLICY, type Policy } from '../policy/schema';

export interface PolicyState {
  current(): Policy;
}

export function startPolicyState(): PolicyState {
  let policy: Policy = DEFAULT_POLICY;

  browser.runtime.onMessage.addListener((input: unknown, sender) => {
    // Only the extension itself (the worker) may change the policy; runtime messages cannot come from pages.
    if (sender.id !== browser.runtime.id) return;
    const parsed = parseMessage(input);
    if (parsed.ok && parsed.message.type === 'policy.update') policy = parsed.message.policy;
  });

  const request: Message = { type: 'policy.request' };
  try {
    browser.runtime.sendMessage(request).then(
      (response: unknown) => {
        const parsed = PolicyResponseSchema.safeParse(response);
        if (parsed.success) policy = parsed.data.policy;
      },
      () => undefined, // No worker answered (yet): the default applies until it pushes an update.
    );
  } catch {
    // Extension context invalidated: keep the default.
  }

  return { current: () => policy };
}
