/**
 * Alerts that cannot wait (issue #3): the outbox is filled in the ingest transaction, an urgent event is mailed
 * to a real SMTP server on loopback within seconds, and webhooks get signed JSON, retried with backoff and
 * dead-lettered. Two workers on one database never deliver a job twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAlertJobsOnce, type AlertWorkerDeps } from '../../server/alerts/worker';
import { createMailer, type Mailer } from '../../server/mail';
import { isWebhookSignatureValid } from '../../server/alerts/webhook-signature';
import type { ChainRecord } from '../../utils/wire/record';
import { signInAs, type SignedIn } from './helpers/admin';
import { startHarness, type Harness } from './helpers/harness';
import { startReviewWorld, type ReviewWorld } from './helpers/review-world';
import type { SimulatedDevice } from './helpers/simulated-device';
import { startSmtpServer, type TestSmtpServer } from './helpers/smtp';
import { startWebhookReceiver } from './helpers/webhook-receiver';

/** An override reason a broker might type: a clear SSN that must never reach a mail or a webhook. */
const CLEAR_SSN = '123-45-6789';
const toWebmail = (record: Omit<ChainRecord, 'hash'>) => ({ ...record, action: 'warn' as const, justification: `client asked, SSN ${CLEAR_SSN}` });

describe('alerts: urgent mail and webhooks', () => {
  let h: Harness;
  let smtp: TestSmtpServer;
  let admin: SignedIn;
  let device: SimulatedDevice;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    h = await startHarness('embedded', {
      RATE_LIMIT_SIGNIN_PER_ADDRESS: '1000',
      SMTP_URL: smtp.url,
      ALERT_MAIL_TO: 'compliance@firm.example',
      ALERT_POLL_MS: '50',
      ALERT_RETRY_BASE_MS: '40',
      ALERT_MAX_ATTEMPTS: '3',
      ALERT_HTTP_TIMEOUT_MS: '2000',
    });
    admin = await signInAs(h, 'admin');
    device = await h.enroll();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });

  const send = async (records: ChainRecord[]) => {
    const response = await h.app.inject({ method: 'POST', url: '/v1/events', ...(await device.signedPost({ deviceId: device.deviceId, records })) });
    expect(response.statusCode, response.body).toBe(200);
  };
  const addWebhook = async (url: string) => (await admin.request({ method: 'POST', url: '/admin/api/webhooks', payload: { url, label: 'test' } })).json<{ id: string; secret: string }>();
  /** The webhook's jobs once none is mid-attempt (the receiver answers before the worker records the outcome). */
  const jobsOf = async (webhookId: string) => {
    const deadline = Date.now() + 3000;
    for (;;) {
      const jobs = await h.database.db.selectFrom('alert_jobs').selectAll().where('webhook_id', '=', webhookId).execute();
      if (jobs.every((job) => job.state !== 'pending') || Date.now() > deadline) return jobs;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  it('mails an urgent override (SSN to personal webmail) within seconds, masked only; a plain block is not urgent (a device without a broker: compliance gets it)', async () => {
    const started = Date.now();
    await send([...(await device.nextRecords(1, 'paste.blocked')), ...(await device.nextRecords(1, 'paste.overridden', toWebmail))]);
    const [mail] = await smtp.waitFor(1, 5000);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(mail!.to).toEqual(['compliance@firm.example']);
    expect(mail!.parsed.subject).toContain('Urgent: paste.overridden to mail.personal.test');
    expect(mail!.parsed.text).toContain('US_SSN ***-**-6789');
    expect(mail!.raw).not.toContain(CLEAR_SSN);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages).toHaveLength(1);
    const mailJobs = await h.database.db.selectFrom('alert_jobs').select(['state', 'rule']).where('channel', '=', 'mail').execute();
    expect(mailJobs).toEqual([{ state: 'delivered', rule: 'customer identifier overridden to personal webmail' }]);
  });

  it('delivers signed JSON to a webhook; the HMAC verifies with its secret and not with another', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const { id, secret } = await addWebhook(receiver.url);
      const other = await addWebhook('http://127.0.0.1:9/other');
      await admin.request({ method: 'DELETE', url: `/admin/api/webhooks/${other.id}` });
      await send([...(await device.nextRecords(1, 'paste.overridden', toWebmail)), ...(await device.nextRecords(1, 'message.captured'))]);
      await receiver.waitFor((received) => received.length === 1);
      const [hook] = receiver.received;
      const body = JSON.parse(hook!.body) as { deliveryId: string; sentAt: string; event: { kind: string; findings: Array<{ masked: string }>; justified: boolean } };
      expect(isWebhookSignatureValid(secret, hook!.body, hook!.headers['x-cg-signature'] as string)).toBe(true);
      expect(hook!.headers['x-cg-timestamp']).toBe(String(Date.parse(body.sentAt)));
      expect(body.event).toMatchObject({ kind: 'paste.overridden', justified: true, findings: [expect.objectContaining({ masked: '***-**-6789' })] });
      expect(hook!.body).not.toContain(CLEAR_SSN);
      expect(await jobsOf(id)).toEqual([expect.objectContaining({ state: 'delivered', attempts: 1 })]);
      expect(await jobsOf(other.id)).toEqual([]);
    } finally {
      await receiver.close();
    }
  });

  it('security: a webhook signature computed with another secret, or over a changed body, is detectably wrong', async () => {
    const { signWebhookBody } = await import('../../server/alerts/webhook-signature');
    const body = '{"deliveryId":"1"}';
    const header = signWebhookBody('cgwhsec_right', body);
    expect(isWebhookSignatureValid('cgwhsec_right', body, header)).toBe(true);
    expect(isWebhookSignatureValid('cgwhsec_wrong', body, header)).toBe(false);
    expect(isWebhookSignatureValid('cgwhsec_right', body.replace('1', '2'), header)).toBe(false);
    expect(isWebhookSignatureValid('cgwhsec_right', body, undefined)).toBe(false);
  });

  it('retries a receiver that answers 500 twice, then 200: exactly one successful delivery', async () => {
    const receiver = await startWebhookReceiver([500, 500], 200);
    try {
      const { id } = await addWebhook(receiver.url);
      await send(await device.nextRecords(1, 'paste.blocked'));
      await receiver.waitFor((received) => received.some((hook) => hook.status === 200));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(receiver.received.map((hook) => hook.status)).toEqual([500, 500, 200]);
      expect(new Set(receiver.received.map((hook) => JSON.parse(hook.body).deliveryId)).size).toBe(1);
      expect(receiver.received.map((hook) => JSON.parse(hook.body).attempt)).toEqual([1, 2, 3]);
      expect(await jobsOf(id)).toEqual([expect.objectContaining({ state: 'delivered', attempts: 3, last_error: null })]);
      await admin.request({ method: 'DELETE', url: `/admin/api/webhooks/${id}` });
    } finally {
      await receiver.close();
    }
  });

  it('dead-letters a delivery after ALERT_MAX_ATTEMPTS failures and lists it for admins', async () => {
    const receiver = await startWebhookReceiver([], 503);
    try {
      const { id } = await addWebhook(receiver.url);
      await send(await device.nextRecords(1, 'upload.blocked'));
      await receiver.waitFor((received) => received.length === 3);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(receiver.received).toHaveLength(3);
      expect(await jobsOf(id)).toEqual([expect.objectContaining({ state: 'dead', attempts: 3, last_error: 'HTTP 503' })]);
      const dead = await admin.request({ method: 'GET', url: '/admin/api/alerts?state=dead' });
      expect(dead.json().alerts).toContainEqual(expect.objectContaining({ webhookId: id, attempts: 3 }));
      await admin.request({ method: 'DELETE', url: `/admin/api/webhooks/${id}` });
    } finally {
      await receiver.close();
    }
  });
});

describe('alerts: several endpoint processes', () => {
  let h: Harness;
  beforeAll(async () => {
    // No loop of its own: the two workers below are the only ones claiming jobs.
    h = await startHarness('embedded', { RATE_LIMIT_SIGNIN_PER_ADDRESS: '1000', BACKGROUND_WORKERS: 'false' });
  }, 60_000);
  afterAll(async () => h?.close());

  it('two workers claiming the same outbox (FOR UPDATE SKIP LOCKED) deliver every job exactly once', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const admin = await signInAs(h, 'admin');
      expect((await admin.request({ method: 'POST', url: '/admin/api/webhooks', payload: { url: receiver.url, label: 'siem' } })).statusCode).toBe(201);
      const device = await h.enroll();
      const response = await h.app.inject({ method: 'POST', url: '/v1/events', ...(await device.signedPost({ deviceId: device.deviceId, records: await device.nextRecords(40, 'drop.blocked') })) });
      expect(response.statusCode).toBe(200);
      expect(await h.database.db.selectFrom('alert_jobs').select('id').where('state', '=', 'pending').execute()).toHaveLength(40);
      const deps: AlertWorkerDeps = { db: h.database.db, config: { ALERT_MAX_ATTEMPTS: 3, ALERT_RETRY_BASE_MS: 40, ALERT_HTTP_TIMEOUT_MS: 2000, ALERT_MAIL_TO: [] }, mailer: null, log: () => undefined };
      const drain = async () => {
        while ((await runAlertJobsOnce(deps, 7)) > 0);
      };
      await Promise.all([drain(), drain()]);
      const ids = receiver.received.map((hook) => JSON.parse(hook.body).deliveryId as string);
      expect(ids).toHaveLength(40);
      expect(new Set(ids).size).toBe(40);
    } finally {
      await receiver.close();
    }
  });
});

describe('alerts: urgent mail goes to the supervisors of the device\'s broker', () => {
  let w: ReviewWorld;
  let smtp: TestSmtpServer;
  let mailer: Mailer;
  const logged: string[] = [];
  const urgent = { kind: 'paste.overridden', action: 'warn', justification: `client asked, SSN ${CLEAR_SSN}` } as const;
  /** Runs the worker until the outbox is empty and returns the mails this call produced. */
  const deliver = async () => {
    const before = smtp.messages.length;
    const deps: AlertWorkerDeps = { db: w.database.db, config: { ALERT_MAX_ATTEMPTS: 3, ALERT_RETRY_BASE_MS: 40, ALERT_HTTP_TIMEOUT_MS: 2000, ALERT_MAIL_TO: ['compliance@firm.example'] }, mailer, log: (_level, message) => logged.push(message) };
    while ((await runAlertJobsOnce(deps)) > 0);
    return (await smtp.waitFor(before + 1)).slice(before);
  };
  beforeAll(async () => {
    smtp = await startSmtpServer();
    // No loop of its own: deliver() runs the worker with a log this test can read.
    w = await startReviewWorld({ BACKGROUND_WORKERS: 'false' });
    mailer = createMailer({ SMTP_URL: smtp.url, SMTP_PORT: 587, SMTP_SECURE: false, MAIL_FROM: 'alerts@firm.example' })!;
  }, 60_000);
  afterAll(async () => {
    mailer?.close();
    await w?.close();
    await smtp?.close();
  });

  it('security: an urgent override by a broker of group A mails group A\'s supervisor only — not group B\'s, not compliance', async () => {
    await w.send(w.deviceA, [urgent]);
    const mails = await deliver();
    expect(mails.map((mail) => mail.to)).toEqual([['sam@firm.example']]);
    expect(mails[0]!.raw).not.toContain(CLEAR_SSN);
    expect(logged.filter((line) => line.includes('ALERT_MAIL_TO'))).toEqual([]);
    await w.send(w.deviceB, [urgent]);
    expect((await deliver()).map((mail) => mail.to)).toEqual([['sue@firm.example']]);
  });

  it('falls back to ALERT_MAIL_TO only for a device with no broker or a broker with no supervisor, and the log says which', async () => {
    const loose = await w.enroll(); // the harness's token names no broker
    await w.send(loose, [urgent]);
    expect((await deliver()).map((mail) => mail.to)).toEqual([['compliance@firm.example']]);
    expect(logged).toContainEqual(expect.stringMatching(new RegExp(`device ${loose.deviceId}\\) goes to ALERT_MAIL_TO: the device has no broker$`)));
    // Group B's only supervisor moves off the desk: nobody supervises broker B any more.
    const ended = await w.app.inject({ method: 'DELETE', url: `/admin/api/groups/${w.groupB}/supervisors/${w.supervisorB.accountId}`, cookies: { cg_session: w.admin.cookie }, headers: { 'x-csrf-token': w.admin.csrf } });
    expect(ended.statusCode).toBe(204);
    await w.send(w.deviceB, [urgent]);
    expect((await deliver()).map((mail) => mail.to)).toEqual([['compliance@firm.example']]);
    expect(logged).toContainEqual(expect.stringMatching(new RegExp(`device ${w.deviceB.deviceId}\\) goes to ALERT_MAIL_TO: its broker has no active supervisor$`)));
  });
});
