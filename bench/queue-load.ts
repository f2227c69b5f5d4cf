/**
 * Bulk-loads a firm's worth of events for `npm run bench:queue`: brokers, groups, devices and 1,000,000 events
 * with realistic jsonb records, straight into PostgreSQL with INSERT … SELECT generate_series (the signed HTTP
 * ingest is measured by bench:endpoint; here only the review queue's reading side is under test).
 */
import type pg from 'pg';

export interface LoadShape {
  events: number;
  devices: number;
  brokers: number;
  groups: number;
  /** Spread of receive times, newest now. */
  days: number;
}

const TYPES = ['US_SSN', 'CREDIT_CARD', 'US_BANK_ACCOUNT', 'DATE_OF_BIRTH', 'US_PASSPORT', 'IBAN', 'PHONE'];
const MASKS = ['***-**-6789', '**** **** **** 4242', '******3021', '**/**/1984', '*****7731', 'GB** **** **** **** 12', '(***) ***-0199'];
const KINDS = ['paste.blocked', 'paste.blocked', 'paste.warned', 'paste.overridden', 'drop.blocked', 'upload.blocked', 'upload.overridden', 'paste.allowed', 'message.captured', 'paste.blocked'];

const array = (values: readonly string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(',')}]`;

export async function loadFirm(owner: pg.Client, shape: LoadShape, log: (line: string) => void): Promise<void> {
  await owner.query(`SET synchronous_commit = off; SET maintenance_work_mem = '256MB'`);
  await owner.query(`
    INSERT INTO brokers (id, name, email, crd_number, created_by)
      SELECT md5('broker' || b)::uuid, 'Broker ' || b, 'broker' || b || '@firm.example', (1000000 + b)::text, 'bench' FROM generate_series(1, ${shape.brokers}) b;
    INSERT INTO broker_groups (id, name, kind, created_by)
      SELECT md5('group' || g)::uuid, 'Group ' || g, CASE WHEN g % 2 = 0 THEN 'desk' ELSE 'branch' END, 'bench' FROM generate_series(1, ${shape.groups}) g;
    INSERT INTO group_memberships (group_id, broker_id, added_by)
      SELECT md5('group' || (b % ${shape.groups} + 1))::uuid, md5('broker' || b)::uuid, 'bench' FROM generate_series(1, ${shape.brokers}) b;
    INSERT INTO enrollment_tokens (id, token_sha256, label) VALUES ('00000000-0000-4000-8000-00000000be4c', '\\x00', 'bench');
    INSERT INTO devices (id, public_key_jwk, name, extension_version, enrollment_token_id)
      SELECT md5('device' || d)::uuid, '{"kty":"EC"}', 'browser ' || d, '0.1.0', '00000000-0000-4000-8000-00000000be4c' FROM generate_series(1, ${shape.devices}) d;
    INSERT INTO device_assignments (device_id, broker_id, reason, assigned_by)
      SELECT md5('device' || d)::uuid, md5('broker' || (d % ${shape.brokers} + 1))::uuid, 'bench', 'bench' FROM generate_series(1, ${shape.devices}) d;
    INSERT INTO batches (id, device_id, body, body_sha256, signature)
      SELECT d, md5('device' || d)::uuid, '\\x7b7d', decode(md5('batch' || d), 'hex'), '\\x00' FROM generate_series(1, ${shape.devices}) d;
  `);
  // Bulk-load practice: build the secondary indexes once after the load instead of row by row, and skip the
  // foreign-key triggers (session_replication_role) — the generated rows reference existing devices and batches.
  const indexes = await owner.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes i WHERE tablename = 'events'
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
  );
  for (const index of indexes.rows) await owner.query(`DROP INDEX ${index.name}`);
  await owner.query(`SET session_replication_role = replica`);
  const chunk = 250_000;
  const seconds = (shape.days * 86_400) / shape.events;
  for (let start = 1; start <= shape.events; start += chunk) {
    const end = Math.min(shape.events, start + chunk - 1);
    const began = performance.now();
    // Event i belongs to device (i mod devices) as its seq (i div devices)+1; later i = received later.
    await owner.query(`
      INSERT INTO events (device_id, seq, id, kind, device_time, received_at, prev_hash, hash, canonical, record, batch_id)
      SELECT md5('device' || (i % ${shape.devices} + 1))::uuid, i / ${shape.devices} + 1, md5('event' || i)::uuid, k.kind, t.at, t.at,
             md5('p' || i), md5('h' || i), c.text, r.record, i % ${shape.devices} + 1
      FROM generate_series(${start}, ${end}) i
      CROSS JOIN LATERAL (SELECT now() - make_interval(secs => (${shape.events} - i) * ${seconds}) AS at) t
      CROSS JOIN LATERAL (SELECT (${array(KINDS)})[i % ${KINDS.length} + 1] AS kind, i % ${TYPES.length} + 1 AS ti) k
      CROSS JOIN LATERAL (SELECT CASE WHEN i % 5 = 0 THEN 'mail.personal.test' ELSE 'site' || ((i::bigint * 7919) % 2000) || '.example' END AS host) h
      -- Text built once and parsed once: much cheaper than jsonb_build_object for a million rows.
      CROSS JOIN LATERAL (SELECT ('{"action":"' || CASE WHEN k.kind LIKE '%.blocked' THEN 'block' WHEN k.kind LIKE '%.allowed' OR k.kind = 'message.captured' THEN 'none' ELSE 'warn' END
        || '","channel":null,"deviceTime":"' || to_char(t.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
        || '","findings":[{"detector":"' || lower((${array(TYPES)})[k.ti]) || '","evidence":{"checksum":"luhn","checksumPassed":true,"context":[{"end":3,"start":0,"word":"ssn"}]},"fingerprint":"'
        || md5('value' || (i % 40000)) || '","masked":"' || (${array(MASKS)})[k.ti] || '","score":0.9,"type":"' || (${array(TYPES)})[k.ti] || '"}],"id":"' || md5('event' || i)::uuid
        || '","justification":' || CASE WHEN k.kind LIKE '%.overridden' THEN '"customer asked for it by mail"' ELSE 'null' END
        || ',"kind":"' || k.kind || '","message":null,"note":null,"policyVersion":"firm-2026-11","prevHash":"' || md5('p' || i)
        || '","seq":' || (i / ${shape.devices} + 1) || ',"site":{"host":"' || h.host || '","status":"unapproved"}}') AS text) c
      CROSS JOIN LATERAL (SELECT c.text::jsonb AS record) r`);
    log(`  events ${start}–${end} in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  }
  await owner.query(`SET session_replication_role = origin`);
  const indexStart = performance.now();
  for (const index of indexes.rows) await owner.query(index.definition);
  log(`  ${indexes.rows.length} secondary indexes on events rebuilt in ${((performance.now() - indexStart) / 1000).toFixed(1)} s`);
  await owner.query('ANALYZE');
}
