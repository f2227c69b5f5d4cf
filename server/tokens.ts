/**
 * Enrollment tokens: created by admins, shown once, stored only as SHA-256 (they are 256-bit random values, so a
 * slow password hash adds nothing). Revoking appends a revocation row; a token is never rewritten.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';

export const TOKEN_PREFIX = 'cgenroll_';

export function tokenDigest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export async function createEnrollmentToken(db: Kysely<Database>, label: string): Promise<{ id: string; token: string }> {
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const id = randomUUID();
  await db.insertInto('enrollment_tokens').values({ id, token_sha256: tokenDigest(token), label }).execute();
  return { id, token };
}

export interface TokenSummary {
  id: string;
  label: string;
  createdAt: Date;
  revokedAt: Date | null;
  devicesEnrolled: number;
}

export async function listEnrollmentTokens(db: Kysely<Database>): Promise<TokenSummary[]> {
  const rows = await db
    .selectFrom('enrollment_tokens as t')
    .leftJoin('enrollment_token_revocations as r', 'r.token_id', 't.id')
    .select((eb) => [
      't.id',
      't.label',
      't.created_at',
      'r.revoked_at',
      eb.selectFrom('devices').select(eb.fn.countAll<number>().as('n')).whereRef('devices.enrollment_token_id', '=', 't.id').as('devices'),
    ])
    .orderBy('t.created_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    devicesEnrolled: Number(row.devices ?? 0),
  }));
}

/** Returns false when no such token exists; revoking twice is harmless. */
export async function revokeEnrollmentToken(db: Kysely<Database>, id: string): Promise<boolean> {
  const token = await db.selectFrom('enrollment_tokens').select('id').where('id', '=', id).executeTakeFirst();
  if (!token) return false;
  await db.insertInto('enrollment_token_revocations').values({ token_id: id }).onConflict((c) => c.column('token_id').doNothing()).execute();
  return true;
}

export async function hasUsableToken(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('enrollment_tokens as t')
    .leftJoin('enrollment_token_revocations as r', 'r.token_id', 't.id')
    .select('t.id')
    .where('r.token_id', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
