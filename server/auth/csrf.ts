/**
 * CSRF protection for state-changing admin routes (issue #3): a per-session token the dashboard reads from
 * `GET /admin/api/csrf` and sends back in `X-CSRF-Token`. The token is an HMAC keyed by the session id, so it
 * needs no storage, is different for every session, and cannot be computed by a page that cannot read the
 * HttpOnly cookie. Use `{ preHandler: requireCsrfToken }` on every POST/PUT/PATCH/DELETE admin route; the
 * SameSite=Strict cookie and JSON-only bodies remain the first line.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context';
import { HttpError } from '../http-error';
import { requireSession, SESSION_COOKIE } from './require-session';

export const CSRF_HEADER = 'x-csrf-token';

export function csrfTokenFor(sessionId: string): string {
  return createHmac('sha256', sessionId).update('channel-guard csrf v1').digest('base64url');
}

/** preHandler: refuses (403) a request whose X-CSRF-Token is missing or not the one of its session cookie. */
export async function requireCsrfToken(request: FastifyRequest): Promise<void> {
  const sessionId = request.cookies[SESSION_COOKIE];
  if (!sessionId) throw new HttpError(401, 'unauthorized', 'sign in first');
  const sent = request.headers[CSRF_HEADER];
  const expected = Buffer.from(csrfTokenFor(sessionId));
  if (typeof sent !== 'string' || sent.length !== expected.length || !timingSafeEqual(Buffer.from(sent), expected)) {
    throw new HttpError(403, 'csrf_token', `send this session's token (GET /admin/api/csrf) in the ${CSRF_HEADER} header`);
  }
}

/** GET /admin/api/csrf → {csrfToken} for the signed-in session (any role). */
export function registerCsrfRoute(app: FastifyInstance, context: AppContext): void {
  app.get('/admin/api/csrf', async (request, reply) => {
    const session = await requireSession(context, request, ['admin', 'supervisor', 'auditor']);
    reply.header('cache-control', 'no-store');
    return { csrfToken: csrfTokenFor(session.sessionId) };
  });
}
