/**
 * The firm's device policy, versioned: each publication is a new revision row (append-only), the newest one is
 * served. Validated with the extension's own schema (utils/policy/schema.ts) before it is stored.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { canonicalJson } from '../utils/chain';
import { describeIssues, PolicySchema, type Policy } from '../utils/policy/schema';
import type { Database } from './db/schema';

export interface PublishedPolicy {
  revision: number;
  policy: Policy;
  sha256: string;
  publishedAt: Date;
}

export function validatePolicy(input: unknown): { ok: true; policy: Policy } | { ok: false; problems: string[] } {
  const parsed = PolicySchema.safeParse(input);
  return parsed.success ? { ok: true, policy: parsed.data } : { ok: false, problems: describeIssues(parsed.error) };
}

export async function publishPolicy(db: Kysely<Database>, policy: Policy, publishedBy: string): Promise<PublishedPolicy> {
  const document = canonicalJson(policy);
  const sha256 = createHash('sha256').update(document).digest('hex');
  const row = await db
    .insertInto('policies')
    .values({ document, sha256, published_by: publishedBy })
    .returning(['revision', 'published_at'])
    .executeTakeFirstOrThrow();
  return { revision: row.revision, policy, sha256, publishedAt: row.published_at };
}

export async function currentPolicy(db: Kysely<Database>): Promise<PublishedPolicy | null> {
  const row = await db.selectFrom('policies').selectAll().orderBy('revision', 'desc').limit(1).executeTakeFirst();
  if (!row) return null;
  const checked = validatePolicy(JSON.parse(row.document));
  // A stored revision that no longer parses (schema tightened later) is an operator problem, not the device's.
  if (!checked.ok) throw new Error(`stored policy revision ${row.revision} is invalid: ${checked.problems.join('; ')}`);
  return { revision: row.revision, policy: checked.policy, sha256: row.sha256, publishedAt: row.published_at };
}

/** The ETag of GET /v1/policy: a new revision always changes it, so devices fetch the new policy. */
export function policyEtag(published: Pick<PublishedPolicy, 'revision' | 'sha256'>): string {
  return `"r${published.revision}-${published.sha256.slice(0, 16)}"`;
}

export async function listPolicyRevisions(db: Kysely<Database>): Promise<Array<{ revision: number; version: string; sha256: string; publishedBy: string; publishedAt: string }>> {
  const rows = await db.selectFrom('policies').select(['revision', 'document', 'sha256', 'published_by', 'published_at']).orderBy('revision', 'desc').execute();
  return rows.map((row) => ({
    revision: row.revision,
    version: String((JSON.parse(row.document) as { version?: unknown }).version ?? ''),
    sha256: row.sha256,
    publishedBy: row.published_by,
    publishedAt: row.published_at.toISOString(),
  }));
}
