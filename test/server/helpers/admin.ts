/** Signed-in supervisor-side users for API tests: an account of a role, its session cookie and CSRF token. */
import { randomUUID } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createAccount, type Role } from '../../../server/auth/accounts';
import type { Harness } from './harness';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface SignedIn {
  accountId: string;
  email: string;
  cookie: string;
  csrf: string;
  /** app.inject with this user's cookie and (for writes) CSRF header. */
  request(options: InjectOptions & { url: string }): Promise<LightMyRequestResponse>;
}

export async function signInAs(h: Harness, role: Role, email = `${role}-${randomUUID().slice(0, 8)}@firm.example`): Promise<SignedIn> {
  const accountId = await createAccount(h.database.db, { email, displayName: `${role} user`, role, password: TEST_PASSWORD }, 'test');
  const session = await h.app.inject({ method: 'POST', url: '/admin/api/session', payload: { email, password: TEST_PASSWORD } });
  if (session.statusCode !== 200) throw new Error(`sign-in failed: ${session.statusCode} ${session.body}`);
  const cookie = session.cookies.find((entry) => entry.name === 'cg_session')!.value;
  const csrf = (await h.app.inject({ method: 'GET', url: '/admin/api/csrf', cookies: { cg_session: cookie } })).json<{ csrfToken: string }>().csrfToken;
  return {
    accountId,
    email,
    cookie,
    csrf,
    request: (options) =>
      h.app.inject({ ...options, cookies: { cg_session: cookie }, headers: { 'x-csrf-token': csrf, ...(options.headers ?? {}) } }),
  };
}
