/** Supervisor sign-in: Argon2id accounts, server-side sessions with idle and absolute timeouts, roles, audit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../server/auth/accounts';
import { resolveSession, startSession } from '../../server/auth/sessions';
import { startHarness, type Harness } from './helpers/harness';

const PASSWORD = 'correct horse battery staple';

describe('supervisor sessions', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('embedded', { RATE_LIMIT_SIGNIN_PER_ACCOUNT: '5', RATE_LIMIT_SIGNIN_PER_ADDRESS: '1000' });
    await createAccount(h.database.db, { email: 'Ada@Firm.example', displayName: 'Ada', role: 'admin', password: PASSWORD }, 'test');
    await createAccount(h.database.db, { email: 'sam@firm.example', displayName: 'Sam', role: 'supervisor', password: PASSWORD }, 'test');
  }, 60_000);
  afterAll(async () => h?.close());

  const signIn = (email: string, password: string) => h.app.inject({ method: 'POST', url: '/admin/api/session', payload: { email, password } });
  const cookieOf = (response: Awaited<ReturnType<typeof signIn>>) => response.cookies.find((cookie) => cookie.name === 'cg_session');

  it('signs in with the right password and sets a hardened session cookie; stores only the Argon2id hash', async () => {
    const response = await signIn('ada@firm.example', PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ email: 'ada@firm.example', role: 'admin' });
    const cookie = cookieOf(response)!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/admin' });
    const me = await h.app.inject({ method: 'GET', url: '/admin/api/me', cookies: { cg_session: cookie.value } });
    expect(me.json()).toEqual({ email: 'ada@firm.example', role: 'admin' });
    const credential = await h.database.db.selectFrom('account_credentials').select('password_hash').executeTakeFirstOrThrow();
    expect(credential.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const sessions = await h.database.db.selectFrom('sessions').select('id_sha256').execute();
    expect(sessions.every((row) => row.id_sha256.length === 32 && row.id_sha256.toString('base64url') !== cookie.value)).toBe(true);
  });

  it('security: a wrong password, an unknown e-mail and a disabled account get the same 401 and are audited', async () => {
    await h.database.db.insertInto('account_disablements').values({ account_id: (await h.database.db.selectFrom('accounts').select('id').where('email', '=', 'sam@firm.example').executeTakeFirstOrThrow()).id, reason: 'left the firm' }).execute();
    const answers = await Promise.all([signIn('ada@firm.example', 'wrong password!!'), signIn('nobody@firm.example', PASSWORD), signIn('sam@firm.example', PASSWORD)]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.json().message).toBe('e-mail or password is wrong');
      expect(cookieOf(answer)).toBeUndefined();
    }
    const refused = await h.database.db.selectFrom('audit_log').select('actor_label').where('action', '=', 'session.refused').execute();
    expect(refused.map((row) => row.actor_label).sort()).toEqual(['ada@firm.example', 'nobody@firm.example', 'sam@firm.example']);
  });

  it('security: signing out ends the session server-side; the old cookie no longer works', async () => {
    const cookie = cookieOf(await signIn('ada@firm.example', PASSWORD))!;
    // Signing out changes state, so it carries the session's CSRF token (server/auth/csrf.ts).
    const { csrfToken } = (await h.app.inject({ method: 'GET', url: '/admin/api/csrf', cookies: { cg_session: cookie.value } })).json<{ csrfToken: string }>();
    expect((await h.app.inject({ method: 'DELETE', url: '/admin/api/session', cookies: { cg_session: cookie.value }, headers: { 'x-csrf-token': csrfToken } })).statusCode).toBe(204);
    const after = await h.app.inject({ method: 'GET', url: '/admin/api/me', cookies: { cg_session: cookie.value } });
    expect(after.statusCode).toBe(401);
  });

  it('security: sessions end after the idle timeout and at the absolute timeout despite activity', async () => {
    const account = await h.database.db.selectFrom('accounts').select('id').where('email', '=', 'ada@firm.example').executeTakeFirstOrThrow();
    const policy = { idleSeconds: 600, absoluteSeconds: 3600 };
    const start = new Date('2026-11-22T09:00:00Z');
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    const idle = await startSession(h.database.db, account.id, policy, start);
    expect(await resolveSession(h.database.db, idle, policy, at(9))).not.toBeNull();
    expect(await resolveSession(h.database.db, idle, policy, at(19.5))).toBeNull(); // 10.5 min after the last activity
    const busy = await startSession(h.database.db, account.id, policy, start);
    for (let minute = 5; minute < 60; minute += 5) expect(await resolveSession(h.database.db, busy, policy, at(minute))).not.toBeNull();
    expect(await resolveSession(h.database.db, busy, policy, at(60))).toBeNull();
  });

  it('security: roles — a supervisor cannot read the audit log, an admin can', async () => {
    await createAccount(h.database.db, { email: 'sue@firm.example', displayName: 'Sue', role: 'supervisor', password: PASSWORD }, 'test');
    const supervisor = cookieOf(await signIn('sue@firm.example', PASSWORD))!;
    expect((await h.app.inject({ method: 'GET', url: '/admin/api/audit', cookies: { cg_session: supervisor.value } })).statusCode).toBe(403);
    const admin = cookieOf(await signIn('ada@firm.example', PASSWORD))!;
    const audit = await h.app.inject({ method: 'GET', url: '/admin/api/audit', cookies: { cg_session: admin.value } });
    expect(audit.statusCode).toBe(200);
    expect(audit.json().entries.map((entry: { action: string }) => entry.action)).toContain('account.created');
  });

  it('security: sign-in attempts on one account are limited (429) even from many addresses', async () => {
    await createAccount(h.database.db, { email: 'target@firm.example', displayName: 'T', role: 'auditor', password: PASSWORD }, 'test');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const response = await h.app.inject({ method: 'POST', url: '/admin/api/session', remoteAddress: `198.51.100.${attempt}`, payload: { email: 'target@firm.example', password: `guess-${attempt}-xxxxxxxx` } });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('security: the application role cannot rewrite accounts, credentials or the audit log', async () => {
    const { sql } = await import('kysely');
    await expect(sql`UPDATE account_credentials SET password_hash = 'x'`.execute(h.database.db)).rejects.toThrow(/permission denied/);
    await expect(sql`DELETE FROM audit_log`.execute(h.database.db)).rejects.toThrow(/permission denied/);
    await expect(sql`UPDATE accounts SET role = 'admin'`.execute(h.database.db)).rejects.toThrow(/permission denied/);
  });
});
