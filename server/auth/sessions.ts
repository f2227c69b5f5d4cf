/**
 * Server-side sessions (issue #3): a random 256-bit id in an HttpOnly cookie, only its SHA-256 in the database,
 * an idle timeout (extended by activity) and an absolute timeout (never extended). Signing out ends the row.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Role } from './accounts';

export interface SessionPolicy {
  idleSeconds: number;
  absoluteSeconds: number;
}

export interface ActiveSession {
  accountId: string;
  email: string;
  role: Role;
}

const digest = (sessionId: string) => createHash('sha256').update(sessionId, 'utf8').digest();

/** Activity within this many seconds of the last write does not write again: one UPDATE a minute, not per request. */
const TOUCH_GRANULARITY_SECONDS = 60;

export async function startSession(db: Kysely<Database>, accountId: string, policy: SessionPolicy, now = new Date()): Promise<string> {
  const sessionId = randomBytes(32).toString('base64url');
  await db
    .insertInto('sessions')
    .values({ id_sha256: digest(sessionId), account_id: accountId, created_at: now, last_seen_at: now, expires_at: new Date(now.getTime() + policy.absoluteSeconds * 1000) })
    .execute();
  return sessionId;
}

/** The session's account if the session is live (not ended, not idle too long, not past its absolute end). */
export async function resolveSession(db: Kysely<Database>, sessionId: string, policy: SessionPolicy, now = new Date()): Promise<ActiveSession | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .leftJoin('account_disablements as d', 'd.account_id', 'a.id')
    .select(['s.id_sha256', 's.last_seen_at', 's.expires_at', 's.ended_at', 'a.id', 'a.email', 'a.role', 'd.disabled_at'])
    .where('s.id_sha256', '=', digest(sessionId))
    .executeTakeFirst();
  if (!row || row.ended_at || row.disabled_at) return null;
  if (now >= row.expires_at) return null;
  const idleFor = (now.getTime() - row.last_seen_at.getTime()) / 1000;
  if (idleFor >= policy.idleSeconds) return null;
  if (idleFor >= Math.min(TOUCH_GRANULARITY_SECONDS, policy.idleSeconds / 2)) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id_sha256', '=', row.id_sha256).execute();
  }
  return { accountId: row.id, email: row.email, role: row.role };
}

export async function endSession(db: Kysely<Database>, sessionId: string, now = new Date()): Promise<void> {
  await db.updateTable('sessions').set({ ended_at: now }).where('id_sha256', '=', digest(sessionId)).where('ended_at', 'is', null).execute();
}
