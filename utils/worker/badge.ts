/** The toolbar badge: today's blocked count, so a broker sees at a glance that the guard is working. */
import browser from 'webextension-polyfill';
import type { ChannelGuardDatabase } from '../db';

export async function refreshBadge(db: ChannelGuardDatabase, now = new Date(), recordsWaiting = false): Promise<number> {
  const blocked = await db.countBlockedToday(now);
  // Records waiting for disk space outrank the count: the broker must notice (issue #4, full disk).
  const text = recordsWaiting ? '!' : blocked === 0 ? '' : blocked > 999 ? '999+' : String(blocked);
  await browser.action.setBadgeText({ text });
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
