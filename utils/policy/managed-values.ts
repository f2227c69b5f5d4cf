/**
 * Parses managed (enterprise) policy values key by key, so one bad value never costs the others. Chromium
 * already drops values that fail public/managed_schema.json, but that schema cannot express match patterns
 * or regular expressions: zod is the second, precise gate. Pure (also used by `npm run policy:check`).
 */
import * as z from 'zod/mini';
import { PolicyOverridesSchema, describeIssues, type PolicyOverrides } from './schema';
export interface RejectedManagedValue {
  key: string;
  error: string;
}

export interface ManagedPolicy {
  forced: PolicyOverrides;
  rejected: RejectedManagedValue[];
}

const OVERRIDE_SHAPE: Record<string, z.ZodMiniType> = PolicyOverridesSchema.shape;

/** Parses what `storage.managed.get()` returned, key by key. Pure. */
export function parseManagedValues(raw: unknown): ManagedPolicy {
  const forced: Record<string, unknown> = {};
  const rejected: RejectedManagedValue[] = [];
  if (raw === null || raw === undefined) return { forced: {}, rejected };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { forced: {}, rejected: [{ key: '(root)', error: `expected an object of policy keys, got ${describeType(raw)}` }] };
  }
  for (const [key, value] of Object.entries(raw)) {
    const schema = Object.hasOwn(OVERRIDE_SHAPE, key) ? OVERRIDE_SHAPE[key] : undefined;
    if (!schema) {
      rejected.push({ key, error: `"${key}" is not a Channel Guard policy key` });
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) forced[key] = result.data;
    else rejected.push({ key, error: describeIssues(result.error).map((line) => `${key}${prefixPath(line)}`).join('; ') });
  }
  // Every accepted value passed its own key's schema, so the whole object satisfies PolicyOverridesSchema.
  return { forced: forced as PolicyOverrides, rejected };
}

/** "(root): expected …" → ": expected …"; "2.id: …" → ".2.id: …". */
function prefixPath(line: string): string {
  return line.startsWith('(root)') ? line.slice('(root)'.length) : `.${line}`;
}

function describeType(value: unknown): string {
  return Array.isArray(value) ? 'an array' : typeof value;
}
