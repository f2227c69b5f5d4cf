/**
 * The daily digest (issue #3): counts of blocked and overridden events, open reviews and silent devices, mailed
 * once per supervisor and day to a real SMTP server on loopback (never twice, even from two processes at once),
 * and viewable by the signed-in supervisor only — as JSON and as escaped HTML.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../server/mail';
import { runDigestsOnce } from '../../server/reports/digest-scheduler';
import type { ChainRecord } from '../../utils/wire/record';
import { signInAs, type SignedIn } from './helpers/admin';
import { startHarness, type Harness } from './helpers/harness';
import { SimulatedDevice } from './helpers/simulated-device';
import { startSmtpServer, type TestSmtpServer } from './helpers/smtp';

const CLEAR_SSN = '123-45-6789';
const justified = (record: Omit<ChainRecord, 'hash'>) => ({ ...record, action: 'warn' as const, justification: `needed for SSN ${CLEAR_SSN}` });

describe('daily digest', () => {
  let h: Harness;
  let smtp: TestSmtpServer;
  let ann: SignedIn;
  let bob: SignedIn;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    h = await startHarness('embedded', { RATE_LIMIT_SIGNIN_PER_ADDRESS: '1000', BACKGROUND_WORKERS: 'false' });
    ann = await signInAs(h, 'supervisor', 'ann@firm.example');
    bob = await signInAs(h, 'supervisor', 'bob@firm.example');
    const named = await SimulatedDevice.create();
    const first = await h.app.inject({ method: 'POST', url: '/v1/enroll', payload: { token: h.token, publicKey: named.publicJwk, name: '<b>Broker</b> & "laptop"' } });
    named.deviceId = first.json<{ deviceId: string }>().deviceId;
    const other = await h.enroll();
    const post = async (device: SimulatedDevice, records: ChainRecord[]) =>
      expect((await h.app.inject({ method: 'POST', url: '/v1/events', ...(await device.signedPost({ deviceId: device.deviceId, records })) })).statusCode).toBe(200);
    await post(named, [...(await named.nextRecords(3, 'paste.blocked')), ...(await named.nextRecords(2, 'paste.overridden', justified)), ...(await named.nextRecords(2, 'message.captured'))]);
    await post(other, [...(await other.nextRecords(1, 'upload.blocked')), ...(await other.nextRecords(1, 'paste.warned'))]);
    await h.app.inject({ method: 'POST', url: '/v1/heartbeat', ...(await named.signedPost(named.heartbeat())) });
    // A device that last reported two days ago (enrolled three days ago): silent.
    const tokenId = (await h.database.db.selectFrom('enrollment_tokens').select('id').executeTakeFirstOrThrow()).id;
    const silent = await SimulatedDevice.create();
    const days = (count: number) => new Date(Date.now() - count * 86_400_000);
    await h.database.db.insertInto('devices').values({ id: crypto.randomUUID(), public_key_jwk: JSON.stringify(silent.publicJwk), name: 'quiet desktop', enrollment_token_id: tokenId, enrolled_at: days(3) }).execute();
    const quiet = await h.database.db.selectFrom('devices').select('id').where('name', '=', 'quiet desktop').executeTakeFirstOrThrow();
    await h.database.db.insertInto('heartbeats').values({ id: crypto.randomUUID(), device_id: quiet.id, received_at: days(2), sent_at: days(2).toISOString(), extension_version: '0.1.0', queue_depth: 0 }).execute();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });

  it('mails each supervisor once per day with the right counts and no clear value, even from two processes at once', async () => {
    const mailer = createMailer({ SMTP_URL: smtp.url, SMTP_PORT: 587, SMTP_SECURE: false, MAIL_FROM: 'digest@firm.example' })!;
    const deps = { db: h.database.db, config: { DIGEST_HOUR_UTC: 6 }, mailer, log: () => undefined };
    const morning = new Date();
    morning.setUTCHours(5, 59, 0, 0);
    expect(await runDigestsOnce(deps, morning)).toBe(0); // before the configured hour
    const now = new Date(Math.max(Date.now(), new Date(morning).setUTCHours(6, 0, 0, 0)) + 1000);
    const sent = await Promise.all([runDigestsOnce(deps, now), runDigestsOnce(deps, now)]);
    expect(sent[0]! + sent[1]!).toBe(2);
    expect(await runDigestsOnce(deps, now)).toBe(0);
    mailer.close();
    const mails = await smtp.waitFor(2);
    expect(mails.map((mail) => mail.to[0]).sort()).toEqual(['ann@firm.example', 'bob@firm.example']);
    for (const mail of mails) {
      expect(mail.parsed.subject).toContain('4 blocked, 2 overridden, 7 open reviews');
      expect(mail.parsed.text).toContain('Silent devices (no heartbeat for over 24 h): 1');
      expect(mail.parsed.text).toContain('quiet desktop: last heartbeat');
      expect(mail.parsed.html).toContain('&lt;b&gt;Broker&lt;/b&gt; &amp; &quot;laptop&quot;');
      expect(mail.parsed.html).not.toContain('<b>Broker</b>');
      expect(mail.raw).not.toContain(CLEAR_SSN);
      expect(mail.parsed.text).toContain('US_SSN ***-**-6789');
    }
    const ledger = await h.database.db.selectFrom('digests').select(['state']).execute();
    expect(ledger).toEqual([{ state: 'sent' }, { state: 'sent' }]);
  });

  it('serves the signed-in supervisor their own digest as JSON and escaped HTML', async () => {
    const json = await ann.request({ method: 'GET', url: '/admin/api/digest' });
    expect(json.statusCode).toBe(200);
    const { digest } = json.json();
    expect(digest.recipient.email).toBe('ann@firm.example');
    expect(digest.events).toMatchObject({ blocked: 4, overridden: 2 });
    expect(digest.openReviews.total).toBe(7);
    expect(digest.silentDevices.map((device: { name: string }) => device.name)).toEqual(['quiet desktop']);
    expect(json.body).not.toContain(CLEAR_SSN);
    const page = await ann.request({ method: 'GET', url: '/admin/digest' });
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<strong id="blocked">4</strong>');
    expect(page.body).toContain('&lt;b&gt;Broker&lt;/b&gt;');
    expect(page.body).not.toContain('<b>Broker</b>');
  });

  it('security: a supervisor cannot read another supervisor\'s digest; admins and auditors have none', async () => {
    const asAnn = await ann.request({ method: 'GET', url: `/admin/api/digest?account=${bob.accountId}` });
    expect(asAnn.statusCode).toBe(400);
    expect(asAnn.body).not.toContain('bob@firm.example');
    expect((await bob.request({ method: 'GET', url: '/admin/api/digest' })).json().digest.recipient.email).toBe('bob@firm.example');
    const admin = await signInAs(h, 'admin');
    const auditor = await signInAs(h, 'auditor');
    expect((await admin.request({ method: 'GET', url: '/admin/digest' })).statusCode).toBe(403);
    expect((await auditor.request({ method: 'GET', url: '/admin/api/digest' })).statusCode).toBe(403);
    expect((await h.app.inject({ method: 'GET', url: '/admin/api/digest' })).statusCode).toBe(401);
  });
});
