/**
 * Schema migrations, applied in order by ./migrate.ts (one path for the embedded and the external database).
 * Never edit a shipped migration: add the next one.
 *
 * Stored records are append-only (SEC 17a-4(f) audit-trail alternative, issue #3): the application role gets
 * INSERT and SELECT only, and a trigger refuses UPDATE, DELETE and TRUNCATE even for a role that was granted
 * more. Revocations are rows of their own rather than updates, so nothing the endpoint stores is ever rewritten.
 */
import { REPORTS_MIGRATIONS } from './migrations-reports';
import { REVIEW_MIGRATIONS } from './migrations-review';

export interface Migration {
  version: number;
  name: string;
  /** SQL for the database owner; `appRole` is a validated identifier (config DB_APP_ROLE). */
  sql: (appRole: string) => string;
}

/** Tables whose rows are records: append-only for everyone, guarded by `refuse_record_change`. */
export const RECORD_TABLES = [
  'enrollment_tokens',
  'enrollment_token_revocations',
  'devices',
  'device_revocations',
  'batches',
  'events',
  'receipts',
  'chain_conflicts',
  'heartbeats',
  'policies',
  'server_keys',
] as const;

const initial = (appRole: string) => `
CREATE TABLE enrollment_tokens (
  id uuid PRIMARY KEY,
  token_sha256 bytea NOT NULL UNIQUE,
  label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE enrollment_token_revocations (
  token_id uuid PRIMARY KEY REFERENCES enrollment_tokens (id),
  revoked_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE devices (
  id uuid PRIMARY KEY,
  public_key_jwk jsonb NOT NULL,
  name text,
  extension_version text,
  enrollment_token_id uuid NOT NULL REFERENCES enrollment_tokens (id),
  enrolled_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE device_revocations (
  device_id uuid PRIMARY KEY REFERENCES devices (id),
  reason text NOT NULL,
  revoked_at timestamptz NOT NULL DEFAULT now()
);
-- The exact signed bytes of every accepted batch: with the device key they prove who sent what.
CREATE TABLE batches (
  id bigserial PRIMARY KEY,
  device_id uuid NOT NULL REFERENCES devices (id),
  body bytea NOT NULL,
  body_sha256 bytea NOT NULL,
  signature bytea NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (device_id, body_sha256)
);
CREATE TABLE events (
  device_id uuid NOT NULL REFERENCES devices (id),
  seq bigint NOT NULL CHECK (seq >= 1),
  id uuid NOT NULL UNIQUE,
  kind text NOT NULL,
  device_time timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  prev_hash text NOT NULL,
  hash text NOT NULL,
  -- canonicalJson(record without hash): exactly what the chain hash covers (after prev_hash).
  canonical text NOT NULL,
  -- A query copy only: jsonb reorders keys, so never hash or verify from it.
  record jsonb NOT NULL,
  batch_id bigint NOT NULL REFERENCES batches (id),
  PRIMARY KEY (device_id, seq)
);
CREATE INDEX events_received_at ON events (received_at DESC);
CREATE INDEX events_kind_received_at ON events (kind, received_at DESC);
CREATE TABLE receipts (
  batch_id bigint PRIMARY KEY REFERENCES batches (id),
  device_id uuid NOT NULL REFERENCES devices (id),
  acked_through_seq bigint NOT NULL,
  chain_head text NOT NULL,
  server_time text NOT NULL,
  signature text NOT NULL
);
-- Gaps and forks a device's batches revealed: surfaced to supervisors (fleet health).
CREATE TABLE chain_conflicts (
  id bigserial PRIMARY KEY,
  device_id uuid NOT NULL REFERENCES devices (id),
  kind text NOT NULL CHECK (kind IN ('gap', 'fork')),
  expected_seq bigint NOT NULL,
  stored_head_hash text NOT NULL,
  received_seq bigint NOT NULL,
  received_prev_hash text NOT NULL,
  received_hash text NOT NULL,
  body_sha256 bytea NOT NULL,
  detected_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chain_conflicts_device ON chain_conflicts (device_id, detected_at DESC);
CREATE TABLE heartbeats (
  id uuid PRIMARY KEY,
  device_id uuid NOT NULL REFERENCES devices (id),
  received_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz NOT NULL,
  extension_version text NOT NULL,
  policy_version text,
  queue_depth bigint NOT NULL,
  oldest_unsent_age_seconds bigint,
  last_error text
);
CREATE INDEX heartbeats_device_latest ON heartbeats (device_id, received_at DESC);
CREATE TABLE policies (
  revision bigserial PRIMARY KEY,
  document text NOT NULL,
  sha256 text NOT NULL,
  published_by text NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now()
);
-- The endpoint's receipt-signing key, shared by every endpoint process through the database.
CREATE TABLE server_keys (
  id smallint PRIMARY KEY CHECK (id = 1),
  private_jwk jsonb NOT NULL,
  public_jwk jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Fixed-window request counters shared by every endpoint process. Not records: unlogged, pruned.
CREATE UNLOGGED TABLE rate_limit_windows (
  key text NOT NULL,
  window_start bigint NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (key, window_start)
);

CREATE FUNCTION refuse_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'records in % are append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
${RECORD_TABLES.map(
  (table) => `
CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_record_change();
CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_record_change();`,
).join('')}

DO $$ BEGIN
  CREATE ROLE "${appRole}" NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
GRANT "${appRole}" TO CURRENT_USER;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO "${appRole}";
GRANT SELECT, INSERT ON ${RECORD_TABLES.join(', ')} TO "${appRole}";
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit_windows TO "${appRole}";
GRANT SELECT ON schema_migrations TO "${appRole}";
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "${appRole}";
`;

/** Fleet health for supervisors (next session's dashboard): one row per device, derived — nothing to keep in sync. */
const deviceHealth = (appRole: string) => `
CREATE VIEW device_health AS
SELECT d.id AS device_id,
       d.name,
       d.enrolled_at,
       r.revoked_at,
       head.seq AS head_seq,
       head.received_at AS last_record_received_at,
       hb.received_at AS last_heartbeat_at,
       hb.extension_version,
       hb.policy_version,
       hb.queue_depth,
       hb.oldest_unsent_age_seconds,
       hb.last_error,
       (SELECT count(*) FROM chain_conflicts c WHERE c.device_id = d.id) AS chain_conflicts
FROM devices d
LEFT JOIN device_revocations r ON r.device_id = d.id
LEFT JOIN LATERAL (SELECT seq, received_at FROM events e WHERE e.device_id = d.id ORDER BY seq DESC LIMIT 1) head ON true
LEFT JOIN LATERAL (SELECT * FROM heartbeats h WHERE h.device_id = d.id ORDER BY received_at DESC LIMIT 1) hb ON true;
GRANT SELECT ON device_health TO "${appRole}";
`;

/**
 * Supervisor-side accounts (issue #3): roles admin / supervisor / auditor. Accounts, their credentials and
 * disablements are append-only like records (a password change is a new credential row); sessions are working
 * state (idle timeout, sign-out) and the only supervisor table the app role may update. Every supervisor and
 * admin action lands in audit_log, append-only.
 */
const accounts = (appRole: string) => `
CREATE TABLE accounts (
  id uuid PRIMARY KEY,
  email text NOT NULL UNIQUE CHECK (email = lower(email)),
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'supervisor', 'auditor')),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL
);
CREATE TABLE account_credentials (
  id bigserial PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id),
  password_hash text NOT NULL,
  set_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX account_credentials_latest ON account_credentials (account_id, id DESC);
CREATE TABLE account_disablements (
  account_id uuid PRIMARY KEY REFERENCES accounts (id),
  reason text NOT NULL,
  disabled_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_account_id uuid REFERENCES accounts (id),
  actor_label text NOT NULL,
  action text NOT NULL,
  target text,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  address text
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
-- The session id is never stored: only its SHA-256, so a database reader cannot hijack a session.
CREATE TABLE sessions (
  id_sha256 bytea PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ended_at timestamptz
);
${['accounts', 'account_credentials', 'account_disablements', 'audit_log']
  .map(
    (table) => `
CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_record_change();
CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_record_change();`,
  )
  .join('')}
REVOKE ALL ON accounts, account_credentials, account_disablements, audit_log, sessions FROM PUBLIC;
GRANT SELECT, INSERT ON accounts, account_credentials, account_disablements, audit_log TO "${appRole}";
GRANT SELECT, INSERT, UPDATE ON sessions TO "${appRole}";
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "${appRole}";
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial schema, append-only records', sql: initial },
  { version: 2, name: 'device_health view (latest heartbeat, chain head, conflicts per device)', sql: deviceHealth },
  { version: 3, name: 'supervisor accounts, credentials, sessions and the audit log', sql: accounts },
  ...REVIEW_MIGRATIONS,
  ...REPORTS_MIGRATIONS,
];

export const LATEST_MIGRATION = MIGRATIONS.reduce((max, migration) => Math.max(max, migration.version), 0);
