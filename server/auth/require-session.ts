/**
 * Who is signed in to the supervisor API: the `cg_session` cookie resolved against the sessions table, and the
 * roles allowed on a route. CSRF: these routes take only application/json bodies (a cross-site form cannot send
 * one), the endpoint answers no CORS preflight, the cookie is SameSite=Strict, and every state-changing request
 * carries the session's X-CSRF-Token (./csrf.ts).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context';
import { HttpError } from '../http-error';
import type { Role } from './accounts';
import { resolveSession, type ActiveSession, type SessionPolicy } from './sessions';

export const SESSION_COOKIE = 'cg_session';

export function sessionPolicy(config: AppContext['config']): SessionPolicy {
  return { idleSeconds: config.SESSION_IDLE_MINUTES * 60, absoluteSeconds: config.SESSION_ABSOLUTE_HOURS * 3600 };
}

export function setSessionCookie(context: AppContext, reply: FastifyReply, sessionId: string): void {
  reply.setCookie(SESSION_COOKIE, sessionId, {
    httpOnly: true,
    secure: context.config.COOKIE_SECURE,
    sameSite: 'strict',
    path: '/admin',
    maxAge: context.config.SESSION_ABSOLUTE_HOURS * 3600,
  });
}

export async function requireSession(context: AppContext, request: FastifyRequest, roles: readonly Role[]): Promise<ActiveSession & { sessionId: string }> {
  const sessionId = request.cookies[SESSION_COOKIE];
  if (!sessionId) throw new HttpError(401, 'unauthorized', 'sign in first');
  const session = await resolveSession(context.db, sessionId, sessionPolicy(context.config));
  if (!session) throw new HttpError(401, 'unauthorized', 'session ended or expired: sign in again');
  if (!roles.includes(session.role)) throw new HttpError(403, 'forbidden', `this needs the role ${roles.join(' or ')}`);
  return { ...session, sessionId };
}
