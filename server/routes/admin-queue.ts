/**
 * The review queue and its items (issue #3): GET /admin/api/queue (filters, keyset pages, ?format=csv),
 * GET /admin/api/events/:id (logged as a view — not a review, FINRA 3110.07), POST …/claim and POST …/reviews.
 * Every query carries the viewer's scope; an item outside it is the same 404 as an unknown id.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../audit';
import { requireSession } from '../auth/require-session';
import type { AppContext } from '../context';
import { baseDatabase, reviewDatabase, type ReviewDatabase } from '../db/schema-review';
import { describeZodIssues, HttpError } from '../http-error';
import { parseJsonBody } from '../json-body';
import { claimItem, lockItem } from '../review/claims';
import { sendCsv } from '../review/csv';
import { readQueueItem, readQueuePage } from '../review/queue';
import { QUEUE_CSV_COLUMNS, queueCsvRows } from '../review/queue-csv';
import { QueueFilterSchema } from '../review/queue-filter';
import { readItemHistory, recordReview, ReviewBodySchema } from '../review/reviews';
import { READER_ROLES, REVIEWER_ROLES, type Viewer } from '../review/scope';

const ItemParamsSchema = z.strictObject({ id: z.guid() });

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(what === 'params' ? 404 : 400, what === 'params' ? 'not_found' : 'invalid_request', describeZodIssues(parsed.error.issues));
  return parsed.data;
}

export function registerAdminQueueRoutes(app: FastifyInstance, context: AppContext): void {
  const db = reviewDatabase(context.db);
  /** Audited in the same transaction as the change, so an entry exists exactly when the change does. */
  const auditFor = (on: Kysely<ReviewDatabase>, viewer: Viewer, request: FastifyRequest, action: string, target: string | null, detail: Record<string, unknown> = {}) =>
    appendAudit(baseDatabase(on), { actorAccountId: viewer.accountId, actorLabel: viewer.email, action, target, detail, address: request.ip });

  /** The item if the viewer may see it; 404 otherwise (unknown, not a review kind, or another group's broker). */
  const visibleItem = async (viewer: Viewer, id: string) => {
    const item = await readQueueItem(context.db, viewer, id);
    if (!item) throw new HttpError(404, 'not_found', `no review item ${id}`);
    return item;
  };

  app.get('/admin/api/queue', async (request, reply) => {
    const viewer = await requireSession(context, request, READER_ROLES);
    const filter = parse(QueueFilterSchema, request.query, 'query');
    const { cursor: _cursor, limit: _limit, format: _format, ...filters } = filter;
    if (filter.format === 'csv') {
      await auditFor(db, viewer, request, 'queue.exported', null, { filters });
      return sendCsv(reply, 'review-queue.csv', QUEUE_CSV_COLUMNS, queueCsvRows(context.db, viewer, filter));
    }
    return readQueuePage(context.db, viewer, filter);
  });

  app.get('/admin/api/events/:id', async (request) => {
    const viewer = await requireSession(context, request, READER_ROLES);
    const { id } = parse(ItemParamsSchema, request.params, 'params');
    const item = await visibleItem(viewer, id);
    // Opening is logged, and is not a review (FINRA 3110.07): it changes no review state.
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('item_views').values({ event_id: id, account_id: viewer.accountId }).execute();
      await auditFor(trx, viewer, request, 'item.viewed', id);
    });
    return { item, history: await readItemHistory(db, id) };
  });

  app.post('/admin/api/events/:id/claim', async (request, reply) => {
    const viewer = await requireSession(context, request, REVIEWER_ROLES);
    const { id } = parse(ItemParamsSchema, request.params, 'params');
    await visibleItem(viewer, id);
    const outcome = await db.transaction().execute(async (trx) => {
      await lockItem(trx, id);
      const claimed = await claimItem(trx, id, viewer.accountId);
      if (claimed.status === 'claimed') await auditFor(trx, viewer, request, 'item.claimed', id, { claimId: claimed.claimId, tookOverClaimId: claimed.tookOver });
      return claimed;
    });
    if (outcome.status === 'held_by_other') {
      throw new HttpError(409, 'claimed', `claimed by ${outcome.holder} until ${outcome.expiresAt.toISOString()}`, { holder: outcome.holder });
    }
    return reply.code(201).send({ claimId: outcome.claimId, expiresAt: outcome.expiresAt.toISOString(), tookOverClaimId: outcome.tookOver });
  });

  app.post('/admin/api/events/:id/reviews', async (request, reply) => {
    const viewer = await requireSession(context, request, REVIEWER_ROLES);
    const { id } = parse(ItemParamsSchema, request.params, 'params');
    const body = parse(ReviewBodySchema, parseJsonBody(request.body), 'body');
    await visibleItem(viewer, id);
    const outcome = await db.transaction().execute(async (trx) => {
      await lockItem(trx, id);
      const recorded = await recordReview(trx, id, viewer, body);
      if (recorded.status === 'recorded') {
        await auditFor(trx, viewer, request, 'item.reviewed', id, { reviewId: recorded.reviewId, disposition: body.disposition, supersedesId: recorded.supersedesId });
      }
      return recorded;
    });
    if (outcome.status === 'held_by_other') throw new HttpError(409, 'claimed', `claimed by ${outcome.holder}: only the holder may record a disposition now`, { holder: outcome.holder });
    return reply.code(201).send({ reviewId: outcome.reviewId, supersedesId: outcome.supersedesId });
  });
}
