/**
 * Enrollment tokens for admins (issue #3), the same functions as `npm run server:token`: create (the token is
 * shown once, only its hash is kept), list, revoke. Changes need the admin role and the CSRF token; all audited.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireSession } from '../auth/require-session';
import { appendAudit } from '../audit';
import type { AppContext } from '../context';
import { HttpError } from '../http-error';
import { createEnrollmentToken, listEnrollmentTokens, revokeEnrollmentToken } from '../tokens';
import { parseAdminBody, parseAdminInput } from './admin-input';

const NewTokenSchema = z.strictObject({ label: z.string().trim().min(1, 'label must not be empty').max(200) });
const TokenParamsSchema = z.object({ id: z.uuid('id must be a token id (UUID)') });

export function registerAdminTokenRoutes(app: FastifyInstance, context: AppContext): void {
  const { db } = context;

  app.post('/admin/api/enrollment-tokens', async (request, reply) => {
    const session = await requireSession(context, request, ['admin']);
    const { label } = parseAdminBody(NewTokenSchema, request.body);
    const { id, token } = await createEnrollmentToken(db, label);
    await appendAudit(db, { actorAccountId: session.accountId, actorLabel: session.email, action: 'enrollment_token.created', target: id, detail: { label }, address: request.ip });
    reply.header('cache-control', 'no-store');
    return reply.code(201).send({ id, label, token });
  });

  app.get('/admin/api/enrollment-tokens', async (request) => {
    await requireSession(context, request, ['admin', 'auditor']);
    const tokens = await listEnrollmentTokens(db);
    return { tokens: tokens.map((token) => ({ ...token, createdAt: token.createdAt.toISOString(), revokedAt: token.revokedAt?.toISOString() ?? null })) };
  });

  app.delete('/admin/api/enrollment-tokens/:id', async (request, reply) => {
    const session = await requireSession(context, request, ['admin']);
    const { id } = parseAdminInput(TokenParamsSchema, request.params, 'params');
    if (!(await revokeEnrollmentToken(db, id))) throw new HttpError(404, 'not_found', `no enrollment token with id ${id}`);
    await appendAudit(db, { actorAccountId: session.accountId, actorLabel: session.email, action: 'enrollment_token.revoked', target: id, address: request.ip });
    return reply.code(204).send();
  });
}
