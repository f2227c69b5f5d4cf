/**
 * Where would pasted data go? A frame is judged by its own URL and by the top-level site (issue #2 §3):
 * the stricter of the two wins, so an unapproved widget inside the CRM, or the CRM framed by a personal
 * site, is unapproved. Pure.
 */
import { compilePatterns, matchesPattern, type MatchPattern } from './match-pattern';
import type { Policy, SupervisedChannel } from './schema';

export type DestinationStatus = 'supervised' | 'approved' | 'unapproved';

export interface Destination {
  status: DestinationStatus;
  /** The supervised channel, when status is 'supervised'. */
  channel?: Pick<SupervisedChannel, 'id' | 'name' | 'kind'>;
  /** The host that decided it (the frame's or the top-level site's), for notices and records. */
  host: string;
}

/** Patterns compiled once per policy, not once per paste. */
export interface CompiledSites {
  approved: MatchPattern[];
  channels: { channel: SupervisedChannel; patterns: MatchPattern[] }[];
}

const compiled = new WeakMap<Policy, CompiledSites>();

export function compileSites(policy: Policy): CompiledSites {
  let sites = compiled.get(policy);
  if (!sites) {
    sites = {
      approved: compilePatterns(policy.approvedSites).patterns,
      channels: policy.supervisedChannels.map((channel) => ({ channel, patterns: compilePatterns(channel.matches).patterns })),
    };
    compiled.set(policy, sites);
  }
  return sites;
}

const RANK: Record<DestinationStatus, number> = { unapproved: 0, approved: 1, supervised: 2 };

/** Judges one URL alone. Anything that is not a parseable web URL (opaque origins, data:, blob:) is unapproved. */
export function judgeUrl(url: string, policy: Policy): Destination {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 'unapproved', host: url.slice(0, 100) };
  }
  const host = parsed.host || parsed.protocol;
  const sites = compileSites(policy);
  for (const { channel, patterns } of sites.channels) {
    if (patterns.some((pattern) => matchesPattern(pattern, parsed))) {
      return { status: 'supervised', channel: { id: channel.id, name: channel.name, kind: channel.kind }, host };
    }
  }
  if (sites.approved.some((pattern) => matchesPattern(pattern, parsed))) return { status: 'approved', host };
  return { status: 'unapproved', host };
}

/**
 * Judges a frame: `frameUrl` is the frame's own URL (for about:blank/srcdoc frames pass the inherited
 * origin), `topUrl` the top-level page's URL or, from a cross-origin frame, its origin.
 */
export function judgeDestination(frameUrl: string, topUrl: string | undefined, policy: Policy): Destination {
  const frame = judgeUrl(frameUrl, policy);
  if (topUrl === undefined || topUrl === frameUrl) return frame;
  const top = judgeUrl(topUrl, policy);
  return RANK[top.status] < RANK[frame.status] ? top : frame;
}
