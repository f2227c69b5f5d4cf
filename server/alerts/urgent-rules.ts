/**
 * Which events cannot wait for the daily digest (issue #3: "an immediate mail for events the policy marks
 * urgent, for example a warning overridden with a customer SSN to a personal webmail"). The rules are firm
 * configuration (ALERT_URGENT_RULES, JSON), not device policy: devices never need them.
 */
import { z } from 'zod';
import { PII_TYPES } from '../../utils/classifier/types';
import type { ChainRecord } from '../../utils/wire/record';

/** `*` stands for any run of characters: `*.overridden`, `mail.*`, `*.mail.yahoo.com`. */
const GlobSchema = z.string().min(1).max(200).regex(/^[a-z0-9*._-]+$/, 'use lowercase letters, digits, . _ - and *');

export const UrgentRuleSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** Record kinds, e.g. `*.overridden` or `upload.blocked`. */
  kinds: z.array(GlobSchema).min(1),
  /** Any one of these finding types makes the event urgent; empty means findings do not matter. */
  findingTypes: z.array(z.enum(PII_TYPES)).default([]),
  /** Destination hosts; empty means any site. */
  hosts: z.array(GlobSchema).default([]),
});
export type UrgentRule = z.infer<typeof UrgentRuleSchema>;

/** Personal webmail: where customer identifiers most often leave the firm's books. */
export const WEBMAIL_HOSTS = ['mail.google.com', 'outlook.live.com', 'mail.yahoo.com', '*.mail.yahoo.com', 'mail.aol.com', 'mail.proton.me', 'www.icloud.com', 'mail.*', 'webmail.*'];

export const DEFAULT_URGENT_RULES: readonly UrgentRule[] = [
  { name: 'customer identifier overridden to personal webmail', kinds: ['*.overridden'], findingTypes: ['US_SSN', 'US_ITIN', 'US_PASSPORT'], hosts: WEBMAIL_HOSTS },
];

const globMatches = (glob: string, value: string) =>
  new RegExp(`^${glob.split('*').map((part) => part.replace(/[.]/g, '\\.')).join('.+')}$`).test(value);

/** The first rule the record meets, or null. */
export function urgentRuleFor(rules: readonly UrgentRule[], record: Pick<ChainRecord, 'kind' | 'site' | 'findings'>): UrgentRule | null {
  const host = record.site?.host.toLowerCase() ?? '';
  return (
    rules.find(
      (rule) =>
        rule.kinds.some((kind) => globMatches(kind, record.kind)) &&
        (rule.findingTypes.length === 0 || record.findings.some((finding) => rule.findingTypes.includes(finding.type))) &&
        (rule.hosts.length === 0 || (host !== '' && rule.hosts.some((pattern) => globMatches(pattern, host)))),
    ) ?? null
  );
}
