/**
 * The endpoint's configuration, read once from the environment and validated at boot (issue #3): a bad value
 * stops the process with one line per problem instead of failing later in a request.
 */
import path from 'node:path';
import { z } from 'zod';
import { REPORTS_ENV, reportsConfigProblems } from './reports-config';

const port = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be 0–65535`)
    .max(65535, `${name} must be 0–65535`)
    .default(fallback);

const positiveInt = (name: string, fallback: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be at least 1`)
    .max(max, `${name} must be at most ${max}`)
    .default(fallback);

const EnvSchema = z.object({
  PORT: port('PORT', 8787),
  HOST: z.string().min(1, 'HOST must not be empty').default('127.0.0.1'),
  DATA_DIR: z.string().min(1, 'DATA_DIR must not be empty').default('./data'),
  DATABASE_URL: z
    .string()
    .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value), 'DATABASE_URL must look like postgres://user:password@host:5432/db')
    .optional(),
  /** The NOLOGIN role the application switches to: INSERT/SELECT only on stored records. */
  DB_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'DB_APP_ROLE must be a lowercase SQL identifier')
    .default('channel_guard_app'),
  DB_POOL_SIZE: positiveInt('DB_POOL_SIZE', 10, 200),
  /** Largest request body; a batch of 500 records with findings fits well under 1 MiB. */
  BODY_LIMIT_BYTES: positiveInt('BODY_LIMIT_BYTES', 1024 * 1024, 32 * 1024 * 1024),
  RATE_LIMIT_WINDOW_SECONDS: positiveInt('RATE_LIMIT_WINDOW_SECONDS', 60, 3600),
  /** Requests per window from one address (all device routes and enrollment). */
  RATE_LIMIT_PER_ADDRESS: positiveInt('RATE_LIMIT_PER_ADDRESS', 6000, 10_000_000),
  /** Requests per window naming one device id. */
  RATE_LIMIT_PER_DEVICE: positiveInt('RATE_LIMIT_PER_DEVICE', 600, 10_000_000),
  /** Enrollment attempts per window from one address: tokens must not be guessable by brute force. */
  RATE_LIMIT_ENROLL_PER_ADDRESS: positiveInt('RATE_LIMIT_ENROLL_PER_ADDRESS', 20, 100_000),
  /** Sign-in attempts per window, per address and per account e-mail (credential stuffing, guessing). */
  RATE_LIMIT_SIGNIN_PER_ADDRESS: positiveInt('RATE_LIMIT_SIGNIN_PER_ADDRESS', 10, 100_000),
  RATE_LIMIT_SIGNIN_PER_ACCOUNT: positiveInt('RATE_LIMIT_SIGNIN_PER_ACCOUNT', 10, 100_000),
  SESSION_IDLE_MINUTES: positiveInt('SESSION_IDLE_MINUTES', 30, 24 * 60),
  SESSION_ABSOLUTE_HOURS: positiveInt('SESSION_ABSOLUTE_HOURS', 12, 24 * 30),
  /** Secure cookies are accepted by browsers on https and on http://localhost / 127.0.0.1 alike. */
  COOKIE_SECURE: z.enum(['true', 'false'], { error: 'COOKIE_SECURE must be true or false' }).default('true').transform((value) => value === 'true'),
  /**
   * Behind a load balancer the socket address is the balancer's: name the proxies to trust (a hop count, or
   * comma-separated addresses/CIDRs) so per-address limits use X-Forwarded-For. Default: trust nobody.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(false|true|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, 'TRUST_PROXY must be false, true, a hop count or a comma-separated list of addresses/CIDRs')
    .default('false')
    .transform((value): boolean | number | string[] =>
      value === 'false' ? false : value === 'true' ? true : /^\d+$/.test(value) ? Number(value) : value.split(',').map((part) => part.trim()),
    ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ...REPORTS_ENV,
});

export type ServerConfig = Omit<z.infer<typeof EnvSchema>, 'DATA_DIR'> & { DATA_DIR: string };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Empty strings count as unset, as in most shells' `VAR= cmd`. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): ServerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const crossKeyProblems = reportsConfigProblems(parsed.data);
  if (crossKeyProblems.length > 0) throw new ConfigError(crossKeyProblems);
  return { ...parsed.data, DATA_DIR: path.resolve(parsed.data.DATA_DIR) };
}
