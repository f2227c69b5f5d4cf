/**
 * The guard's policy, held in memory because the paste decision is synchronous (DESIGN.md decision 1).
 * It starts as the bundled DEFAULT_POLICY (fail closed) and is replaced when the worker answers
 * `policy.request` or pushes `policy.update`; anything malformed is ignored and the last good policy stays.
 */
import { browser } from 'wxt/browser';
import type { Message } from '../messages';
import { DEFAULT_POLICY } from '../policy/default-policy';
import type { Policy } from '../policy/schema';
import { isUsablePolicy } from './policy-shape';

export interface PolicyState {
  current(): Policy;
}

const policyOf = (input: unknown): unknown => (typeof input === 'object' && input !== null && 'policy' in input ? input.policy : undefined);

export function startPolicyState(): PolicyState {
  let policy: Policy = DEFAULT_POLICY;
  const accept = (candidate: unknown) => {
    if (isUsablePolicy(candidate)) policy = candidate;
  };

  browser.runtime.onMessage.addListener((input: unknown, sender) => {
    // Only the extension itself (its worker) can change the policy: runtime messages never come from pages,
    // and another extension would have a different id.
    if (sender.id !== browser.runtime.id) return;
    const type: unknown = typeof input === 'object' && input !== null && 'type' in input ? input.type : undefined;
    if (type === ('policy.update' satisfies Message['type'])) accept(policyOf(input));
  });

  const request: Message = { type: 'policy.request' };
  try {
    browser.runtime.sendMessage(request).then(
      (response: unknown) => accept(policyOf(response)),
      () => undefined, // No worker answered (yet): the default applies until it pushes an update.
    );
  } catch {
    // Extension context invalidated: keep the default.
  }

  return { current: () => policy };
}
