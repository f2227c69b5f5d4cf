/**
 * Today's digest for the signed-in supervisor (issue #3): `GET /admin/api/digest` (JSON) and `GET /admin/digest`
 * (the same as an HTML page, every value escaped). Only one's own digest: there is no parameter naming an account.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireSession } from '../auth/require-session';
import { appendAudit } from '../audit';
import type { AppContext } from '../context';
import { buildDigest } from '../reports/digest';
import { renderDigestHtml } from '../reports/digest-render';
import { parseAdminInput } from './admin-input';

const NoQuerySchema = z.strictObject({});

export function registerAdminDigestRoutes(app: FastifyInstance, context: AppContext): void {
  const { db } = context;
  const digestFor = async (request: Parameters<typeof requireSession>[1]) => {
    const session = await requireSession(context, request, ['supervisor']);
    parseAdminInput(NoQuerySchema, request.query, 'query');
    const digest = await buildDigest(db, session.accountId);
    const delivery = await db.selectFrom('digests').select(['state', 'finished_at']).where('account_id', '=', session.accountId).where('day', '=', digest.day).executeTakeFirst();
    await appendAudit(db, { actorAccountId: session.accountId, actorLabel: session.email, action: 'digest.viewed', target: session.accountId, address: request.ip });
    return { digest, delivery: delivery ? { state: delivery.state, finishedAt: delivery.finished_at?.toISOString() ?? null } : null };
  };

  app.get('/admin/api/digest', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return digestFor(request);
  });

  app.get('/admin/digest', async (request, reply) => {
    const { digest } = await digestFor(request);
    return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(renderDigestHtml(digest).html);
  });
}
