/** The toolbar badge: today's blocked count, so a broker sees at a glance that the guard is working. */
import browser from 'webextension-polyfill';
import type { ChannelGuardDatabase } from '../db';

export async function refreshBadge(db: ChannelGuardDatabase, now = new Date()): Promise<number> {
  const blocked = await db.countToday('blocked', now);
  await browser.action.setBadgeText({ text: blocked === 0 ? '' : blocked > 999 ? '999+' : String(blocked) });
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  return blocked;
}
