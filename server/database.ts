/**
 * Opens the endpoint's database: DATABASE_URL when set, otherwise the embedded PostgreSQL under DATA_DIR.
 * Either way migrations run first (as the owner), then the pool connects as the append-only application role.
 */
import type { Kysely } from 'kysely';
import type { ServerConfig } from './config';
import { connectDatabase } from './db/connect';
import { startEmbeddedDatabase } from './db/embedded';
import { migrate } from './db/migrate';
import type { Database } from './db/schema';

export interface OpenDatabase {
  db: Kysely<Database>;
  /** The owner's connection string (migrations, tests); never handed to request handlers. */
  ownerUrl: string;
  close(): Promise<void>;
}

type DatabaseConfig = Pick<ServerConfig, 'DATABASE_URL' | 'DATA_DIR' | 'DB_APP_ROLE' | 'DB_POOL_SIZE'>;

export async function openDatabase(config: DatabaseConfig, log: (line: string) => void): Promise<OpenDatabase> {
  const embedded = config.DATABASE_URL ? null : await startEmbeddedDatabase(config.DATA_DIR, log);
  const ownerUrl = config.DATABASE_URL ?? embedded!.url;
  try {
    await migrate(ownerUrl, config.DB_APP_ROLE, log);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const db = connectDatabase(ownerUrl, config.DB_APP_ROLE, config.DB_POOL_SIZE);
  return {
    db,
    ownerUrl,
    close: async () => {
      await db.destroy();
      await embedded?.stop();
    },
  };
}
