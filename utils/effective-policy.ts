/**
 * DEFAULT ⊕ endpoint ⊕ managed = the effective policy (issue #4): the endpoint's published policy replaces the
 * bundled default, and a managed key that is present is forced over both (Bitwarden's semantics). A forced key
 * replaces wholesale (an administrator who lists approved sites lists all of them). The version names the
 * sources — the endpoint's own label and a short hash of the forced values — so every record says which
 * policy decided it and two machines with the same policy agree.
 */
import type { PolicySource } from './page-api';
import { DEFAULT_POLICY, PolicySchema, WORKER_ONLY_KEYS, type Policy, type PolicyOverrides } from './policy/schema';

export interface EffectivePolicy {
  policy: Policy;
  /** The firm's fingerprint secret when IT set one; the worker otherwise uses a per-install key. */
  fingerprintKey: string | undefined;
}

export interface EffectivePolicyWithSource extends EffectivePolicy {
  source: PolicySource;
  /** Managed keys present (worker-only ones included), sorted: what the options page cannot change. */
  forcedKeys: string[];
}

const isWorkerOnly = (key: string) => (WORKER_ONLY_KEYS as readonly string[]).includes(key);

export async function mergePolicy(forced: PolicyOverrides): Promise<EffectivePolicy> {
  const { policy, fingerprintKey } = await mergeWithEndpoint(forced, null);
  return { policy, fingerprintKey };
}

export async function mergeWithEndpoint(forced: PolicyOverrides, endpoint: Policy | null): Promise<EffectivePolicyWithSource> {
  const present = Object.fromEntries(Object.entries(forced).filter(([key, value]) => value !== undefined && !isWorkerOnly(key)));
  const forcedKeys = Object.keys(forced).filter((key) => forced[key as keyof PolicyOverrides] !== undefined).sort();
  const managed = Object.keys(present).length > 0;
  const managedLabel = managed ? `managed:${await shortHash(canonicalJson(present))}` : null;
  const endpointLabel = endpoint === null ? null : endpoint.version.slice(0, 80);
  const version = [endpointLabel, managedLabel].filter((label) => label !== null).join('+') || DEFAULT_POLICY.version;
  const source: PolicySource = endpoint !== null && managed ? 'managed+endpoint' : endpoint !== null ? 'endpoint' : managed ? 'managed' : 'bundled';
  // Parse the merged result too: the overrides were checked key by key, this proves the whole is a Policy.
  const policy = PolicySchema.parse({ ...DEFAULT_POLICY, ...(endpoint ?? {}), ...present, version });
  return { policy, fingerprintKey: forced.fingerprintKey, source, forcedKeys };
}

/** JSON with object keys sorted at every level, so equal policies hash equally whatever the source order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** First 12 hex digits of SHA-256: short enough to read in a record, long enough not to collide in a fleet. */
async function shortHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest).slice(0, 6), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
