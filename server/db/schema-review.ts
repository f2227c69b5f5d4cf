/**
 * Row types of ./migrations-review.ts for kysely, kept apart from ./schema.ts so the review side adds no lines
 * there: `reviewDatabase(db)` widens the endpoint's Kysely with these tables (kysely's withTables, no runtime cost).
 */
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from './schema';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export const DISPOSITIONS = ['no_action', 'coached_broker', 'false_positive', 'escalated', 'reportable_incident'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

// A type alias, not an interface: kysely's withTables needs an index-signature-compatible type.
export type ReviewTables = {
  brokers: { id: string; name: string; email: string; crd_number: string | null; created_at: CreatedAt; created_by: string };
  broker_groups: { id: string; name: string; kind: 'branch' | 'desk'; created_at: CreatedAt; created_by: string };
  group_memberships: { id: Generated<number>; group_id: string; broker_id: string; added_at: CreatedAt; added_by: string };
  group_membership_ends: { membership_id: number; ended_at: CreatedAt; ended_by: string };
  active_group_memberships: { id: number; group_id: string; broker_id: string; added_at: Date; added_by: string };
  supervisor_assignments: { id: Generated<number>; group_id: string; account_id: string; assigned_at: CreatedAt; assigned_by: string };
  supervisor_assignment_ends: { assignment_id: number; ended_at: CreatedAt; ended_by: string };
  active_supervisor_assignments: { id: number; group_id: string; account_id: string; assigned_at: Date; assigned_by: string };
  enrollment_token_brokers: { token_id: string; broker_id: string; created_at: CreatedAt };
  device_assignments: { id: Generated<number>; device_id: string; broker_id: string; reason: string; assigned_at: CreatedAt; assigned_by: string };
  device_owners: { device_id: string; broker_id: string | null };
  item_views: { id: Generated<number>; event_id: string; account_id: string; viewed_at: CreatedAt };
  event_claims: {
    id: Generated<number>;
    event_id: string;
    account_id: string;
    claimed_at: CreatedAt;
    expires_at: ColumnType<Date, Date, never>;
    takes_over_claim_id: number | null;
  };
  event_reviews: {
    id: Generated<number>;
    event_id: string;
    reviewer_account_id: string;
    reviewer_label: string;
    disposition: Disposition;
    comment: string;
    reviewed_at: CreatedAt;
    supersedes_id: number | null;
    event_received_at: ColumnType<Date, Date, never>;
    event_device_id: string;
    event_seq: number;
  };
};

export type ReviewDatabase = Database & ReviewTables;

export function reviewDatabase(db: Kysely<Database>): Kysely<ReviewDatabase> {
  return db.withTables<ReviewTables>() as Kysely<ReviewDatabase>;
}

/** The same connection seen with the endpoint's base tables only (ReviewDatabase is a superset of Database). */
export function baseDatabase(db: Kysely<ReviewDatabase>): Kysely<Database> {
  return db as unknown as Kysely<Database>;
}
