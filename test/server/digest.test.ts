/**
 * The daily digest (issue #3): counts of blocked and overridden events, open reviews and silent devices of the
 * supervisor's own groups only, mailed once per supervisor and day to a real SMTP server on loopback (never
 * twice, even from two processes at once), and viewable by the signed-in supervisor only — as JSON and as
 * escaped HTML. The firm is ./helpers/review-world.ts: group A (broker Alice, supervisor sam) and group B
 * (broker Bob, supervisor sue).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../server/mail';
import type { Digest } from '../../server/reports/digest';
import { runDigestsOnce } from '../../server/reports/digest-scheduler';
import { startReviewWorld, type Actor, type ReviewWorld } from './helpers/review-world';
import { SimulatedDevice } from './helpers/simulated-device';
import { startSmtpServer, type TestSmtpServer } from './helpers/smtp';

const CLEAR_SSN = '123-45-6789';
const HOSTILE_NAME = '<b>Broker</b> & "laptop"';
const overridden = { kind: 'paste.overridden', action: 'warn', justification: `needed for SSN ${CLEAR_SSN}` } as const;

describe('daily digest', () => {
  let w: ReviewWorld;
  let smtp: TestSmtpServer;
  /** Group A's reviewable events: one reviewed (by the admin), one only claimed (by sam), the rest untouched. */
  let eventsA: string[] = [];
  let reviewedA: string;
  let claimedA: string;
  let eventsB: string[] = [];
  const digestOf = async (actor: Actor) => {
    const response = await actor.get('/admin/api/digest');
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ digest: Digest }>().digest;
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    w = await startReviewWorld({ BACKGROUND_WORKERS: 'false' });
    // A second device of broker A, with a name that must be escaped wherever it is shown.
    const token = (await w.admin.post(`/admin/api/brokers/${w.brokerA}/enrollment-tokens`)).json<{ token: string }>().token;
    const laptop = await SimulatedDevice.create();
    laptop.deviceId = (await w.app.inject({ method: 'POST', url: '/v1/enroll', payload: { token, publicKey: laptop.publicJwk, name: HOSTILE_NAME } })).json<{ deviceId: string }>().deviceId;
    eventsA = [
      ...(await w.send(laptop, [{ kind: 'paste.blocked' }, { kind: 'paste.blocked' }, { kind: 'paste.blocked' }, overridden, overridden, { kind: 'message.captured' }, { kind: 'message.captured' }])).slice(0, 5),
      ...(await w.send(w.deviceA, [{ kind: 'paste.warned' }])),
    ];
    eventsB = await w.send(w.deviceB, [{ kind: 'upload.blocked' }, { kind: 'paste.warned' }]);
    [reviewedA, claimedA] = [eventsA[0]!, eventsA[1]!];
    expect((await w.admin.post(`/admin/api/events/${reviewedA}/reviews`, { disposition: 'coached_broker', comment: 'called Alice' })).statusCode).toBe(201);
    expect((await w.supervisorA.post(`/admin/api/events/${claimedA}/claim`)).statusCode).toBe(201);
    // A device of broker A that last reported two days ago (enrolled three days ago): silent.
    const days = (count: number) => new Date(Date.now() - count * 86_400_000);
    const quiet = crypto.randomUUID();
    // Enrolled with the harness's token, which names no broker: the assignment below makes it broker A's.
    const tokenId = (await w.database.db.selectFrom('enrollment_tokens').select('id').orderBy('created_at').executeTakeFirstOrThrow()).id;
    await w.database.db.insertInto('devices').values({ id: quiet, public_key_jwk: JSON.stringify((await SimulatedDevice.create()).publicJwk), name: 'quiet desktop', enrollment_token_id: tokenId, enrolled_at: days(3) }).execute();
    await w.database.db.insertInto('heartbeats').values({ id: crypto.randomUUID(), device_id: quiet, received_at: days(2), sent_at: days(2).toISOString(), extension_version: '0.1.0', queue_depth: 0 }).execute();
    expect((await w.admin.post(`/admin/api/devices/${quiet}/assignments`, { brokerId: w.brokerA, reason: 'desktop at the Boston desk' })).statusCode).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await w?.close();
    await smtp?.close();
  });

  it('security: mails each supervisor once per day with only their own groups\' counts and no clear value, even from two processes at once', async () => {
    const mailer = createMailer({ SMTP_URL: smtp.url, SMTP_PORT: 587, SMTP_SECURE: false, MAIL_FROM: 'digest@firm.example' })!;
    const deps = { db: w.database.db, config: { DIGEST_HOUR_UTC: 6 }, mailer, log: () => undefined };
    const morning = new Date();
    morning.setUTCHours(5, 59, 0, 0);
    expect(await runDigestsOnce(deps, morning)).toBe(0); // before the configured hour
    const now = new Date(Math.max(Date.now(), new Date(morning).setUTCHours(6, 0, 0, 0)) + 1000);
    const sent = await Promise.all([runDigestsOnce(deps, now), runDigestsOnce(deps, now)]);
    expect(sent[0]! + sent[1]!).toBe(2);
    expect(await runDigestsOnce(deps, now)).toBe(0);
    mailer.close();
    const mails = await smtp.waitFor(2);
    const toSam = mails.find((mail) => mail.to[0] === 'sam@firm.example')!;
    const toSue = mails.find((mail) => mail.to[0] === 'sue@firm.example')!;
    // Group A: 3 blocked + 2 overridden + 1 warned are reviewable; the reviewed one is not open, the claimed one is.
    expect(toSam.parsed.subject).toContain('3 blocked, 2 overridden, 5 open reviews');
    expect(toSam.parsed.text).toContain('Alice Archer: 3 blocked, 2 overridden');
    expect(toSam.parsed.text).toContain('Silent devices (no heartbeat for over 24 h): 1');
    expect(toSam.parsed.text).toContain('quiet desktop: last heartbeat');
    expect(toSam.parsed.html).toContain('&lt;b&gt;Broker&lt;/b&gt; &amp; &quot;laptop&quot;');
    expect(toSam.parsed.html).not.toContain('<b>Broker</b>');
    expect(toSam.parsed.text).toContain('US_SSN ***-**-6789');
    // Group B sees none of group A: not its broker, its device, its silent desktop or its open items.
    expect(toSue.parsed.subject).toContain('1 blocked, 0 overridden, 2 open reviews');
    expect(toSue.parsed.text).toContain('Bob Baker: 1 blocked, 0 overridden');
    expect(toSue.parsed.text).toContain('Silent devices (no heartbeat for over 24 h): 0');
    for (const leak of ['Alice Archer', 'laptop', 'quiet desktop', 'paste.overridden']) expect(toSue.raw).not.toContain(leak);
    for (const mail of mails) expect(mail.raw).not.toContain(CLEAR_SSN);
    const ledger = await w.database.db.selectFrom('digests').select(['state']).execute();
    expect(ledger).toEqual([{ state: 'sent' }, { state: 'sent' }]);
  });

  it('open reviews are the unreviewed events of the supervisor\'s brokers, oldest first: a review by anyone closes one, a claim does not', async () => {
    const digest = await digestOf(w.supervisorA);
    expect(digest.openReviews.total).toBe(5);
    expect(digest.openReviews.oldest.map((item) => item.eventId)).toEqual(eventsA.filter((id) => id !== reviewedA));
    expect(digest.openReviews.oldest.map((item) => item.eventId)).toContain(claimedA);
    expect(new Set(digest.openReviews.oldest.map((item) => item.brokerId))).toEqual(new Set([w.brokerA]));
    expect(digest.openReviews.byAge).toEqual({ underOneDay: 5, oneToThreeDays: 0, overThreeDays: 0 });
    // A later review of another item, by the group's own supervisor, closes that one too.
    expect((await w.supervisorA.post(`/admin/api/events/${claimedA}/reviews`, { disposition: 'false_positive', comment: 'test data' })).statusCode).toBe(201);
    expect((await digestOf(w.supervisorA)).openReviews.oldest.map((item) => item.eventId)).toEqual(eventsA.filter((id) => id !== reviewedA && id !== claimedA));
  });

  it('serves the signed-in supervisor their own digest as JSON and escaped HTML', async () => {
    const json = await w.supervisorA.get('/admin/api/digest');
    expect(json.statusCode).toBe(200);
    const { digest } = json.json<{ digest: Digest }>();
    expect(digest.recipient.email).toBe('sam@firm.example');
    expect(digest.brokers).toBe(1);
    expect(digest.events).toMatchObject({ blocked: 3, overridden: 2, byBroker: [{ brokerId: w.brokerA, label: 'Alice Archer', blocked: 3, overridden: 2 }] });
    expect(digest.silentDevices.map((device) => device.name)).toEqual(['quiet desktop']);
    expect(json.body).not.toContain(CLEAR_SSN);
    const page = await w.supervisorA.get('/admin/digest');
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<strong id="blocked">3</strong>');
    expect(page.body).toContain('&lt;b&gt;Broker&lt;/b&gt;');
    expect(page.body).not.toContain('<b>Broker</b>');
  });

  it('security: a supervisor of group B gets group B only — no broker, event or open item of group A', async () => {
    const digest = await digestOf(w.supervisorB);
    expect(digest.events.byBroker.map((broker) => broker.brokerId)).toEqual([w.brokerB]);
    expect(new Set(digest.events.recent.map((event) => event.deviceId))).toEqual(new Set([w.deviceB.deviceId]));
    expect(digest.openReviews.oldest.map((item) => item.eventId)).toEqual(eventsB);
    expect(digest.silentDevices).toEqual([]);
  });

  it('security: a supervisor cannot read another supervisor\'s digest; admins and auditors have none', async () => {
    const asSam = await w.supervisorA.get(`/admin/api/digest?account=${w.supervisorB.accountId}`);
    expect(asSam.statusCode).toBe(400);
    expect(asSam.body).not.toContain('sue@firm.example');
    expect((await w.admin.get('/admin/digest')).statusCode).toBe(403);
    expect((await w.auditor.get('/admin/api/digest')).statusCode).toBe(403);
    expect((await w.app.inject({ method: 'GET', url: '/admin/api/digest' })).statusCode).toBe(401);
  });

  it('security: once sue\'s assignment to group B ends, her digest is empty at once (the queue\'s active_* rule)', async () => {
    const ended = await w.app.inject({ method: 'DELETE', url: `/admin/api/groups/${w.groupB}/supervisors/${w.supervisorB.accountId}`, cookies: { cg_session: w.admin.cookie }, headers: { 'x-csrf-token': w.admin.csrf } });
    expect(ended.statusCode).toBe(204);
    const digest = await digestOf(w.supervisorB);
    expect(digest).toMatchObject({ brokers: 0, events: { blocked: 0, overridden: 0, byBroker: [], recent: [] }, openReviews: { total: 0, oldest: [] } });
  });
});
