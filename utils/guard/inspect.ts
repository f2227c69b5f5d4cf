/**
 * One inspection: classify the text, judge the frame, decide. Synchronous and pure apart from reading the
 * frame's location, so it can run inside a paste handler before `preventDefault()` stops working.
 */
import { classify, describeFindings, mask } from '../classifier';
import type { Finding } from '../classifier/types';
import { decide, type Decision } from '../decide';
import type { GuardEvent, ReportedFinding } from '../messages';
import { judgeDestination, type Destination } from '../policy/destination';
import type { Policy } from '../policy/schema';
import type { FrameUrls } from './frame-urls';

export interface Inspection {
  urls: FrameUrls;
  destination: Destination;
  decision: Decision;
  /** Masked description of the decisive findings, for the notice ("SSN ***-**-6789, card ending 4471"). */
  summary: string;
  /** Every finding with its masked form and clear value — the value goes only to the worker (DESIGN.md §3). */
  findings: ReportedFinding[];
  policyVersion: string;
  contentLength: number;
}

const MAX_REPORTED_FINDINGS = 200;

function toReported(text: string, finding: Finding): ReportedFinding {
  const value = text.slice(finding.start, finding.end);
  return { ...finding, masked: mask(finding.type, value).slice(0, 100), value: value.slice(0, 200) };
}

export function inspect(text: string, urls: FrameUrls, policy: Policy): Inspection {
  const found = classify(text, { accountPatterns: policy.accountPatterns, houseAccounts: policy.houseAccounts });
  const destination = judgeDestination(urls.frameUrl, urls.topUrl, policy);
  const decision = decide(found, destination, policy);
  return {
    urls,
    destination,
    decision,
    summary: decision.decisive.length ? describeFindings(text, decision.decisive) : '',
    findings: found.slice(0, MAX_REPORTED_FINDINGS).map((finding) => toReported(text, finding)),
    policyVersion: policy.version,
    contentLength: text.length,
  };
}

export type Outcome = GuardEvent['outcome'];

/** The record of an inspection; undefined when there is nothing to record (no findings). */
export function guardEventOf(
  inspection: Inspection,
  surface: GuardEvent['surface'],
  outcome: Outcome,
  extra: { justification?: string; fileName?: string } = {},
): GuardEvent | undefined {
  if (inspection.findings.length === 0) return undefined;
  const { destination, urls } = inspection;
  return {
    surface,
    outcome,
    frameUrl: urls.frameUrl.slice(0, 2048),
    ...(urls.topUrl === undefined ? {} : { topUrl: urls.topUrl.slice(0, 2048) }),
    destination: {
      status: destination.status,
      host: destination.host.slice(0, 300),
      ...(destination.channel ? { channelId: destination.channel.id, channelName: destination.channel.name } : {}),
    },
    findings: inspection.findings,
    ...(extra.justification ? { justification: extra.justification.slice(0, 1000) } : {}),
    policyVersion: inspection.policyVersion,
    contentLength: inspection.contentLength,
    ...(extra.fileName ? { fileName: extra.fileName.slice(0, 260) } : {}),
  };
}

/** What the guard records for an action it took without the broker's input. */
export const OUTCOME_OF: Record<Decision['action'], Outcome> = {
  block: 'blocked',
  warn: 'warned',
  audit: 'audited',
  allow: 'allowed',
};
