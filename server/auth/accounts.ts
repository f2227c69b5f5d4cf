/** Supervisor-side accounts: created by admins (CLI for now), looked up by e-mail at sign-in. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../audit';
import type { Database } from '../db/schema';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords';

export const RoleSchema = z.enum(['admin', 'supervisor', 'auditor']);
export type Role = z.infer<typeof RoleSchema>;

export const NewAccountSchema = z.object({
  email: z.email('email must be an e-mail address').max(254).transform((email) => email.toLowerCase()),
  displayName: z.string().trim().min(1, 'displayName must not be empty').max(200),
  role: RoleSchema,
  password: z.string().min(MIN_PASSWORD_LENGTH, `password must have at least ${MIN_PASSWORD_LENGTH} characters`).max(1000),
});
export type NewAccount = z.input<typeof NewAccountSchema>;

export interface SignInCandidate {
  id: string;
  email: string;
  role: Role;
  passwordHash: string;
  disabled: boolean;
}

export async function createAccount(db: Kysely<Database>, input: NewAccount, createdBy: string): Promise<string> {
  const account = NewAccountSchema.parse(input);
  const id = randomUUID();
  const passwordHash = await hashPassword(account.password);
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('accounts').values({ id, email: account.email, display_name: account.displayName, role: account.role, created_by: createdBy }).execute();
    await trx.insertInto('account_credentials').values({ account_id: id, password_hash: passwordHash }).execute();
    await appendAudit(trx, { actorAccountId: null, actorLabel: createdBy, action: 'account.created', target: id, detail: { email: account.email, role: account.role } });
  });
  return id;
}

export async function findSignInCandidate(db: Kysely<Database>, email: string): Promise<SignInCandidate | null> {
  const row = await db
    .selectFrom('accounts as a')
    .leftJoin('account_disablements as d', 'd.account_id', 'a.id')
    .select((eb) => [
      'a.id',
      'a.email',
      'a.role',
      'd.disabled_at',
      eb.selectFrom('account_credentials as c').select('c.password_hash').whereRef('c.account_id', '=', 'a.id').orderBy('c.id', 'desc').limit(1).as('password_hash'),
    ])
    .where('a.email', '=', email.toLowerCase())
    .executeTakeFirst();
  if (!row || !row.password_hash) return null;
  return { id: row.id, email: row.email, role: row.role, passwordHash: row.password_hash, disabled: row.disabled_at !== null };
}

export async function hasAdmin(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('accounts').select('id').where('role', '=', 'admin').limit(1).executeTakeFirst()) !== undefined;
}
