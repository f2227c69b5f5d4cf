/**
 * Supervisor views (issue #3): GET /admin/api/brokers/:id/overview (events over time, repeat fingerprints, open
 * items), GET /admin/api/sites (top destinations), GET /admin/api/fleet (fleet health). Each takes ?format=csv.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { appendAudit } from '../audit';
import { requireSession } from '../auth/require-session';
import type { AppContext } from '../context';
import { reviewDatabase } from '../db/schema-review';
import { describeZodIssues, HttpError } from '../http-error';
import { BrokerViewQuerySchema, readBrokerView } from '../review/broker-view';
import { sendCsv } from '../review/csv';
import { FleetQuerySchema, readFleet } from '../review/fleet';
import { READER_ROLES } from '../review/scope';
import { readSiteView, SiteViewQuerySchema } from '../review/site-view';

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, 'invalid_request', describeZodIssues(parsed.error.issues));
  return parsed.data;
}

export function registerAdminViewRoutes(app: FastifyInstance, context: AppContext): void {
  const db = reviewDatabase(context.db);
  const audited = (viewer: { accountId: string; email: string }, ip: string, action: string, target: string | null, detail: Record<string, unknown>) =>
    appendAudit(context.db, { actorAccountId: viewer.accountId, actorLabel: viewer.email, action, target, detail, address: ip });

  app.get('/admin/api/brokers/:id/overview', async (request, reply) => {
    const viewer = await requireSession(context, request, READER_ROLES);
    const params = z.strictObject({ id: z.guid() }).safeParse(request.params);
    const query = parse(BrokerViewQuerySchema, request.query);
    const view = params.success ? await readBrokerView(db, viewer, params.data.id, query.days) : null;
    if (!view) throw new HttpError(404, 'not_found', 'no such broker');
    await audited(viewer, request.ip, query.format === 'csv' ? 'broker.exported' : 'broker.viewed', view.broker.id, { days: query.days, section: query.format === 'csv' ? query.section : null });
    if (query.format === 'json') return view;
    if (query.section === 'days') {
      return sendCsv(reply, 'broker-days.csv', ['broker', 'day', 'blocked', 'warned', 'overridden'], view.eventsByDay.map((day) => [view.broker.name, day.day, day.blocked, day.warned, day.overridden]));
    }
    return sendCsv(
      reply,
      'broker-repeats.csv',
      ['broker', 'fingerprint_prefix', 'type', 'masked', 'events', 'sites', 'first_seen', 'last_seen'],
      view.repeats.map((repeat) => [view.broker.name, repeat.fingerprint, repeat.type, repeat.masked, repeat.events, repeat.sites.join('; '), repeat.firstSeen, repeat.lastSeen]),
    );
  });

  app.get('/admin/api/sites', async (request, reply) => {
    const viewer = await requireSession(context, request, READER_ROLES);
    const query = parse(SiteViewQuerySchema, request.query);
    const sites = await readSiteView(db, viewer, query);
    await audited(viewer, request.ip, query.format === 'csv' ? 'sites.exported' : 'sites.viewed', null, { status: query.status, days: query.days });
    if (query.format === 'json') return { sites };
    return sendCsv(
      reply,
      'sites.csv',
      ['host', 'status', 'events', 'blocked', 'warned', 'overridden', 'brokers', 'broker_names', 'last_seen'],
      sites.map((site) => [site.host, site.status, site.events, site.blocked, site.warned, site.overridden, site.brokers, site.brokerNames.join('; '), site.lastSeen]),
    );
  });

  app.get('/admin/api/fleet', async (request, reply) => {
    const viewer = await requireSession(context, request, READER_ROLES);
    const query = parse(FleetQuerySchema, request.query);
    const fleet = await readFleet(db, viewer, query);
    await audited(viewer, request.ip, query.format === 'csv' ? 'fleet.exported' : 'fleet.viewed', null, { problemsOnly: query.problemsOnly });
    if (query.format === 'json') return fleet;
    return sendCsv(
      reply,
      'fleet.csv',
      ['device_id', 'name', 'broker', 'problems', 'last_heartbeat_at', 'last_record_at', 'extension_version', 'policy_version', 'queue_depth', 'queue_depth_change', 'oldest_unsent_age_seconds', 'chain_conflicts', 'last_error'],
      fleet.devices.map((d) => [d.deviceId, d.name, d.broker, d.problems.join(' '), d.lastHeartbeatAt, d.lastRecordAt, d.extensionVersion, d.policyVersion, d.queueDepth, d.queueDepthChange, d.oldestUnsentAgeSeconds, d.chainConflicts, d.lastError]),
    );
  });
}
