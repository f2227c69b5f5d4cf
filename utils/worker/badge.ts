/** The toolbar badge: today's blocked count, so a broker sees at a glance that the guard is working. */
import browser from 'webextension-polyfill';
import type { ChannelGuardDatabase } from '../db';

export async function refreshBadge(db: ChannelGuardDatabase, now = new Date()): Promise<number> {
  const blocked = await db.countToday('blocked', now);
  await browser.action.setBadgeText({ text: blocked === 0 ? '' : blocked > 999 ? '999+' : String(blocked) });
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  return blocked;
}

export const BADGE_MIDNIGHT_ALARM = 'badge.midnight';

/**
 * "Today" ends at local midnight even when nothing wakes the worker then: an alarm redraws the badge.
 * Re-created at every worker start (alarms do not survive every browser restart reliably in MV3).
 */
export async function scheduleMidnightRefresh(now = new Date()): Promise<void> {
  const nextMidnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
  await browser.alarms.create(BADGE_MIDNIGHT_ALARM, { when: nextMidnight + 1000 });
}
