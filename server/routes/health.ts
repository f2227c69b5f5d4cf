/** GET /healthz for load balancers and scripts: 200 once the database answers and every migration is applied. */
import type { FastifyInstance } from 'fastify';
import { LATEST_MIGRATION } from '../db/migrations';
import type { AppContext } from '../context';

export function registerHealthRoute(app: FastifyInstance, context: AppContext): void {
  app.get('/healthz', async (_request, reply) => {
    try {
      const row = await context.db
        .selectFrom('schema_migrations')
        .select((eb) => eb.fn.max('version').as('version'))
        .executeTakeFirst();
      const version = Number(row?.version ?? 0);
      if (version >= LATEST_MIGRATION) return reply.code(200).send({ status: 'ok', schemaVersion: version });
      return reply.code(503).header('retry-after', '5').send({ status: 'migrating', schemaVersion: version });
    } catch {
      return reply.code(503).header('retry-after', '5').send({ status: 'database unavailable' });
    }
  });
}
