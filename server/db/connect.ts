/**
 * The application's connection pool. Every pooled connection switches to the append-only application role
 * (`SET ROLE`) before first use, so even a bug in the endpoint cannot UPDATE or DELETE a stored record.
 */
import { CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

/** int8 (bigserial ids, seqs, counts) as numbers: every value we store stays below 2^53. */
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export function connectDatabase(databaseUrl: string, appRole: string, poolSize: number): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, types, connectionTimeoutMillis: 5_000 });
  // A dropped idle connection (database restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  return new Kysely<Database>({
    dialect: new PostgresDialect({
      pool,
      onCreateConnection: async (connection) => {
        await connection.executeQuery(CompiledQuery.raw(`SET ROLE "${appRole}"`));
      },
    }),
  });
}
