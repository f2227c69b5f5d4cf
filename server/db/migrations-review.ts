/**
 * Migrations of the review side of issue #3 (versions 10–19): the people model (brokers, groups, supervisors,
 * which broker a device belongs to) and the review records (item views, claims, dispositions).
 *
 * Everything here is a record, append-only like ./migrations.ts's RECORD_TABLES: a membership, a device
 * reassignment, a claim taken over and a superseding review are all new rows (FINRA 3110.07: the evidence of a
 * review is never edited; SEC 17a-4(f): the original can always be re-created).
 */
import type { Migration } from './migrations';

/** Review-side tables whose rows are records: the app role gets SELECT/INSERT only and a trigger refuses changes. */
const PEOPLE_RECORD_TABLES = [
  'brokers',
  'broker_groups',
  'group_memberships',
  'group_membership_ends',
  'supervisor_assignments',
  'supervisor_assignment_ends',
  'enrollment_token_brokers',
  'device_assignments',
] as const;
const REVIEW_ITEM_RECORD_TABLES = ['item_views', 'event_claims', 'event_reviews'] as const;
export const REVIEW_RECORD_TABLES = [...PEOPLE_RECORD_TABLES, ...REVIEW_ITEM_RECORD_TABLES] as const;

/** The event kinds that enter the review queue (utils/wire/record.ts guard kinds). */
export const REVIEW_KINDS = ['blocked', 'warned', 'overridden'].flatMap((outcome) => ['paste', 'drop', 'upload'].map((surface) => `${surface}.${outcome}`));
/** The same list as SQL, so queries repeat the partial indexes' predicate exactly and the planner can use them. */
export const REVIEW_KINDS_SQL = `kind IN (${REVIEW_KINDS.map((kind) => `'${kind}'`).join(', ')})`;

const appendOnly = (tables: readonly string[], appRole: string) => `
${tables
  .map(
    (table) => `
CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_record_change();
CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_record_change();`,
  )
  .join('')}
REVOKE ALL ON ${tables.join(', ')} FROM PUBLIC;
GRANT SELECT, INSERT ON ${tables.join(', ')} TO "${appRole}";
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "${appRole}";`;

const people = (appRole: string) => `
CREATE TABLE brokers (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  email text NOT NULL UNIQUE CHECK (email = lower(email)),
  crd_number text CHECK (crd_number ~ '^[0-9]{1,10}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL
);
CREATE TABLE broker_groups (
  id uuid PRIMARY KEY,
  name text NOT NULL UNIQUE CHECK (char_length(name) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('branch', 'desk')),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL
);
-- Memberships and supervisor assignments end by an appended end row (a broker moves branch, a supervisor changes
-- desk); the active_* views are what scoping reads. The same pair can be active again later as a new row.
CREATE TABLE group_memberships (
  id bigserial PRIMARY KEY,
  group_id uuid NOT NULL REFERENCES broker_groups (id),
  broker_id uuid NOT NULL REFERENCES brokers (id),
  added_at timestamptz NOT NULL DEFAULT now(),
  added_by text NOT NULL
);
CREATE INDEX group_memberships_group ON group_memberships (group_id, broker_id);
CREATE INDEX group_memberships_broker ON group_memberships (broker_id);
CREATE TABLE group_membership_ends (
  membership_id bigint PRIMARY KEY REFERENCES group_memberships (id),
  ended_at timestamptz NOT NULL DEFAULT now(),
  ended_by text NOT NULL
);
CREATE VIEW active_group_memberships AS
SELECT m.* FROM group_memberships m WHERE NOT EXISTS (SELECT 1 FROM group_membership_ends x WHERE x.membership_id = m.id);
CREATE TABLE supervisor_assignments (
  id bigserial PRIMARY KEY,
  group_id uuid NOT NULL REFERENCES broker_groups (id),
  account_id uuid NOT NULL REFERENCES accounts (id),
  assigned_at timestamptz NOT NULL DEFAULT now(),
  assigned_by text NOT NULL
);
CREATE INDEX supervisor_assignments_account ON supervisor_assignments (account_id, group_id);
CREATE TABLE supervisor_assignment_ends (
  assignment_id bigint PRIMARY KEY REFERENCES supervisor_assignments (id),
  ended_at timestamptz NOT NULL DEFAULT now(),
  ended_by text NOT NULL
);
CREATE VIEW active_supervisor_assignments AS
SELECT s.* FROM supervisor_assignments s WHERE NOT EXISTS (SELECT 1 FROM supervisor_assignment_ends x WHERE x.assignment_id = s.id);
GRANT SELECT ON active_group_memberships, active_supervisor_assignments TO "${appRole}";
-- A token made for a broker: devices enrolled with it belong to that broker until an assignment says otherwise.
CREATE TABLE enrollment_token_brokers (
  token_id uuid PRIMARY KEY REFERENCES enrollment_tokens (id),
  broker_id uuid NOT NULL REFERENCES brokers (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
-- (Re)assigning a device appends a row; the newest row wins and the history stays.
CREATE TABLE device_assignments (
  id bigserial PRIMARY KEY,
  device_id uuid NOT NULL REFERENCES devices (id),
  broker_id uuid NOT NULL REFERENCES brokers (id),
  reason text NOT NULL,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  assigned_by text NOT NULL
);
CREATE INDEX device_assignments_latest ON device_assignments (device_id, id DESC);
CREATE VIEW device_owners AS
SELECT d.id AS device_id, COALESCE(a.broker_id, t.broker_id) AS broker_id
FROM devices d
LEFT JOIN LATERAL (SELECT x.broker_id FROM device_assignments x WHERE x.device_id = d.id ORDER BY x.id DESC LIMIT 1) a ON true
LEFT JOIN enrollment_token_brokers t ON t.token_id = d.enrollment_token_id;
GRANT SELECT ON device_owners TO "${appRole}";
`;

const reviews = () => `
-- Opening an item is logged but is not a review (FINRA 3110.07).
CREATE TABLE item_views (
  id bigserial PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events (id),
  account_id uuid NOT NULL REFERENCES accounts (id),
  viewed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX item_views_event ON item_views (event_id, id DESC);
-- A claim is active until it expires or its holder records a review; a stale claim is taken over by a new row.
CREATE TABLE event_claims (
  id bigserial PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events (id),
  account_id uuid NOT NULL REFERENCES accounts (id),
  claimed_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  takes_over_claim_id bigint UNIQUE REFERENCES event_claims (id)
);
CREATE INDEX event_claims_latest ON event_claims (event_id, id DESC);
-- The review record names reviewer, item, date and action (FINRA 3110.07). A newer review supersedes an older
-- one: each review is superseded at most once and each item has one first review, so the history is a line.
CREATE TABLE event_reviews (
  id bigserial PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events (id),
  reviewer_account_id uuid NOT NULL REFERENCES accounts (id),
  reviewer_label text NOT NULL,
  disposition text NOT NULL CHECK (disposition IN ('no_action', 'coached_broker', 'false_positive', 'escalated', 'reportable_incident')),
  comment text NOT NULL CHECK (char_length(btrim(comment)) >= 3),
  reviewed_at timestamptz NOT NULL DEFAULT now(),
  supersedes_id bigint UNIQUE REFERENCES event_reviews (id),
  -- The reviewed event's keyset position (immutable facts of an immutable event), so "reviewed" queue pages
  -- walk this table's index in queue order instead of scanning every event for the few that were reviewed.
  event_received_at timestamptz NOT NULL,
  event_device_id uuid NOT NULL,
  event_seq bigint NOT NULL,
  FOREIGN KEY (event_device_id, event_seq) REFERENCES events (device_id, seq)
);
CREATE UNIQUE INDEX event_reviews_one_first ON event_reviews (event_id) WHERE supersedes_id IS NULL;
CREATE INDEX event_reviews_queue_order ON event_reviews (event_received_at DESC, event_device_id DESC, event_seq DESC) WHERE supersedes_id IS NULL;
CREATE INDEX event_reviews_latest ON event_reviews (event_id, id DESC);
`;

/**
 * The review queue pages through millions of events (issue #3: p95 < 100 ms per page): partial indexes over the
 * review kinds in keyset order, one per selective filter that would otherwise scan far down the time order.
 */
const queueIndexes = () => `
CREATE INDEX events_review_queue ON events (received_at DESC, device_id DESC, seq DESC) WHERE ${REVIEW_KINDS_SQL};
CREATE INDEX events_review_by_device ON events (device_id, received_at DESC, seq DESC) WHERE ${REVIEW_KINDS_SQL};
CREATE INDEX events_review_by_site ON events ((record->'site'->>'host'), received_at DESC, device_id DESC, seq DESC) WHERE ${REVIEW_KINDS_SQL};
`;

export const REVIEW_MIGRATIONS: readonly Migration[] = [
  { version: 10, name: 'people: brokers, groups, supervisors, device owners', sql: (appRole) => people(appRole) + appendOnly(PEOPLE_RECORD_TABLES, appRole) },
  { version: 11, name: 'review records: item views, claims, dispositions', sql: (appRole) => reviews() + appendOnly(REVIEW_ITEM_RECORD_TABLES, appRole) },
  { version: 12, name: 'review queue indexes', sql: queueIndexes },
];
