/**
 * `npm run demo`, headless (issue #4 "Trying it in minutes"): the same startDemo() the script runs. A test SSN
 * pasted into the webmail is blocked, the same paste into the CRM is allowed, and the blocked record reaches
 * the endpoint's database within seconds, masked. Stopping removes the temporary database and frees the ports.
 */
import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from '../../demo/start-demo';
import { DEMO_SSN, DEMO_TEXT, pasteIntoSite } from '../../demo/walkthrough';
import { readNotices } from './support';

interface StoredEvent {
  kind: string;
  canonical: string;
}

async function waitForEvent(demo: Demo, kind: string, timeoutMs: number): Promise<StoredEvent> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await sql<StoredEvent>`SELECT kind, canonical FROM events WHERE kind = ${kind}`.execute(demo.endpoint.db);
    if (rows.rows[0]) return rows.rows[0];
    if (Date.now() > deadline) throw new Error(`no ${kind} record reached the endpoint within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('npm run demo (headless)', () => {
  let demo: Demo;

  beforeAll(async () => {
    demo = await startDemo({ headless: true });
  });
  afterAll(async () => demo?.stop());

  it('blocks the test SSN in the unapproved webmail and says why, masked', async () => {
    const webmail = demo.sitePages.webmail;
    await pasteIntoSite(webmail, 'webmail');
    await expect.poll(async () => (await readNotices(webmail)).length).toBe(1);
    expect(await webmail.locator('#compose').inputValue()).toBe('');
    const [notice] = await readNotices(webmail);
    expect(notice?.text).toContain('***-**-8194');
    expect(notice?.markup).not.toContain(DEMO_SSN);
  });

  it('allows the same paste in the approved CRM', async () => {
    const crm = demo.sitePages.crm;
    await pasteIntoSite(crm, 'crm');
    await expect.poll(() => crm.locator('#notes').inputValue()).toBe(DEMO_TEXT);
  });

  it('delivers the blocked record to the endpoint within seconds, masked', async () => {
    const started = Date.now();
    const blocked = await waitForEvent(demo, 'paste.blocked', 15_000);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(blocked.canonical).toContain('***-**-8194');
    expect(blocked.canonical).not.toContain(DEMO_SSN);
    expect(blocked.canonical).toContain('mail.personal.test');
  });

  it("puts the block in the demo supervisor's review queue, with masked evidence", async () => {
    const { url, supervisor } = demo.endpoint;
    const signIn = await fetch(`${url}/admin/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: supervisor.email, password: supervisor.password }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    await expect
      .poll(async () => {
        const queue = await fetch(`${url}/admin/api/queue`, { headers: { cookie } });
        return JSON.stringify(await queue.json());
      }, { timeout: 15_000, interval: 250 })
      .toContain('***-**-8194');
    const queue = JSON.stringify(await (await fetch(`${url}/admin/api/queue`, { headers: { cookie } })).json());
    expect(queue).toContain('paste.blocked');
    expect(queue).toContain('Jordan Demo');
    expect(queue).not.toContain(DEMO_SSN);
  });

  it('stops everything and removes its temporary database', async () => {
    const { dataDir } = demo;
    const endpointUrl = demo.endpoint.url;
    await demo.stop();
    expect(existsSync(dataDir)).toBe(false);
    await expect(fetch(`${endpointUrl}/healthz`)).rejects.toThrow();
  });
});
