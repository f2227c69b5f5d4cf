/**
 * CSRF protection for every state-changing supervisor request (issue #3). SameSite=Strict is not enough on its
 * own (older browsers, same-site subdomains), so each non-GET /admin/ request must also carry
 * `X-CSRF-Token`: an HMAC of the session id, which a page on another origin can neither read (the cookie is
 * HttpOnly) nor compute. It is stateless, so every endpoint process agrees on it. Sign-in is the one exception:
 * there is no session yet (its rate limits and password are its defence).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http-error';
import { requireSession, SESSION_COOKIE } from './require-session';
import type { AppContext } from '../context';

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function csrfTokenFor(sessionId: string): string {
  return createHmac('sha256', sessionId).update('channel-guard csrf v1').digest('base64url');
}

function matches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function registerCsrfProtection(app: FastifyInstance, context: AppContext): void {
  app.addHook('preHandler', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/admin/')) return;
    if (request.method === 'POST' && request.url.split('?')[0] === '/admin/api/session') return;
    const sessionId = request.cookies[SESSION_COOKIE];
    if (!sessionId) throw new HttpError(401, 'unauthorized', 'sign in first');
    const given = request.headers[CSRF_HEADER];
    if (typeof given !== 'string' || !matches(csrfTokenFor(sessionId), given)) {
      throw new HttpError(403, 'csrf_refused', `state-changing requests need the ${CSRF_HEADER} header of this session (GET /admin/api/csrf)`);
    }
  });

  app.get('/admin/api/csrf', async (request) => {
    const session = await requireSession(context, request, ['admin', 'supervisor', 'auditor']);
    return { csrfToken: csrfTokenFor(session.sessionId), header: CSRF_HEADER };
  });
}
