/** Row types of the tables created in ./migrations.ts, for kysely. bigint columns are parsed to numbers (./connect.ts). */
import type { ColumnType, Generated } from 'kysely';
import type { ReportsTables } from './schema-reports';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface Database extends ReportsTables {
  enrollment_tokens: { id: string; token_sha256: Buffer; label: string; created_at: CreatedAt };
  enrollment_token_revocations: { token_id: string; revoked_at: CreatedAt };
  devices: {
    id: string;
    public_key_jwk: ColumnType<unknown, string, never>;
    name: string | null;
    extension_version: string | null;
    enrollment_token_id: string;
    enrolled_at: CreatedAt;
  };
  device_revocations: { device_id: string; reason: string; revoked_at: CreatedAt };
  batches: {
    id: Generated<number>;
    device_id: string;
    body: Buffer;
    body_sha256: Buffer;
    signature: Buffer;
    received_at: CreatedAt;
  };
  events: {
    device_id: string;
    seq: number;
    id: string;
    kind: string;
    device_time: ColumnType<Date, string, never>;
    received_at: CreatedAt;
    prev_hash: string;
    hash: string;
    canonical: string;
    record: ColumnType<unknown, string, never>;
    batch_id: number;
  };
  receipts: {
    batch_id: number;
    device_id: string;
    acked_through_seq: number;
    chain_head: string;
    server_time: string;
    signature: string;
  };
  chain_conflicts: {
    id: Generated<number>;
    device_id: string;
    kind: 'gap' | 'fork';
    expected_seq: number;
    stored_head_hash: string;
    received_seq: number;
    received_prev_hash: string;
    received_hash: string;
    body_sha256: Buffer;
    detected_at: CreatedAt;
  };
  heartbeats: {
    id: string;
    device_id: string;
    received_at: CreatedAt;
    sent_at: ColumnType<Date, string, never>;
    extension_version: string;
    policy_version: string | null;
    queue_depth: number;
    oldest_unsent_age_seconds: number | null;
    last_error: string | null;
  };
  policies: {
    revision: Generated<number>;
    document: string;
    sha256: string;
    published_by: string;
    published_at: CreatedAt;
  };
  server_keys: {
    id: number;
    private_jwk: ColumnType<unknown, string, never>;
    public_jwk: ColumnType<unknown, string, never>;
    created_at: CreatedAt;
  };
  device_health: {
    device_id: string;
    name: string | null;
    enrolled_at: Date;
    revoked_at: Date | null;
    head_seq: number | null;
    last_record_received_at: Date | null;
    last_heartbeat_at: Date | null;
    extension_version: string | null;
    policy_version: string | null;
    queue_depth: number | null;
    oldest_unsent_age_seconds: number | null;
    last_error: string | null;
    chain_conflicts: number;
  };
  accounts: {
    id: string;
    email: string;
    display_name: string;
    role: 'admin' | 'supervisor' | 'auditor';
    created_at: CreatedAt;
    created_by: string;
  };
  account_credentials: { id: Generated<number>; account_id: string; password_hash: string; set_at: CreatedAt };
  account_disablements: { account_id: string; reason: string; disabled_at: CreatedAt };
  audit_log: {
    id: Generated<number>;
    at: CreatedAt;
    actor_account_id: string | null;
    actor_label: string;
    action: string;
    target: string | null;
    detail: ColumnType<unknown, string | undefined, never>;
    address: string | null;
  };
  sessions: {
    id_sha256: Buffer;
    account_id: string;
    created_at: CreatedAt;
    last_seen_at: ColumnType<Date, Date | undefined, Date>;
    expires_at: ColumnType<Date, Date, never>;
    ended_at: ColumnType<Date | null, never, Date>;
  };
  rate_limit_windows: { key: string; window_start: number; hits: number };
  schema_migrations: { version: number; name: string; applied_at: CreatedAt };
}
