/**
 * The paste decision: findings × destination × policy → what the guard does, and why. Pure and synchronous:
 * it runs inside the paste handler, before `preventDefault()` can no longer work (DESIGN.md decision 1).
 */
import type { Finding, PiiType } from './classifier/types';
import type { Destination } from './policy/destination';
import type { Policy } from './policy/schema';

export type GuardAction = 'block' | 'warn' | 'audit' | 'allow';

export interface Decision {
  action: GuardAction;
  /** Plain-language reasons, for the notice and the record. */
  reasons: string[];
  /** The findings that made this decision (high-risk ones), in text order. */
  decisive: Finding[];
  /** Whether the event becomes a record (a block, warn or audit, or customer data pasted where allowed). */
  record: boolean;
}

export function decide(findings: readonly Finding[], destination: Destination, policy: Policy): Decision {
  const highRisk = new Set<PiiType>(policy.highRiskTypes);
  const decisive = findings.filter((finding) => highRisk.has(finding.type));
  if (decisive.length === 0) {
    return { action: 'allow', reasons: ['no high-risk customer data found'], decisive, record: false };
  }
  if (destination.status === 'supervised') {
    const name = destination.channel?.name ?? destination.host;
    return { action: 'allow', reasons: [`${name} is a supervised channel`], decisive, record: true };
  }
  if (destination.status === 'approved') {
    return { action: 'allow', reasons: [`${destination.host} is approved for customer data`], decisive, record: true };
  }
  return {
    action: policy.unapprovedAction,
    reasons: [`${destination.host} is not approved for customer data`],
    decisive,
    record: true,
  };
}
