/**
 * DEFAULT ⊕ managed = the effective policy. A forced key replaces the default wholesale (an administrator
 * who lists approved sites lists all of them). The version names the source and a short hash of the forced
 * values, so every record says which policy decided it and two machines with the same policy agree.
 */
import { DEFAULT_POLICY, PolicySchema, type Policy, type PolicyOverrides } from './policy/schema';

export interface EffectivePolicy {
  policy: Policy;
  /** The firm's fingerprint secret when IT set one; the worker otherwise uses a per-install key. */
  fingerprintKey: string | undefined;
}

export async function mergePolicy(forced: PolicyOverrides): Promise<EffectivePolicy> {
  const { fingerprintKey, ...policyKeys } = forced;
  const present = Object.fromEntries(Object.entries(policyKeys).filter(([, value]) => value !== undefined));
  const version = Object.keys(present).length === 0 ? DEFAULT_POLICY.version : `managed:${await shortHash(canonicalJson(present))}`;
  // Parse the merged result too: the overrides were checked key by key, this proves the whole is a Policy.
  const policy = PolicySchema.parse({ ...DEFAULT_POLICY, ...present, version });
  return { policy, fingerprintKey };
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
