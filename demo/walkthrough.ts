/**
 * The walkthrough's one action: a real Ctrl+V of a test SSN into a demo site's compose box. The headless demo
 * does it for the person who cannot see the window, and the demo test does exactly the same.
 */
import type { Page } from 'playwright-core';
import type { DemoSiteName } from './site-server';

/** A synthetic SSN (valid by the SSA's ranges, assigned to nobody we know of) that the guard blocks. */
export const DEMO_SSN = '536-22-8194';
export const DEMO_TEXT = `Jane Roe, SSN ${DEMO_SSN}, needs the transfer form re-sent.`;

/** The compose box of each demo site. */
export const COMPOSE_BOX: Record<DemoSiteName, string> = { webmail: '#compose', crm: '#notes', chat: '#message' };

export async function pasteIntoSite(page: Page, site: DemoSiteName, text = DEMO_TEXT): Promise<void> {
  await page.bringToFront();
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  // Focus rather than click: a notice from an earlier block may cover the box.
  await page.locator(COMPOSE_BOX[site]).focus();
  await page.keyboard.press('Control+V');
}
