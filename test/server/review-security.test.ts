/**
 * Scope, roles and CSRF on the review side (issue #3): a supervisor sees only the brokers of their groups — by
 * listing, by id guessing, by claiming or disposing — auditors write nothing, and no state changes without the
 * session's CSRF token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewWorld, type ReviewWorld } from './helpers/review-world';

describe('review scope and roles', () => {
  let w: ReviewWorld;
  let itemA = '';
  let itemB = '';
  beforeAll(async () => {
    w = await startReviewWorld();
    [itemA] = (await w.send(w.deviceA, [{ kind: 'paste.blocked' }])) as [string];
    [itemB] = (await w.send(w.deviceB, [{ kind: 'paste.blocked', site: { host: 'b-only.example', status: 'unapproved' } }])) as [string];
  }, 60_000);
  afterAll(async () => w?.close());

  const review = { disposition: 'no_action', comment: 'looked at it' };

  it('security: a supervisor of group A lists only group A brokers, events, groups and sites', async () => {
    const queue = (await w.supervisorA.get('/admin/api/queue')).json<{ items: Array<{ id: string }> }>();
    expect(queue.items.map((item) => item.id)).toEqual([itemA]);
    // Filtering for the other group's broker or site does not widen the scope.
    expect((await w.supervisorA.get(`/admin/api/queue?broker=${w.brokerB}`)).json().items).toEqual([]);
    expect((await w.supervisorA.get(`/admin/api/queue?group=${w.groupB}`)).json().items).toEqual([]);
    expect((await w.supervisorA.get('/admin/api/queue?site=b-only.example')).json().items).toEqual([]);
    expect((await w.supervisorA.get('/admin/api/brokers')).json().brokers.map((b: { name: string }) => b.name)).toEqual(['Alice Archer']);
    expect((await w.supervisorA.get('/admin/api/groups')).json().groups.map((g: { id: string }) => g.id)).toEqual([w.groupA]);
    const csv = await w.supervisorA.get('/admin/api/queue?format=csv');
    expect(csv.body).toContain(itemA);
    expect(csv.body).not.toContain(itemB);
  });

  it('security: a supervisor of group A cannot open, claim or dispose an event of group B by guessing its id', async () => {
    const opened = await w.supervisorA.get(`/admin/api/events/${itemB}`);
    const unknown = await w.supervisorA.get('/admin/api/events/00000000-0000-4000-8000-000000000000');
    expect(opened.statusCode).toBe(404);
    expect(opened.json().error).toBe(unknown.json().error); // indistinguishable from an id that does not exist
    expect((await w.supervisorA.post(`/admin/api/events/${itemB}/claim`)).statusCode).toBe(404);
    expect((await w.supervisorA.post(`/admin/api/events/${itemB}/reviews`, review)).statusCode).toBe(404);
    expect(await w.count('events')).toBeGreaterThan(0);
    const written = await w.database.db.withTables<{ event_claims: { event_id: string }; event_reviews: { event_id: string }; item_views: { event_id: string } }>()
      .selectFrom('event_claims').select('event_id').where('event_id', '=', itemB)
      .union((qb) => qb.selectFrom('event_reviews').select('event_id').where('event_id', '=', itemB))
      .union((qb) => qb.selectFrom('item_views').select('event_id').where('event_id', '=', itemB))
      .execute();
    expect(written).toEqual([]);
    // The other group's supervisor and the admin can.
    expect((await w.supervisorB.get(`/admin/api/events/${itemB}`)).statusCode).toBe(200);
    expect((await w.admin.get(`/admin/api/events/${itemB}`)).statusCode).toBe(200);
  });

  it('security: an auditor reads everything and every write route refuses them', async () => {
    expect((await w.auditor.get('/admin/api/queue')).json().items).toHaveLength(2);
    expect((await w.auditor.get(`/admin/api/events/${itemB}`)).statusCode).toBe(200);
    const writes: Array<[string, unknown]> = [
      [`/admin/api/events/${itemA}/claim`, {}],
      [`/admin/api/events/${itemA}/reviews`, review],
      ['/admin/api/brokers', { name: 'Eve', email: 'eve@firm.example' }],
      ['/admin/api/groups', { name: 'Eve desk', kind: 'desk' }],
      [`/admin/api/groups/${w.groupA}/brokers`, { brokerId: w.brokerB }],
      [`/admin/api/groups/${w.groupA}/supervisors`, { accountId: w.supervisorB.accountId }],
      [`/admin/api/brokers/${w.brokerA}/enrollment-tokens`, {}],
      [`/admin/api/devices/${w.deviceA.deviceId}/assignments`, { brokerId: w.brokerB, reason: 'handed over' }],
    ];
    for (const [url, payload] of writes) expect((await w.auditor.post(url, payload)).statusCode, url).toBe(403);
  });

  it('security: supervisors cannot change the people model', async () => {
    expect((await w.supervisorA.post(`/admin/api/groups/${w.groupB}/supervisors`, { accountId: w.supervisorA.accountId })).statusCode).toBe(403);
    expect((await w.supervisorA.post(`/admin/api/groups/${w.groupA}/brokers`, { brokerId: w.brokerB })).statusCode).toBe(403);
  });

  it('security: a state-changing request without the session CSRF token is refused and changes nothing', async () => {
    const other = await w.signIn('sue@firm.example');
    const attempts: Array<Record<string, string>> = [{}, { 'x-csrf-token': 'forged' }, { 'x-csrf-token': other.csrf }];
    for (const headers of attempts) {
      const response = await w.supervisorA.post(`/admin/api/events/${itemA}/claim`, {}, headers);
      expect(response.statusCode).toBe(403);
      expect(response.json().error).toBe('csrf_refused');
    }
    expect((await w.admin.post('/admin/api/groups', { name: 'No token desk', kind: 'desk' }, {})).statusCode).toBe(403);
    expect((await w.admin.get('/admin/api/groups')).json().groups.map((g: { name: string }) => g.name)).not.toContain('No token desk');
    expect((await w.supervisorA.post(`/admin/api/events/${itemA}/claim`)).statusCode).toBe(201);
  });

  it('a device (re)assignment moves its events to the new broker as an appended row, audited', async () => {
    const moved = await w.admin.post(`/admin/api/devices/${w.deviceB.deviceId}/assignments`, { brokerId: w.brokerA, reason: 'Bob left; laptop reissued to Alice' });
    expect(moved.statusCode).toBe(201);
    const ids = (await w.supervisorA.get('/admin/api/queue')).json().items.map((item: { id: string }) => item.id);
    expect(ids).toContain(itemB);
    expect((await w.supervisorB.get(`/admin/api/events/${itemB}`)).statusCode).toBe(404);
    const entries = await w.database.db.selectFrom('audit_log').select(['action', 'actor_label', 'target']).where('action', '=', 'device.assigned').execute();
    expect(entries).toEqual([{ action: 'device.assigned', actor_label: 'ada@firm.example', target: w.deviceB.deviceId }]);
  });

  it('every people change and export is in the audit log with its actor; refused writes left no entry', async () => {
    const rows = await w.database.db.selectFrom('audit_log').select(['action', 'actor_label']).where('action', 'in', [
      'broker.created', 'group.created', 'group.broker_added', 'group.supervisor_assigned', 'broker.token_created', 'queue.exported',
    ]).execute();
    const counts: Record<string, number> = {};
    for (const row of rows) counts[`${row.action} ${row.actor_label}`] = (counts[`${row.action} ${row.actor_label}`] ?? 0) + 1;
    expect(counts).toEqual({
      'broker.created ada@firm.example': 2,
      'group.created ada@firm.example': 2,
      'group.broker_added ada@firm.example': 2,
      'group.supervisor_assigned ada@firm.example': 2,
      'broker.token_created ada@firm.example': 2,
      'queue.exported sam@firm.example': 1,
    });
  });

  it('security: ending a supervisor assignment or a membership removes the scope at once; the links stay on record', async () => {
    const group = (await w.admin.post('/admin/api/groups', { name: 'Temporary desk', kind: 'desk' })).json().id;
    expect((await w.admin.post(`/admin/api/groups/${group}/brokers`, { brokerId: w.brokerA })).statusCode).toBe(201);
    expect((await w.admin.post(`/admin/api/groups/${group}/brokers`, { brokerId: w.brokerA })).statusCode).toBe(409);
    expect((await w.admin.post(`/admin/api/groups/${group}/supervisors`, { accountId: w.supervisorB.accountId })).statusCode).toBe(201);
    expect((await w.supervisorB.get(`/admin/api/events/${itemA}`)).statusCode).toBe(200);

    const remove = (url: string, actor = w.admin) => w.app.inject({ method: 'DELETE', url, cookies: { cg_session: actor.cookie }, headers: { 'x-csrf-token': actor.csrf } });
    expect((await remove(`/admin/api/groups/${group}/supervisors/${w.supervisorB.accountId}`, w.supervisorA)).statusCode).toBe(403);
    expect((await remove(`/admin/api/groups/${group}/supervisors/${w.supervisorB.accountId}`)).statusCode).toBe(204);
    expect((await w.supervisorB.get(`/admin/api/events/${itemA}`)).statusCode).toBe(404);
    expect((await w.supervisorB.get('/admin/api/groups')).json().groups.map((g: { id: string }) => g.id)).not.toContain(group);
    expect((await remove(`/admin/api/groups/${group}/supervisors/${w.supervisorB.accountId}`)).statusCode).toBe(404);

    // Re-assigned, then the broker leaves the group: the supervisor keeps the group but no longer sees the broker.
    expect((await w.admin.post(`/admin/api/groups/${group}/supervisors`, { accountId: w.supervisorB.accountId })).statusCode).toBe(201);
    expect((await remove(`/admin/api/groups/${group}/brokers/${w.brokerA}`)).statusCode).toBe(204);
    expect((await w.supervisorB.get(`/admin/api/brokers/${w.brokerA}/overview`)).statusCode).toBe(404);
    const db = w.database.db.withTables<{ supervisor_assignments: { group_id: string }; group_memberships: { group_id: string } }>();
    expect(await db.selectFrom('supervisor_assignments').select('group_id').where('group_id', '=', group).execute()).toHaveLength(2);
    expect(await db.selectFrom('group_memberships').select('group_id').where('group_id', '=', group).execute()).toHaveLength(1);
    const actions = (await w.database.db.selectFrom('audit_log').select('action').where('target', '=', group).orderBy('id').execute()).map((row) => row.action);
    expect(actions).toEqual(['group.created', 'group.broker_added', 'group.supervisor_assigned', 'group.supervisor_removed', 'group.supervisor_assigned', 'group.broker_removed']);
  });
});
