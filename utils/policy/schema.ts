/**
 * The one policy schema: the bundled default, the managed (enterprise) policy and, later, the endpoint's
 * policy are all parsed by it. `zod/mini` because the content script imports it (TOOLCHAIN.md: full zod
 * adds ~96 kB to every frame).
 */
import * as z from 'zod/mini';
import '../zod-messages';
import { PII_TYPES } from '../classifier/types';
import { parseMatchPattern } from './match-pattern';

const matchPattern = z.string().check(
  z.refine((value) => !('error' in parseMatchPattern(value)), {
    error: (issue) => {
      const parsed = parseMatchPattern(String(issue.input));
      return 'error' in parsed ? parsed.error : 'invalid match pattern';
    },
  }),
);

const regexSource = z.string().check(
  z.minLength(1),
  z.maxLength(500),
  z.refine(
    (source) => {
      try {
        new RegExp(source, 'u');
        return true;
      } catch {
        return false;
      }
    },
    { error: 'not a valid JavaScript regular expression' },
  ),
);

export const ChannelKindSchema = z.enum(['messaging', 'crm', 'email', 'other']);

export const SupervisedChannelSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'id: lowercase letters, digits, . _ - (max 64)')),
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  kind: ChannelKindSchema,
  matches: z.array(matchPattern).check(z.minLength(1)),
});

export const AccountPatternSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  pattern: regexSource,
  checkDigit: z.optional(z.enum(['luhn', 'mod10', 'mod11', 'none'])),
  requiresContext: z.optional(z.boolean()),
});

export const UnapprovedActionSchema = z.enum(['block', 'warn', 'audit']);

export const PolicySchema = z.strictObject({
  /** Where this policy came from and which revision: stamped on every record. */
  version: z.string().check(z.minLength(1), z.maxLength(100)),
  unapprovedAction: UnapprovedActionSchema,
  approvedSites: z.array(matchPattern),
  supervisedChannels: z.array(SupervisedChannelSchema),
  accountPatterns: z.array(AccountPatternSchema),
  /**
   * The firm's own accounts (house, error, GL, the bank account of its published wire instructions): regular
   * expressions a whole account value must match to be left alone. Defaulted so older policies still parse.
   */
  houseAccounts: z._default(z.array(regexSource).check(z.maxLength(200)), []),
  noticeContact: z.string().check(z.maxLength(300)),
  /** Largest text file (CSV/TSV/TXT) the guard reads before deciding; larger files are treated as unreadable. */
  maxFileBytes: z.number().check(z.int(), z.gte(1024), z.lte(50 * 1024 * 1024)),
  /** Which finding types make customer data "high risk" here. */
  highRiskTypes: z.array(z.enum(PII_TYPES)),
  /**
   * Days a delivered record stays on the device for the broker's own view; an undelivered one is never removed.
   * Defaulted, not required: policies published on an endpoint before this key existed must still parse.
   */
  localRetentionDays: z._default(z.number().check(z.int(), z.gte(1), z.lte(3650)), 30),
});

export type Policy = z.infer<typeof PolicySchema>;
export type SupervisedChannel = z.infer<typeof SupervisedChannelSchema>;
export type UnapprovedAction = z.infer<typeof UnapprovedActionSchema>;

/** Lives in its own zod-free module so the guard content script can import it without zod (issue #2 §3). */
export { DEFAULT_POLICY } from './default-policy';

/**
 * The firm's secret for keyed fingerprints of findings (HMAC-SHA-256): base64 of at least 32 random bytes,
 * e.g. `openssl rand -base64 32`. It is an override but never part of Policy, because Policy is pushed to
 * every frame of every page and a secret has no business in a page's renderer process.
 */
export const FingerprintKeySchema = z.string().check(
  z.regex(/^[A-Za-z0-9+/]{43,}={0,2}$/, 'expected base64 of at least 32 random bytes (openssl rand -base64 32)'),
  z.maxLength(1024),
);

/**
 * The supervision endpoint: https, or http only for a machine-local endpoint (localhost, 127.0.0.1, *.test),
 * because records and the enrollment token must not cross a network in clear.
 */
export const EndpointUrlSchema = z.string().check(
  z.maxLength(2048),
  z.refine(isAcceptableEndpointUrl, { error: 'expected an https:// URL (http:// only for localhost, 127.0.0.1 or *.test)' }),
);

export function isAcceptableEndpointUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return false;
  if (url.protocol === 'https:') return true;
  const host = url.hostname;
  return url.protocol === 'http:' && (host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.test'));
}

/** What `npm run server:token` prints; the endpoint accepts 16–200 characters. */
export const EnrollmentTokenSchema = z.string().check(z.minLength(16), z.maxLength(200), z.regex(/^\S+$/, 'expected a token without spaces'));

/**
 * The keys an administrator may set (managed storage): every Policy key except `version`, which is derived
 * from the values (see effective-policy), plus the worker-only `fingerprintKey`.
 */
export const PolicyOverridesSchema = z.extend(z.partial(z.omit(PolicySchema, { version: true })), {
  fingerprintKey: z.optional(FingerprintKeySchema),
  endpointUrl: z.optional(EndpointUrlSchema),
  enrollmentToken: z.optional(EnrollmentTokenSchema),
});

/** Override keys that configure the worker and never become part of the Policy pushed to pages. */
export const WORKER_ONLY_KEYS = ['fingerprintKey', 'endpointUrl', 'enrollmentToken'] as const;
export type PolicyOverrides = z.infer<typeof PolicyOverridesSchema>;

/** One line per problem, with the path: "approvedSites.2: "crm" is not a match pattern…". */
export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
