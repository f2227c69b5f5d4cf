/**
 * A structural check of a policy pushed by the worker. The worker has already parsed it with the zod
 * PolicySchema; the guard only makes sure that what it holds cannot crash the paste decision, without
 * shipping zod to every frame (TOOLCHAIN.md: ~35 kB of the content script). The full schema stays the
 * single source of truth; test/utils/guard/policy-shape.test.ts keeps the two in step.
 */
import type { Policy } from '../policy/schema';

const ACTIONS = new Set(['block', 'warn', 'audit']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

export function isUsablePolicy(value: unknown): value is Policy {
  if (!isRecord(value)) return false;
  return (
    typeof value.version === 'string' &&
    typeof value.unapprovedAction === 'string' &&
    ACTIONS.has(value.unapprovedAction) &&
    isStringArray(value.approvedSites) &&
    Array.isArray(value.supervisedChannels) &&
    value.supervisedChannels.every(
      (channel) => isRecord(channel) && typeof channel.id === 'string' && typeof channel.name === 'string' && isStringArray(channel.matches),
    ) &&
    Array.isArray(value.accountPatterns) &&
    value.accountPatterns.every((pattern) => isRecord(pattern) && typeof pattern.name === 'string' && typeof pattern.pattern === 'string') &&
    (value.houseAccounts === undefined || isStringArray(value.houseAccounts)) &&
    typeof value.noticeContact === 'string' &&
    typeof value.maxFileBytes === 'number' &&
    value.maxFileBytes > 0 &&
    isStringArray(value.highRiskTypes)
  );
}
