/**
 * The supervision endpoint for sync e2e tests: the real app (server/app.ts) on the embedded PostgreSQL, listening
 * on 127.0.0.1 at a fixed port so it can be stopped and brought back (the extension keeps the same URL).
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../../../server/app';
import { startHarness, type Harness } from '../../server/helpers/harness';
import { freePort } from '../../server/helpers/postgres';

export interface RunningEndpoint {
  url: string;
  token: string;
  harness: Harness;
  /** Stops answering (the port refuses connections); the database keeps its rows. */
  stop(): Promise<void>;
  /** Answers again on the same port. */
  start(): Promise<void>;
  /** Rows stored per seq for the one enrolled device: [seq, rows][]. */
  rowsPerSeq(): Promise<[number, number][]>;
  close(): Promise<void>;
}

export async function startEndpoint(): Promise<RunningEndpoint> {
  const harness = await startHarness('embedded', { RATE_LIMIT_PER_ADDRESS: '1000000', LOG_LEVEL: 'silent' });
  const port = await freePort();
  let app: FastifyInstance | null = harness.app;
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${port}`,
    token: harness.token,
    harness,
    async stop() {
      await app?.close();
      app = null;
    },
    async start() {
      if (app) return;
      app = await buildApp({ context: { db: harness.database.db, config: harness.config } });
      await app.listen({ port, host: '127.0.0.1' });
    },
    async rowsPerSeq() {
      const result = await sql<{ seq: string; n: string }>`SELECT seq, count(*) AS n FROM events GROUP BY seq ORDER BY seq`.execute(harness.database.db);
      return result.rows.map((row) => [Number(row.seq), Number(row.n)]);
    },
    async close() {
      await app?.close();
      await harness.stop();
    },
  };
}
