/** What every route needs; built once per endpoint process by app.ts. Holds no state that processes could disagree on. */
import type { Kysely } from 'kysely';
import type { ServerConfig } from './config';
import type { Database } from './db/schema';
import type { ReportsConfig } from './reports-config';
import type { ServerKey } from './server-key';

export interface AppContext {
  db: Kysely<Database>;
  config: Pick<
    ServerConfig,
    | 'BODY_LIMIT_BYTES'
    | 'TRUST_PROXY'
    | 'RATE_LIMIT_WINDOW_SECONDS'
    | 'RATE_LIMIT_PER_ADDRESS'
    | 'RATE_LIMIT_PER_DEVICE'
    | 'RATE_LIMIT_ENROLL_PER_ADDRESS'
    | 'RATE_LIMIT_SIGNIN_PER_ADDRESS'
    | 'RATE_LIMIT_SIGNIN_PER_ACCOUNT'
    | 'SESSION_IDLE_MINUTES'
    | 'SESSION_ABSOLUTE_HOURS'
    | 'COOKIE_SECURE'
    | keyof ReportsConfig
  >;
  /** The receipt key, read from the database on first use (immutable once created, so caching is safe). */
  serverKey: () => Promise<ServerKey>;
}
