/**
 * Applies pending migrations as the database owner. Several endpoint processes may start at once against one
 * database (issue #3): a session-level advisory lock makes them take turns, and the second finds nothing to do.
 */
import pg from 'pg';
import { MIGRATIONS, type Migration } from './migrations';

/** An arbitrary constant: the lock id every Channel Guard endpoint uses for migrations. */
const MIGRATION_LOCK_ID = 7_319_240_011;

export async function migrate(
  databaseUrl: string,
  appRole: string,
  log: (line: string) => void = () => {},
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const doneVersions = new Set(done.rows.map((row) => row.version));
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (doneVersions.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql(appRole));
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`, { cause: error });
      }
      log(`applied migration ${migration.version}: ${migration.name}`);
      applied.push(migration.version);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await client.end();
  }
  return applied;
}
