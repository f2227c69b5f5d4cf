/**
 * Supervisor sign-in (issue #3): POST /admin/api/session signs in, DELETE signs out, GET /admin/api/me says who
 * is signed in, GET /admin/api/audit lists the audit log (admin and auditor only). Every outcome is audited.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { findSignInCandidate } from '../auth/accounts';
import { verifyPassword } from '../auth/passwords';
import { requireSession, SESSION_COOKIE, sessionPolicy, setSessionCookie } from '../auth/require-session';
import { endSession, startSession } from '../auth/sessions';
import { appendAudit } from '../audit';
import type { AppContext } from '../context';
import { HttpError, describeZodIssues } from '../http-error';
import { parseJsonBody } from '../json-body';
import { enforceRateLimits } from '../rate-limit';

const SignInSchema = z.strictObject({ email: z.string().min(3).max(254), password: z.string().min(1).max(1000) });

export function registerAdminSessionRoutes(app: FastifyInstance, context: AppContext): void {
  const { db, config } = context;

  app.post('/admin/api/session', async (request, reply) => {
    await enforceRateLimits(db, config.RATE_LIMIT_WINDOW_SECONDS, [{ key: `signin:${request.ip}`, max: config.RATE_LIMIT_SIGNIN_PER_ADDRESS }]);
    const parsed = SignInSchema.safeParse(parseJsonBody(request.body));
    if (!parsed.success) throw new HttpError(400, 'invalid_body', describeZodIssues(parsed.error.issues));
    const email = parsed.data.email.toLowerCase();
    await enforceRateLimits(db, config.RATE_LIMIT_WINDOW_SECONDS, [{ key: `signin-account:${email}`, max: config.RATE_LIMIT_SIGNIN_PER_ACCOUNT }]);

    const candidate = await findSignInCandidate(db, email);
    const passwordOk = await verifyPassword(candidate?.passwordHash ?? null, parsed.data.password);
    if (!candidate || !passwordOk || candidate.disabled) {
      await appendAudit(db, { actorAccountId: candidate?.id ?? null, actorLabel: email, action: 'session.refused', address: request.ip });
      // One message for unknown, wrong and disabled: sign-in must not tell which accounts exist.
      throw new HttpError(401, 'unauthorized', 'e-mail or password is wrong');
    }
    const sessionId = await startSession(db, candidate.id, sessionPolicy(config));
    await appendAudit(db, { actorAccountId: candidate.id, actorLabel: candidate.email, action: 'session.started', address: request.ip });
    setSessionCookie(context, reply, sessionId);
    return { email: candidate.email, role: candidate.role };
  });

  app.delete('/admin/api/session', async (request, reply) => {
    const session = await requireSession(context, request, ['admin', 'supervisor', 'auditor']);
    await endSession(db, session.sessionId);
    await appendAudit(db, { actorAccountId: session.accountId, actorLabel: session.email, action: 'session.ended', address: request.ip });
    reply.clearCookie(SESSION_COOKIE, { path: '/admin' });
    return reply.code(204).send();
  });

  app.get('/admin/api/me', async (request) => {
    const session = await requireSession(context, request, ['admin', 'supervisor', 'auditor']);
    return { email: session.email, role: session.role };
  });

  app.get('/admin/api/audit', async (request) => {
    const session = await requireSession(context, request, ['admin', 'auditor']);
    const entries = await db.selectFrom('audit_log').select(['id', 'at', 'actor_label', 'action', 'target', 'address']).orderBy('id', 'desc').limit(100).execute();
    await appendAudit(db, { actorAccountId: session.accountId, actorLabel: session.email, action: 'audit.viewed', address: request.ip });
    return { entries: entries.map((entry) => ({ ...entry, at: entry.at.toISOString() })) };
  });
}
