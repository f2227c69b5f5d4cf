/** Row types of the tables created in ./migrations-reports.ts (alerts and digests), merged into Database. */
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export type AlertChannel = 'webhook' | 'mail';
export type AlertJobState = 'pending' | 'delivered' | 'dead' | 'not_sent';
export type DigestState = 'claimed' | 'sent' | 'not_sent' | 'failed';

export interface ReportsTables {
  webhooks: { id: string; url: string; label: string; secret: string; created_at: CreatedAt; created_by: string };
  webhook_disablements: { webhook_id: string; disabled_at: CreatedAt; disabled_by: string };
  alert_jobs: {
    id: Generated<number>;
    channel: AlertChannel;
    webhook_id: string | null;
    event_id: string;
    rule: string | null;
    created_at: CreatedAt;
    state: ColumnType<AlertJobState, AlertJobState | undefined, AlertJobState>;
    attempts: ColumnType<number, number | undefined, number>;
    next_attempt_at: ColumnType<Date, Date | undefined, Date>;
    last_error: string | null;
    finished_at: ColumnType<Date | null, never, Date | null>;
  };
  digests: {
    account_id: string;
    /** A calendar day (UTC), read back as YYYY-MM-DD text. */
    day: ColumnType<string, string, never>;
    state: ColumnType<DigestState, DigestState | undefined, DigestState>;
    claimed_at: ColumnType<Date, Date | undefined, Date>;
    finished_at: ColumnType<Date | null, never, Date | null>;
    detail: string | null;
  };
}
