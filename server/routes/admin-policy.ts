/**
 * The firm's device policy for admins (issue #3): the current revision, the list of revisions, and publishing a
 * new one — validated by the extension's PolicySchema exactly as `npm run server:policy -- set` does. A new
 * revision changes the ETag devices see on GET /v1/policy, so they fetch it at their next poll.
 */
import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session';
import { appendAudit } from '../audit';
import type { AppContext } from '../context';
import { HttpError } from '../http-error';
import { parseJsonBody } from '../json-body';
import { currentPolicy, listPolicyRevisions, policyEtag, publishPolicy, validatePolicy } from '../policies';

export function registerAdminPolicyRoutes(app: FastifyInstance, context: AppContext): void {
  const { db } = context;

  app.get('/admin/api/policy', async (request) => {
    await requireSession(context, request, ['admin', 'auditor', 'supervisor']);
    const published = await currentPolicy(db);
    if (!published) throw new HttpError(404, 'no_policy', 'no policy has been published yet');
    return { revision: published.revision, etag: policyEtag(published), publishedAt: published.publishedAt.toISOString(), policy: published.policy };
  });

  app.get('/admin/api/policy/revisions', async (request) => {
    await requireSession(context, request, ['admin', 'auditor', 'supervisor']);
    return { revisions: await listPolicyRevisions(db) };
  });

  app.post('/admin/api/policy', async (request, reply) => {
    const session = await requireSession(context, request, ['admin']);
    const checked = validatePolicy(parseJsonBody(request.body));
    if (!checked.ok) throw new HttpError(400, 'invalid_policy', checked.problems.slice(0, 20).join('; '));
    const published = await publishPolicy(db, checked.policy, session.email);
    const etag = policyEtag(published);
    await appendAudit(db, {
      actorAccountId: session.accountId,
      actorLabel: session.email,
      action: 'policy.published',
      target: String(published.revision),
      detail: { version: checked.policy.version, sha256: published.sha256 },
      address: request.ip,
    });
    return reply.code(201).send({ revision: published.revision, etag, publishedAt: published.publishedAt.toISOString() });
  });
}
