/**
 * Webhooks and the alert outbox for admins (issue #3): create (the signing secret is shown once), list, disable,
 * and the recent alert jobs with their state (pending, delivered, dead-lettered, not sent). Changes are audited.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createWebhook, disableWebhook, listWebhooks } from '../alerts/webhooks';
import { requireSession } from '../auth/require-session';
import { appendAudit } from '../audit';
import type { AppContext } from '../context';
import { HttpError } from '../http-error';
import { parseAdminBody, parseAdminInput } from './admin-input';

const NewWebhookSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) URL' }).max(2000),
  label: z.string().trim().min(1, 'label must not be empty').max(200),
});
const WebhookParamsSchema = z.object({ id: z.uuid('id must be a webhook id (UUID)') });
const AlertsQuerySchema = z.strictObject({ state: z.enum(['pending', 'delivered', 'dead', 'not_sent']).optional() });

export function registerAdminWebhookRoutes(app: FastifyInstance, context: AppContext): void {
  const { db } = context;

  app.post('/admin/api/webhooks', async (request, reply) => {
    const session = await requireSession(context, request, ['admin']);
    const input = parseAdminBody(NewWebhookSchema, request.body);
    const { id, secret } = await createWebhook(db, input, session.email);
    await appendAudit(db, { actorAccountId: session.accountId, actorLabel: session.email, action: 'webhook.created', target: id, detail: input, address: request.ip });
    reply.header('cache-control', 'no-store');
    return reply.code(201).send({ id, ...input, secret });
  });

  app.get('/admin/api/webhooks', async (request) => {
    await requireSession(context, request, ['admin', 'auditor']);
    return { webhooks: await listWebhooks(db) };
  });

  app.delete('/admin/api/webhooks/:id', async (request, reply) => {
    const session = await requireSession(context, request, ['admin']);
    const { id } = parseAdminInput(WebhookParamsSchema, request.params, 'params');
    if (!(await disableWebhook(db, id, session.email))) throw new HttpError(404, 'not_found', `no webhook with id ${id}`);
    await appendAudit(db, { actorAccountId: session.accountId, actorLabel: session.email, action: 'webhook.disabled', target: id, address: request.ip });
    return reply.code(204).send();
  });

  app.get('/admin/api/alerts', async (request) => {
    await requireSession(context, request, ['admin', 'auditor']);
    const { state } = parseAdminInput(AlertsQuerySchema, request.query, 'query');
    let query = db
      .selectFrom('alert_jobs')
      .select(['id', 'channel', 'webhook_id', 'event_id', 'rule', 'state', 'attempts', 'created_at', 'next_attempt_at', 'finished_at', 'last_error'])
      .orderBy('id', 'desc')
      .limit(200);
    if (state) query = query.where('state', '=', state);
    const jobs = await query.execute();
    return {
      alerts: jobs.map((job) => ({
        id: job.id,
        channel: job.channel,
        webhookId: job.webhook_id,
        eventId: job.event_id,
        rule: job.rule,
        state: job.state,
        attempts: job.attempts,
        createdAt: job.created_at.toISOString(),
        nextAttemptAt: job.next_attempt_at.toISOString(),
        finishedAt: job.finished_at?.toISOString() ?? null,
        lastError: job.last_error,
      })),
    };
  });
}
