/**
 * Serves the built dashboard (server/dashboard → dist/dashboard, `npm run build:dashboard`) under /admin/.
 * The API under /admin/api/ keeps its own routes; when the dashboard was not built, /admin/ says how to build it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const DASHBOARD_DIR = path.resolve(import.meta.dirname, '../../dist/dashboard');

export async function registerAdminDashboard(app: FastifyInstance, root = DASHBOARD_DIR): Promise<void> {
  app.get('/admin', (_request, reply) => reply.redirect('/admin/'));
  if (!existsSync(path.join(root, 'index.html'))) {
    app.get('/admin/', (_request, reply) => reply.code(503).type('text/plain').send('The dashboard is not built: run npm run build:dashboard, then restart.'));
    return;
  }
  await app.register(fastifyStatic, { root, prefix: '/admin/', index: ['index.html'], wildcard: true, cacheControl: true, maxAge: 0 });
}
