/**
 * Sends the new effective policy to every open tab, so a change applies without a reload (issue #2 §4).
 * `tabs.query({})` needs no `tabs` permission for ids, and `tabs.sendMessage` without a `frameId` reaches
 * every frame of the tab that listens (Chromium; proven in test/e2e/policy-live.test.ts).
 */
import browser from 'webextension-polyfill';
import type { Message } from '../messages';
import type { Policy } from '../policy/schema';

export async function pushPolicyToTabs(policy: Policy): Promise<{ tabs: number; delivered: number }> {
  const message: Message = { type: 'policy.update', policy };
  const tabs = await browser.tabs.query({});
  const tabIds = tabs.flatMap((tab) => (tab.id === undefined || tab.id < 0 ? [] : [tab.id]));
  // async: a synchronous throw for one tab becomes that tab's rejection, not the whole push's.
  const results = await Promise.allSettled(tabIds.map(async (tabId) => browser.tabs.sendMessage(tabId, message)));
  // A tab without the guard (chrome://, the Web Store, a page still loading) rejects: expected, not an error.
  return { tabs: results.length, delivered: results.filter((result) => result.status === 'fulfilled').length };
}
