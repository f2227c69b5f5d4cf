/**
 * Builds the endpoint's Fastify app without listening (STYLE.md: fastify/demo), so tests inject requests and
 * index.ts decides where to listen. Bodies are kept as the exact bytes received: signatures and hashes are
 * checked over them, never over a re-serialization.
 */
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { AppContext } from './context';
import { HttpError, isDatabaseUnavailable } from './http-error';
import { startBackgroundWorkers } from './background';
import { registerAdminDigestRoutes } from './routes/admin-digest';
import { registerAdminPolicyRoutes } from './routes/admin-policy';
import { registerAdminSessionRoutes } from './routes/admin-session';
import { registerAdminTokenRoutes } from './routes/admin-tokens';
import { registerAdminWebhookRoutes } from './routes/admin-webhooks';
import { registerCsrfProtection } from './auth/csrf';
import { registerAdminDashboard } from './routes/admin-dashboard';
import { registerAdminPeopleRoutes } from './routes/admin-people';
import { registerAdminQueueRoutes } from './routes/admin-queue';
import { registerAdminViewRoutes } from './routes/admin-views';
import { registerEnrollRoute } from './routes/enroll';
import { registerEventsRoute } from './routes/events';
import { registerHealthRoute } from './routes/health';
import { registerHeartbeatRoute } from './routes/heartbeat';
import { registerPolicyRoute } from './routes/policy';
import type { ServerKey } from './server-key';
import { loadServerKey } from './server-key';

export interface BuildOptions {
  context: Omit<AppContext, 'serverKey'>;
  logLevel?: string;
}

export async function buildApp({ context: base, logLevel = 'silent' }: BuildOptions): Promise<FastifyInstance> {
  const { TRUST_PROXY: trusted } = base.config;
  // Fastify's types take a hop count only as a function (its runtime also accepts a number).
  const trustProxy = typeof trusted === 'number' ? (_address: string, hop: number) => hop < trusted : trusted;
  const app = Fastify({ logger: { level: logLevel }, bodyLimit: base.config.BODY_LIMIT_BYTES, trustProxy });
  let serverKey: Promise<ServerKey> | null = null;
  const context: AppContext = {
    ...base,
    serverKey: () => {
      serverKey ??= loadServerKey(base.db).catch((error: unknown) => {
        serverKey = null;
        throw error;
      });
      return serverKey;
    },
  };

  await app.register(helmet, { global: true });
  await app.register(cookie);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) {
      return reply.code(error.statusCode).headers(error.headers).send({ error: error.code, message: error.message, ...error.extra });
    }
    const status = error.statusCode ?? 500;
    if (status === 413) {
      return reply.code(413).send({ error: 'body_too_large', message: `body exceeds the limit of ${base.config.BODY_LIMIT_BYTES} bytes` });
    }
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ error: error.code ?? 'bad_request', message: error.message });
    }
    // Never echo internals (issue #3): the log has the details, the caller gets the request id to quote.
    request.log.error({ err: error }, 'request failed');
    if (isDatabaseUnavailable(error)) {
      // Devices retry 5xx; Retry-After keeps a fleet from hammering a database that is restarting.
      return reply.code(503).header('retry-after', '5').send({ error: 'unavailable', message: `database unavailable, retry later (request ${request.id})` });
    }
    return reply.code(500).send({ error: 'internal', message: `internal error (request ${request.id})` });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` }),
  );

  registerHealthRoute(app, context);
  registerEnrollRoute(app, context);
  registerEventsRoute(app, context);
  registerPolicyRoute(app, context);
  registerHeartbeatRoute(app, context);
  registerAdminSessionRoutes(app, context);
  registerAdminTokenRoutes(app, context);
  registerAdminPolicyRoutes(app, context);
  registerAdminWebhookRoutes(app, context);
  registerAdminDigestRoutes(app, context);
  startBackgroundWorkers(app, context);
  registerCsrfProtection(app, context);
  registerAdminPeopleRoutes(app, context);
  registerAdminQueueRoutes(app, context);
  registerAdminViewRoutes(app, context);
  await registerAdminDashboard(app);
  return app;
}
