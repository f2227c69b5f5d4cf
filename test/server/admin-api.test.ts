/** Admin APIs (issue #3): enrollment tokens, policy revisions and webhooks — roles, CSRF and the audit log. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../utils/policy/schema';
import { signInAs, type SignedIn } from './helpers/admin';
import { startHarness, type Harness } from './helpers/harness';

describe('admin APIs', () => {
  let h: Harness;
  let admin: SignedIn;
  let auditor: SignedIn;
  let supervisor: SignedIn;
  beforeAll(async () => {
    h = await startHarness('embedded', { RATE_LIMIT_SIGNIN_PER_ADDRESS: '1000', BACKGROUND_WORKERS: 'false' });
    [admin, auditor, supervisor] = [await signInAs(h, 'admin'), await signInAs(h, 'auditor'), await signInAs(h, 'supervisor')];
  }, 60_000);
  afterAll(async () => h?.close());

  const auditActions = async () => (await h.database.db.selectFrom('audit_log').select(['action', 'actor_label', 'target', 'detail']).orderBy('id').execute());

  it('creates an enrollment token once, lists it without the secret, revokes it; a device cannot enroll with it', async () => {
    const created = await admin.request({ method: 'POST', url: '/admin/api/enrollment-tokens', payload: { label: 'branch 7' } });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json<{ id: string; token: string }>();
    expect(token).toMatch(/^cgenroll_[A-Za-z0-9_-]{43}$/);
    const listed = await auditor.request({ method: 'GET', url: '/admin/api/enrollment-tokens' });
    expect(listed.body).not.toContain(token);
    expect(listed.json().tokens).toContainEqual(expect.objectContaining({ id, label: 'branch 7', revokedAt: null }));
    expect((await admin.request({ method: 'DELETE', url: `/admin/api/enrollment-tokens/${id}` })).statusCode).toBe(204);
    expect((await admin.request({ method: 'DELETE', url: '/admin/api/enrollment-tokens/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    const device = await import('./helpers/simulated-device').then(({ SimulatedDevice }) => SimulatedDevice.create());
    const enroll = await h.app.inject({ method: 'POST', url: '/v1/enroll', payload: { token, publicKey: device.publicJwk } });
    expect(enroll.statusCode).toBe(401);
    const audit = await auditActions();
    expect(audit).toContainEqual(expect.objectContaining({ action: 'enrollment_token.created', actor_label: admin.email, target: id }));
    expect(audit).toContainEqual(expect.objectContaining({ action: 'enrollment_token.revoked', target: id }));
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('publishes policy revisions validated by the extension schema; the device ETag changes', async () => {
    const device = await h.enroll();
    const first = await admin.request({ method: 'POST', url: '/admin/api/policy', payload: { ...DEFAULT_POLICY, version: 'firm-1' } });
    expect(first.statusCode).toBe(201);
    const beforeEtag = (await h.app.inject({ method: 'GET', url: '/v1/policy', headers: await device.policyHeaders() })).headers.etag;
    expect(beforeEtag).toBe(first.json().etag);
    const refused = await admin.request({ method: 'POST', url: '/admin/api/policy', payload: { ...DEFAULT_POLICY, unapprovedAction: 'shrug', approvedSites: ['crm'] } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('unapprovedAction');
    expect(refused.json().message).toContain('approvedSites.0');
    const second = await admin.request({ method: 'POST', url: '/admin/api/policy', payload: { ...DEFAULT_POLICY, version: 'firm-2', approvedSites: ['https://crm.firm.test/*'] } });
    const polled = await h.app.inject({ method: 'GET', url: '/v1/policy', headers: { ...(await device.policyHeaders()), 'if-none-match': String(beforeEtag) } });
    expect(polled.statusCode).toBe(200);
    expect(polled.headers.etag).toBe(second.json().etag);
    expect(polled.json().policy.version).toBe('firm-2');
    const current = await supervisor.request({ method: 'GET', url: '/admin/api/policy' });
    expect(current.json()).toMatchObject({ revision: second.json().revision, policy: { version: 'firm-2' } });
    const revisions = await auditor.request({ method: 'GET', url: '/admin/api/policy/revisions' });
    expect(revisions.json().revisions.map((row: { version: string }) => row.version)).toEqual(['firm-2', 'firm-1']);
    expect(await auditActions()).toContainEqual(expect.objectContaining({ action: 'policy.published', actor_label: admin.email, detail: expect.objectContaining({ version: 'firm-2' }) }));
  });

  it('creates webhooks with a secret shown once, lists them without it, disables them (audited)', async () => {
    const created = await admin.request({ method: 'POST', url: '/admin/api/webhooks', payload: { url: 'http://127.0.0.1:9/siem', label: 'SIEM' } });
    expect(created.statusCode).toBe(201);
    const { id, secret } = created.json<{ id: string; secret: string }>();
    expect(secret).toMatch(/^cgwhsec_/);
    const listed = await auditor.request({ method: 'GET', url: '/admin/api/webhooks' });
    expect(listed.body).not.toContain(secret);
    expect(listed.json().webhooks).toContainEqual(expect.objectContaining({ id, label: 'SIEM', disabledAt: null }));
    expect((await admin.request({ method: 'DELETE', url: `/admin/api/webhooks/${id}` })).statusCode).toBe(204);
    const after = await admin.request({ method: 'GET', url: '/admin/api/webhooks' });
    expect(after.json().webhooks.find((hook: { id: string }) => hook.id === id).disabledAt).not.toBeNull();
    const bad = await admin.request({ method: 'POST', url: '/admin/api/webhooks', payload: { url: 'file:///etc/passwd', label: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('url');
    expect(await auditActions()).toContainEqual(expect.objectContaining({ action: 'webhook.disabled', target: id }));
  });

  it('security: an auditor or supervisor cannot create webhooks, tokens or policies, even with a valid CSRF token', async () => {
    for (const user of [auditor, supervisor]) {
      const attempts = await Promise.all([
        user.request({ method: 'POST', url: '/admin/api/webhooks', payload: { url: 'http://127.0.0.1:9/x', label: 'x' } }),
        user.request({ method: 'POST', url: '/admin/api/enrollment-tokens', payload: { label: 'x' } }),
        user.request({ method: 'POST', url: '/admin/api/policy', payload: DEFAULT_POLICY }),
      ]);
      expect(attempts.map((response) => response.statusCode)).toEqual([403, 403, 403]);
    }
    const webhooks = await h.database.db.selectFrom('webhooks').select('label').execute();
    expect(webhooks.map((row) => row.label)).not.toContain('x');
  });

  it('security: a state-changing admin request without the session CSRF token is refused and changes nothing', async () => {
    const before = await h.database.db.selectFrom('enrollment_tokens').select('id').execute();
    const missing = await h.app.inject({ method: 'POST', url: '/admin/api/enrollment-tokens', cookies: { cg_session: admin.cookie }, payload: { label: 'csrf' } });
    const otherSessions = await h.app.inject({ method: 'POST', url: '/admin/api/enrollment-tokens', cookies: { cg_session: admin.cookie }, headers: { 'x-csrf-token': auditor.csrf }, payload: { label: 'csrf' } });
    expect([missing.statusCode, otherSessions.statusCode]).toEqual([403, 403]);
    expect(missing.json().error).toBe('csrf_refused');
    expect(await h.database.db.selectFrom('enrollment_tokens').select('id').execute()).toHaveLength(before.length);
  });
});
