/**
 * Migrations of the reports half of issue #3 (versions 20–29; the review half uses 10–19): alert webhooks, the
 * alert outbox and the digest ledger. Webhook configurations are records like the rest (append-only, a
 * disablement is a row); the outbox and the digest ledger are working state that workers claim and finish, so
 * the application role may UPDATE them — never DELETE.
 */
import type { Migration } from './migrations';

const appendOnly = (table: string) => `
CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_record_change();
CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_record_change();`;

const alerts = (appRole: string) => `
-- The secret signs every delivery (HMAC-SHA-256); it is shown to the admin once and kept to sign with.
CREATE TABLE webhooks (
  id uuid PRIMARY KEY,
  url text NOT NULL,
  label text NOT NULL,
  secret text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL
);
CREATE TABLE webhook_disablements (
  webhook_id uuid PRIMARY KEY REFERENCES webhooks (id),
  disabled_at timestamptz NOT NULL DEFAULT now(),
  disabled_by text NOT NULL
);
-- The outbox: filled in the ingest transaction, so an acknowledged event never misses its alert.
CREATE TABLE alert_jobs (
  id bigserial PRIMARY KEY,
  channel text NOT NULL CHECK (channel IN ('webhook', 'mail')),
  webhook_id uuid REFERENCES webhooks (id),
  event_id uuid NOT NULL REFERENCES events (id),
  rule text,
  created_at timestamptz NOT NULL DEFAULT now(),
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'dead', 'not_sent')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  finished_at timestamptz,
  CHECK ((channel = 'webhook') = (webhook_id IS NOT NULL))
);
CREATE INDEX alert_jobs_due ON alert_jobs (next_attempt_at) WHERE state = 'pending';
CREATE INDEX alert_jobs_recent ON alert_jobs (id DESC);
-- One row per supervisor and day, claimed before sending: several processes never send one digest twice.
CREATE TABLE digests (
  account_id uuid NOT NULL REFERENCES accounts (id),
  day date NOT NULL,
  state text NOT NULL DEFAULT 'claimed' CHECK (state IN ('claimed', 'sent', 'not_sent', 'failed')),
  claimed_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  detail text,
  PRIMARY KEY (account_id, day)
);
${appendOnly('webhooks')}
${appendOnly('webhook_disablements')}
REVOKE ALL ON webhooks, webhook_disablements, alert_jobs, digests FROM PUBLIC;
GRANT SELECT, INSERT ON webhooks, webhook_disablements TO "${appRole}";
GRANT SELECT, INSERT, UPDATE ON alert_jobs, digests TO "${appRole}";
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "${appRole}";
`;

export const REPORTS_MIGRATIONS: readonly Migration[] = [
  { version: 20, name: 'alert webhooks, the alert outbox and the digest ledger', sql: alerts },
];
