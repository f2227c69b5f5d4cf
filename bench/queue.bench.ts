/**
 * `npm run bench:queue`: the review queue over HTTP on 1,000,000 stored events (issue #3 target: p95 < 100 ms
 * per page). Loads the events in bulk (./queue-load.ts), then pages the queue as an admin and as a supervisor of
 * a tenth of the brokers — first pages, deep pages by keyset, with and without filters — one request at a time.
 */
import os from 'node:os';
import { rmSync } from 'node:fs';
import pg from 'pg';
import { buildApp } from '../server/app';
import { createAccount } from '../server/auth/accounts';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/database';
import { freePort, tempDir } from '../test/server/helpers/postgres';
import { loadFirm, type LoadShape } from './queue-load';

const SHAPE: LoadShape = { events: Number(process.env.BENCH_EVENTS ?? 1_000_000), devices: 2000, brokers: 400, groups: 20, days: 180 };
const PAGES = Number(process.env.BENCH_PAGES ?? 60);
const VIEW_RUNS = 5;
const PASSWORD = 'bench password that is long enough';

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

async function main(): Promise<void> {
  const dataDir = tempDir('cg-bench-queue-');
  const config = loadConfig({ DATA_DIR: dataDir, COOKIE_SECURE: 'false', RATE_LIMIT_SIGNIN_PER_ADDRESS: '1000' });
  const database = await openDatabase(config, () => undefined);
  const owner = new pg.Client({ connectionString: database.ownerUrl });
  await owner.connect();
  const app = await buildApp({ context: { db: database.db, config } });
  try {
    const cpus = os.cpus();
    console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)}`);
    console.log(`inputs: ${SHAPE.events} events (70% in the review queue) over ${SHAPE.days} days, ${SHAPE.devices} devices, ${SHAPE.brokers} brokers in ${SHAPE.groups} groups, embedded PostgreSQL (fsync on)`);
    const loadStart = performance.now();
    await loadFirm(owner, SHAPE, console.log);
    console.log(`load: ${SHAPE.events} events in ${((performance.now() - loadStart) / 1000).toFixed(1)} s (INSERT … SELECT generate_series, secondary indexes rebuilt after, then ANALYZE)`);

    await createAccount(database.db, { email: 'admin@firm.example', displayName: 'Admin', role: 'admin', password: PASSWORD }, 'bench');
    const supervisorId = await createAccount(database.db, { email: 'sup@firm.example', displayName: 'Sup', role: 'supervisor', password: PASSWORD }, 'bench');
    await owner.query(`INSERT INTO supervisor_assignments (group_id, account_id, assigned_by) SELECT md5('group' || g)::uuid, $1, 'bench' FROM generate_series(1, 2) g`, [supervisorId]);
    await owner.query(`INSERT INTO event_reviews (event_id, reviewer_account_id, reviewer_label, disposition, comment, event_received_at, event_device_id, event_seq)
      SELECT e.id, $1, 'sup@firm.example', 'no_action', 'bench review', e.received_at, e.device_id, e.seq
      FROM events e WHERE e.id IN (SELECT md5('event' || i)::uuid FROM generate_series(1, ${SHAPE.events}, 97) i)`, [supervisorId]);
    await owner.query('ANALYZE event_reviews');

    const base = await app.listen({ port: await freePort(), host: '127.0.0.1' });
    const signIn = async (email: string) => {
      const response = await fetch(`${base}/admin/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
      return /cg_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')![1]!;
    };
    const sessions = { admin: await signIn('admin@firm.example'), supervisor: await signIn('sup@firm.example') };
    const broker = (await owner.query<{ id: string }>(`SELECT md5('broker7')::uuid AS id`)).rows[0]!.id;
    const group = (await owner.query<{ id: string }>(`SELECT md5('group3')::uuid AS id`)).rows[0]!.id;
    const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString();

    const scenarios: Array<[string, keyof typeof sessions, string]> = [
      ['admin, no filter', 'admin', ''],
      ['admin, finding type CREDIT_CARD', 'admin', 'findingType=CREDIT_CARD'],
      ['admin, action overridden', 'admin', 'action=overridden'],
      ['admin, one broker', 'admin', `broker=${broker}`],
      ['admin, one group', 'admin', `group=${group}`],
      ['admin, one site (rare host)', 'admin', 'site=site1234.example'],
      ['admin, state open, last 7 days', 'admin', `state=open&from=${lastWeek}`],
      ['admin, state reviewed', 'admin', 'state=reviewed'],
      ['supervisor (2 of 20 groups), no filter', 'supervisor', ''],
      ['supervisor, finding type US_SSN', 'supervisor', 'findingType=US_SSN'],
    ];
    console.log(`queue pages of 50 over HTTP, one request at a time; first page fetched ${PAGES}×, then ${PAGES} pages deep by keyset:`);
    for (const [name, who, query] of scenarios) {
      const get = async (cursor: string | null) => {
        const started = performance.now();
        const response = await fetch(`${base}/admin/api/queue?${query}${cursor ? `&cursor=${cursor}` : ''}`, { headers: { cookie: `cg_session=${sessions[who]}` } });
        const body = (await response.json()) as { items: unknown[]; nextCursor: string | null };
        if (response.status !== 200) throw new Error(`${name}: ${response.status} ${JSON.stringify(body)}`);
        return { ms: performance.now() - started, body };
      };
      const first: number[] = [];
      for (let round = 0; round < PAGES; round += 1) first.push((await get(null)).ms);
      const deep: number[] = [];
      let cursor: string | null = null;
      let items = 0;
      for (let page = 0; page < PAGES; page += 1) {
        const { ms, body } = await get(cursor);
        deep.push(ms);
        items += body.items.length;
        cursor = body.nextCursor;
        if (!cursor) break;
      }
      const figures = (values: number[]) => `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;
      console.log(`  ${name.padEnd(42)} first page ${figures(first)} | keyset pages 1–${deep.length} (${items} items) ${figures(deep)}`);
    }
    // The other views are not under the issue's figure, but a reader should know what they cost at this size.
    console.log(`views (${VIEW_RUNS} runs each, admin):`);
    for (const [name, url] of [
      ['broker overview (90 days)', `/admin/api/brokers/${broker}/overview`],
      ['top unapproved sites (30 days)', '/admin/api/sites'],
      ['fleet health', '/admin/api/fleet'],
    ] as const) {
      const times: number[] = [];
      for (let run = 0; run < VIEW_RUNS; run += 1) {
        const started = performance.now();
        const response = await fetch(`${base}${url}`, { headers: { cookie: `cg_session=${sessions.admin}` } });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${name}: ${response.status}`);
        times.push(performance.now() - started);
      }
      console.log(`  ${name.padEnd(42)} p50 ${percentile(times, 50).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
    }
  } finally {
    await app.close();
    await owner.end();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
