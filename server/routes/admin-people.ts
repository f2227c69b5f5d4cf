/**
 * The people model over HTTP (issue #3). Admins create brokers and groups, add and end memberships and supervisor
 * assignments, make broker enrollment tokens and (re)assign devices — every write audited. Readers list brokers
 * and groups; a supervisor sees only the groups assigned to them and their brokers.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import { requireSession } from '../auth/require-session';
import type { AppContext } from '../context';
import { reviewDatabase } from '../db/schema-review';
import { describeZodIssues, HttpError } from '../http-error';
import { parseJsonBody } from '../json-body';
import { addMembership, assignSupervisor, endMembership, endSupervisorAssignment, MembershipSchema, SupervisorAssignmentSchema } from '../review/group-links';
import { assignDevice, createBroker, createBrokerToken, createGroup, DeviceAssignmentSchema, NewBrokerSchema, NewGroupSchema } from '../review/people';
import { brokerVisibleTo, READER_ROLES } from '../review/scope';

const IdParamsSchema = z.strictObject({ id: z.guid() });
const LinkParamsSchema = z.strictObject({ id: z.guid(), memberId: z.guid() });

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, 'invalid_body', describeZodIssues(parsed.error.issues));
  return parsed.data;
}
const linkOf = (params: unknown) => {
  const parsed = LinkParamsSchema.safeParse(params);
  if (!parsed.success) throw new HttpError(404, 'not_found', 'no such link');
  return parsed.data;
};
const idOf = (params: unknown) => {
  const parsed = IdParamsSchema.safeParse(params);
  if (!parsed.success) throw new HttpError(404, 'not_found', 'no such id');
  return parsed.data.id;
};

export function registerAdminPeopleRoutes(app: FastifyInstance, context: AppContext): void {
  const db = reviewDatabase(context.db);
  const admin = (request: Parameters<typeof requireSession>[1]) => requireSession(context, request, ['admin']);

  app.post('/admin/api/brokers', async (request, reply) => {
    const actor = await admin(request);
    const id = await createBroker(db, actor, parse(NewBrokerSchema, parseJsonBody(request.body)), request.ip);
    return reply.code(201).send({ id });
  });

  app.post('/admin/api/groups', async (request, reply) => {
    const actor = await admin(request);
    const id = await createGroup(db, actor, parse(NewGroupSchema, parseJsonBody(request.body)), request.ip);
    return reply.code(201).send({ id });
  });

  app.post('/admin/api/groups/:id/brokers', async (request, reply) => {
    const actor = await admin(request);
    const { brokerId } = parse(MembershipSchema, parseJsonBody(request.body));
    await addMembership(db, actor, idOf(request.params), brokerId, request.ip);
    return reply.code(201).send({ groupId: idOf(request.params), brokerId });
  });

  app.post('/admin/api/groups/:id/supervisors', async (request, reply) => {
    const actor = await admin(request);
    const { accountId } = parse(SupervisorAssignmentSchema, parseJsonBody(request.body));
    await assignSupervisor(db, actor, idOf(request.params), accountId, request.ip);
    return reply.code(201).send({ groupId: idOf(request.params), accountId });
  });

  // Removing appends an end row (group-links.ts): the old link stays on record.
  app.delete('/admin/api/groups/:id/brokers/:memberId', async (request, reply) => {
    const actor = await admin(request);
    const { id, memberId } = linkOf(request.params);
    await endMembership(db, actor, id, memberId, request.ip);
    return reply.code(204).send();
  });

  app.delete('/admin/api/groups/:id/supervisors/:memberId', async (request, reply) => {
    const actor = await admin(request);
    const { id, memberId } = linkOf(request.params);
    await endSupervisorAssignment(db, actor, id, memberId, request.ip);
    return reply.code(204).send();
  });

  app.post('/admin/api/brokers/:id/enrollment-tokens', async (request, reply) => {
    const actor = await admin(request);
    const created = await createBrokerToken(db, actor, idOf(request.params), request.ip);
    return reply.code(201).send({ tokenId: created.id, token: created.token });
  });

  app.post('/admin/api/devices/:id/assignments', async (request, reply) => {
    const actor = await admin(request);
    const assignmentId = await assignDevice(db, actor, idOf(request.params), parse(DeviceAssignmentSchema, parseJsonBody(request.body)), request.ip);
    return reply.code(201).send({ assignmentId });
  });

  app.get('/admin/api/brokers', async (request) => {
    const viewer = await requireSession(context, request, READER_ROLES);
    const brokers = await db
      .selectFrom('brokers as b')
      .select((eb) => [
        'b.id', 'b.name', 'b.email', 'b.crd_number',
        sql<string[]>`coalesce((SELECT array_agg(g.name ORDER BY g.name) FROM active_group_memberships m JOIN broker_groups g ON g.id = m.group_id WHERE m.broker_id = b.id), '{}')`.as('groups'),
        eb.selectFrom('device_owners as o').select(eb.fn.countAll<number>().as('n')).whereRef('o.broker_id', '=', 'b.id').as('devices'),
      ])
      .where(brokerVisibleTo(viewer, sql.ref('b.id')))
      .orderBy('b.name')
      .execute();
    return { brokers: brokers.map((b) => ({ id: b.id, name: b.name, email: b.email, crdNumber: b.crd_number, groups: b.groups, devices: Number(b.devices ?? 0) })) };
  });

  app.get('/admin/api/groups', async (request) => {
    const viewer = await requireSession(context, request, READER_ROLES);
    let query = db.selectFrom('broker_groups as g').select(['g.id', 'g.name', 'g.kind']).orderBy('g.name');
    if (viewer.role === 'supervisor') {
      query = query.where('g.id', 'in', db.selectFrom('active_supervisor_assignments').select('group_id').where('account_id', '=', viewer.accountId));
    }
    return { groups: await query.execute() };
  });
}
