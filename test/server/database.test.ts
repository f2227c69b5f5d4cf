/** Database lifecycle: concurrent migrations, health while the database is away, and errors that reveal nothing. */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { connectDatabase } from '../../server/db/connect';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded';
import { migrate } from '../../server/db/migrate';
import { MIGRATIONS } from '../../server/db/migrations';
import { freePort, tempDir } from './helpers/postgres';

describe('database lifecycle', () => {
  const dataDir = tempDir('cg-lifecycle-');
  let embedded: EmbeddedDatabase;
  beforeAll(async () => {
    embedded = await startEmbeddedDatabase(dataDir, () => undefined);
  }, 60_000);
  afterAll(async () => {
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('several endpoints migrating at once apply each migration exactly once', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => migrate(embedded.url, 'channel_guard_app')));
    expect(results.flat().sort((a, b) => a - b)).toEqual(MIGRATIONS.map((migration) => migration.version));
    const db = connectDatabase(embedded.url, 'channel_guard_app', 2);
    const app = await buildApp({ context: { db, config: loadConfig({}) } });
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    await app.close(); // stops the app's background workers before their pool goes away
    await db.destroy();
  });

  it('a second start on the same DATA_DIR shares the running cluster instead of starting another', async () => {
    const again = await startEmbeddedDatabase(dataDir, () => undefined);
    expect(again.url).toBe(embedded.url);
    await again.stop(); // sharing: must not stop the first one's cluster
    const db = connectDatabase(embedded.url, 'channel_guard_app', 1);
    await expect(db.selectFrom('schema_migrations').selectAll().execute()).resolves.toHaveLength(MIGRATIONS.length); // versions have gaps (10–19 review, 20–29 reports)
    await db.destroy();
  });

  it('security: with the database unreachable, /healthz is 503 and a failing route says 503 without internals', async () => {
    const port = await freePort();
    const url = `postgres://postgres:s3cret-password@127.0.0.1:${port}/channel_guard`;
    const db = connectDatabase(url, 'channel_guard_app', 1);
    const app = await buildApp({ context: { db, config: loadConfig({}) } });
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(503);
    const response = await app.inject({ method: 'POST', url: '/v1/enroll', payload: {} });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.body).not.toMatch(/s3cret|ECONNREFUSED|127\.0\.0\.1|at .*\.ts/);
    await app.close();
    await db.destroy();
  });
});
