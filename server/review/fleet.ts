/**
 * Fleet health (issue #3) from the `device_health` view: devices that stopped reporting, extension or policy
 * versions older than the newest seen, growing outboxes, and chain gaps or forks — each with its broker, within
 * the viewer's scope.
 */
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { ReviewDatabase } from '../db/schema-review';
import { brokerVisibleTo, type Viewer } from './scope';

export const FleetQuerySchema = z.strictObject({
  /** No heartbeat for longer than this: the device stopped reporting. */
  silentHours: z.coerce.number().int().min(1).max(24 * 365).default(24),
  /** An outbox this deep, or growing with records older than `staleMinutes`, needs attention. */
  queueDepth: z.coerce.number().int().min(1).max(10_000_000).default(500),
  staleMinutes: z.coerce.number().int().min(1).max(60 * 24 * 30).default(60),
  problemsOnly: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  format: z.enum(['json', 'csv']).default('json'),
});
export type FleetQuery = z.infer<typeof FleetQuerySchema>;

export type FleetProblem = 'silent' | 'old_extension' | 'old_policy' | 'growing_queue' | 'chain_conflicts' | 'revoked';

export interface FleetDevice {
  deviceId: string;
  name: string | null;
  broker: string | null;
  lastHeartbeatAt: string | null;
  lastRecordAt: string | null;
  extensionVersion: string | null;
  policyVersion: string | null;
  queueDepth: number | null;
  queueDepthChange: number | null;
  oldestUnsentAgeSeconds: number | null;
  lastError: string | null;
  chainConflicts: number;
  problems: FleetProblem[];
}

/** Numeric-aware comparison ("0.10.0" > "0.9.3", "firm-2026-11" > "firm-2026-9"). */
export const compareVersions = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

const newest = (values: ReadonlyArray<string | null>) => values.reduce<string | null>((max, value) => (value && (!max || compareVersions(value, max) > 0) ? value : max), null);

export async function readFleet(db: Kysely<ReviewDatabase>, viewer: Viewer, query: FleetQuery, now = new Date()) {
  const { rows } = await sql<{
    device_id: string; name: string | null; broker: string | null; revoked_at: Date | null; last_heartbeat_at: Date | null; last_record_received_at: Date | null;
    extension_version: string | null; policy_version: string | null; queue_depth: number | null; previous_depth: number | null;
    oldest_unsent_age_seconds: number | null; last_error: string | null; chain_conflicts: number;
  }>`
    SELECT h.device_id, h.name, b.name AS broker, h.revoked_at, h.last_heartbeat_at, h.last_record_received_at, h.extension_version, h.policy_version,
           h.queue_depth, prev.queue_depth AS previous_depth, h.oldest_unsent_age_seconds, h.last_error, h.chain_conflicts::int AS chain_conflicts
    FROM device_health h
    LEFT JOIN device_owners o ON o.device_id = h.device_id
    LEFT JOIN brokers b ON b.id = o.broker_id
    LEFT JOIN LATERAL (SELECT x.queue_depth FROM heartbeats x WHERE x.device_id = h.device_id ORDER BY x.received_at DESC OFFSET 1 LIMIT 1) prev ON true
    WHERE ${brokerVisibleTo(viewer, sql.ref('o.broker_id'))}
    ORDER BY h.last_heartbeat_at ASC NULLS FIRST, h.device_id`.execute(db);
  // "Newest seen" across the whole fleet, not just the viewer's part of it: a version string reveals nothing.
  const versions = await db.selectFrom('heartbeats').select(['extension_version', 'policy_version']).distinct().execute();
  const newestExtension = newest(versions.map((row) => row.extension_version));
  const newestPolicy = newest(versions.map((row) => row.policy_version));
  const silentBefore = now.getTime() - query.silentHours * 3600_000;

  const devices: FleetDevice[] = rows.map((row) => {
    const problems: FleetProblem[] = [];
    if (row.revoked_at) problems.push('revoked');
    else if (!row.last_heartbeat_at || row.last_heartbeat_at.getTime() < silentBefore) problems.push('silent');
    if (row.extension_version && newestExtension && compareVersions(row.extension_version, newestExtension) < 0) problems.push('old_extension');
    if (row.policy_version && newestPolicy && compareVersions(row.policy_version, newestPolicy) < 0) problems.push('old_policy');
    const change = row.queue_depth !== null && row.previous_depth !== null ? row.queue_depth - row.previous_depth : null;
    const stale = (row.oldest_unsent_age_seconds ?? 0) >= query.staleMinutes * 60;
    if ((row.queue_depth ?? 0) >= query.queueDepth || (stale && (change ?? 0) > 0)) problems.push('growing_queue');
    if (row.chain_conflicts > 0) problems.push('chain_conflicts');
    return {
      deviceId: row.device_id,
      name: row.name,
      broker: row.broker,
      lastHeartbeatAt: row.last_heartbeat_at?.toISOString() ?? null,
      lastRecordAt: row.last_record_received_at?.toISOString() ?? null,
      extensionVersion: row.extension_version,
      policyVersion: row.policy_version,
      queueDepth: row.queue_depth,
      queueDepthChange: change,
      oldestUnsentAgeSeconds: row.oldest_unsent_age_seconds,
      lastError: row.last_error,
      chainConflicts: row.chain_conflicts,
      problems,
    };
  });
  const shown = query.problemsOnly ? devices.filter((device) => device.problems.length > 0) : devices;
  return { newestExtension, newestPolicy, devices: shown };
}
