/**
 * Sends guard events to the worker. Fire and forget: the decision never waits for it, and a worker that is
 * asleep is woken by the message; one that is missing (extension reloaded: "Extension context invalidated")
 * must not break the page's paste, so every failure is swallowed.
 */
import { browser } from 'wxt/browser';
import type { GuardEvent, Message } from '../messages';

export function reportGuardEvent(event: GuardEvent): void {
  const message: Message = { type: 'guard.event', event };
  try {
    void browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // The runtime is gone (extension updated or reloaded under the page): nothing to record to.
  }
}
