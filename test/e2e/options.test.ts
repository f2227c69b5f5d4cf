/**
 * The options page in real Chromium against the running demo (issue #4 "The options page"): the enrollment the
 * demo made through it is shown, the broker's own blocked paste appears masked and then delivered, the
 * monitoring notice's acknowledgment becomes a record that reaches the endpoint, and a refused setting is
 * reported inline and announced.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from '../../demo/start-demo';
import { DEMO_SSN, pasteIntoSite } from '../../demo/walkthrough';

describe('the options page', () => {
  let demo: Demo;

  beforeAll(async () => {
    demo = await startDemo({ headless: true });
  });
  afterAll(async () => demo?.stop());

  it('shows the endpoint it was enrolled with, and that a token is set (never the token)', async () => {
    const page = demo.optionsPage;
    await page.reload();
    await expect.poll(() => page.locator('#endpoint-url').inputValue()).toBe(demo.endpoint.url);
    expect(await page.locator('#enrollment-token').getAttribute('placeholder')).toContain('A token is set');
    expect(await page.content()).not.toContain(demo.endpoint.enrollmentToken);
  });

  it("lists the broker's blocked paste, masked, and marks it delivered once the endpoint's receipt covers it", async () => {
    await pasteIntoSite(demo.sitePages.webmail, 'webmail');
    const page = demo.optionsPage;
    await page.bringToFront();
    const row = page.locator('tbody tr', { hasText: 'Paste blocked' });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.locator('td').allInnerTexts()).toEqual([
      expect.any(String),
      'Paste blocked',
      `mail.personal.test:${demo.sites.port}`,
      // The demo text also names Jane Roe: the name is masked to initials.
      'name J. R., Social Security number ***-**-8194',
      'Blocked',
      expect.stringMatching(/^(waiting to send|delivered)$/),
    ]);
    await expect.poll(() => row.locator('td').last().innerText(), { timeout: 15_000 }).toBe('delivered');
    expect(await page.content()).not.toContain(DEMO_SSN);
  });

  it('records the monitoring-notice acknowledgment, shows its date, and the endpoint receives it', async () => {
    const page = demo.optionsPage;
    await page.locator('#acknowledge-notice').click();
    await expect.poll(() => page.locator('#notice-state').innerText()).toMatch(/^You acknowledged this notice on \w{3} \d{1,2}, \d{4}/);
    await expect.poll(() => page.locator('tbody tr', { hasText: 'Monitoring notice acknowledged' }).count(), { timeout: 10_000 }).toBe(1);
    await expect
      .poll(async () => (await sql<{ n: number }>`SELECT count(*) AS n FROM events WHERE kind = 'notice.acknowledged'`.execute(demo.endpoint.db)).rows[0]?.n, { timeout: 15_000 })
      .toBe(1);
    await page.reload();
    await expect.poll(() => page.locator('#notice-state').innerText()).toContain('You acknowledged this notice on');
  });

  it('reports a refused endpoint address inline, announced, and keeps the one in force', async () => {
    const page = demo.optionsPage;
    await page.locator('#endpoint-url').fill('not an address');
    await page.locator('#save-settings').click();
    const error = page.locator('#settings-error');
    await expect.poll(() => error.innerText()).toMatch(/^Not saved: /);
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await page.locator('#endpoint-url').getAttribute('aria-invalid')).toBe('true');
    await page.reload();
    await expect.poll(() => page.locator('#endpoint-url').inputValue()).toBe(demo.endpoint.url);
  });
});
