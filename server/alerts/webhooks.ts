/**
 * Webhook endpoints for SIEM and chat tools (issue #3), configured by admins. Each has its own random secret
 * that signs every delivery (./webhook-signature.ts); it is returned once at creation. Disabling appends a row.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface WebhookSummary {
  id: string;
  url: string;
  label: string;
  createdAt: string;
  createdBy: string;
  disabledAt: string | null;
  deliveries: { pending: number; delivered: number; dead: number };
}

export async function createWebhook(db: Kysely<Database>, input: { url: string; label: string }, createdBy: string): Promise<{ id: string; secret: string }> {
  const id = randomUUID();
  const secret = `cgwhsec_${randomBytes(32).toString('base64url')}`;
  await db.insertInto('webhooks').values({ id, url: input.url, label: input.label, secret, created_by: createdBy }).execute();
  return { id, secret };
}

export async function listWebhooks(db: Kysely<Database>): Promise<WebhookSummary[]> {
  const rows = await db
    .selectFrom('webhooks as w')
    .leftJoin('webhook_disablements as d', 'd.webhook_id', 'w.id')
    .select(['w.id', 'w.url', 'w.label', 'w.created_at', 'w.created_by', 'd.disabled_at'])
    .orderBy('w.created_at')
    .execute();
  const counts = await db.selectFrom('alert_jobs').select(['webhook_id', 'state', (eb) => eb.fn.countAll<number>().as('n')]).where('channel', '=', 'webhook').groupBy(['webhook_id', 'state']).execute();
  const countOf = (id: string, state: string) => Number(counts.find((row) => row.webhook_id === id && row.state === state)?.n ?? 0);
  return rows.map((row) => ({
    id: row.id,
    url: row.url,
    label: row.label,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    disabledAt: row.disabled_at?.toISOString() ?? null,
    deliveries: { pending: countOf(row.id, 'pending'), delivered: countOf(row.id, 'delivered'), dead: countOf(row.id, 'dead') },
  }));
}

/** False when no such webhook exists; disabling twice is harmless. Pending deliveries stop at their next attempt. */
export async function disableWebhook(db: Kysely<Database>, id: string, disabledBy: string): Promise<boolean> {
  const found = await db.selectFrom('webhooks').select('id').where('id', '=', id).executeTakeFirst();
  if (!found) return false;
  await db.insertInto('webhook_disablements').values({ webhook_id: id, disabled_by: disabledBy }).onConflict((c) => c.column('webhook_id').doNothing()).execute();
  return true;
}
