/**
 * Configuration of alerts, mail and digests (issue #3), validated at boot with the rest of the environment
 * (config.ts spreads REPORTS_ENV into its schema and adds reportsConfigProblems to its checks).
 */
import { z } from 'zod';
import { DEFAULT_URGENT_RULES, UrgentRuleSchema } from './alerts/urgent-rules';

const intIn = (name: string, fallback: number, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`)
    .default(fallback);

const addressList = (name: string) =>
  z
    .string()
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(z.email(`${name} must be comma-separated e-mail addresses`)));

const UrgentRulesJson = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'ALERT_URGENT_RULES must be a JSON array of rules' });
      return z.NEVER;
    }
  })
  .pipe(z.array(UrgentRuleSchema));

export const REPORTS_ENV = {
  /** smtp://user:pass@host:587 or smtps://…:465; or the SMTP_HOST family below. Unset: alerts and digests are recorded as not sent. */
  SMTP_URL: z.string().regex(/^smtps?:\/\/[^\s]+$/, 'SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465').optional(),
  SMTP_HOST: z.string().min(1).max(253).optional(),
  SMTP_PORT: intIn('SMTP_PORT', 587, 1, 65535),
  SMTP_SECURE: z.enum(['true', 'false'], { error: 'SMTP_SECURE must be true or false' }).default('false').transform((value) => value === 'true'),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASS: z.string().min(1).optional(),
  MAIL_FROM: z.email('MAIL_FROM must be an e-mail address').default('channel-guard@localhost'),
  /** Compliance mailbox for urgent alerts (used while supervisors are not scoped to brokers). */
  ALERT_MAIL_TO: addressList('ALERT_MAIL_TO').default([]),
  ALERT_URGENT_RULES: UrgentRulesJson.optional().transform((rules) => rules ?? [...DEFAULT_URGENT_RULES]),
  ALERT_POLL_MS: intIn('ALERT_POLL_MS', 1000, 10, 60_000),
  ALERT_MAX_ATTEMPTS: intIn('ALERT_MAX_ATTEMPTS', 8, 1, 50),
  ALERT_RETRY_BASE_MS: intIn('ALERT_RETRY_BASE_MS', 2000, 1, 3_600_000),
  ALERT_HTTP_TIMEOUT_MS: intIn('ALERT_HTTP_TIMEOUT_MS', 10_000, 100, 120_000),
  /** Hour of the day (UTC) from which each supervisor's digest of the day is sent. */
  DIGEST_HOUR_UTC: intIn('DIGEST_HOUR_UTC', 7, 0, 23),
  DIGEST_CHECK_MS: intIn('DIGEST_CHECK_MS', 60_000, 10, 3_600_000),
  /** false: this process runs no alert or digest worker (another process does). */
  BACKGROUND_WORKERS: z.enum(['true', 'false'], { error: 'BACKGROUND_WORKERS must be true or false' }).default('true').transform((value) => value === 'true'),
};

export type ReportsConfig = z.infer<z.ZodObject<typeof REPORTS_ENV>>;

/** Checks that span keys: SMTP_URL and SMTP_HOST exclude each other; a user needs a password. */
export function reportsConfigProblems(config: ReportsConfig): string[] {
  const problems: string[] = [];
  if (config.SMTP_URL && config.SMTP_HOST) problems.push('SMTP_URL and SMTP_HOST: set one of them, not both');
  if (Boolean(config.SMTP_USER) !== Boolean(config.SMTP_PASS)) problems.push('SMTP_USER and SMTP_PASS: set both or neither');
  if (!config.SMTP_HOST && (config.SMTP_USER || config.SMTP_PASS)) problems.push('SMTP_USER/SMTP_PASS need SMTP_HOST');
  return problems;
}
