/**
 * Prints each record as the endpoint stores it, so the person running the demo sees the block arrive at the
 * supervision side seconds after the paste. Reads only what the endpoint stored: masked findings, no values.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../server/db/schema';
import { piiTypeLabel } from '../utils/ui/record-labels';
import { RecordSchema } from '../utils/wire/record';

export interface StoredEventLine {
  kind: string;
  site: string | null;
  findings: string[];
}

export function watchEndpointEvents(db: Kysely<Database>, onEvent: (event: StoredEventLine) => void, intervalMs = 1000): () => void {
  // PostgreSQL keeps microseconds and a JS Date only milliseconds: look back a little and skip what was printed.
  const printed = new Set<string>();
  let since = new Date(0);
  let stopped = false;
  const poll = async () => {
    const rows = await db
      .selectFrom('events')
      .select(['id', 'record', 'received_at'])
      .where('received_at', '>=', new Date(since.getTime() - 1000))
      .orderBy('received_at')
      .orderBy('seq')
      .execute();
    for (const row of rows) {
      if (printed.has(row.id)) continue;
      printed.add(row.id);
      if (row.received_at > since) since = row.received_at;
      const parsed = RecordSchema.safeParse(row.record);
      if (!parsed.success) continue;
      const record = parsed.data;
      onEvent({ kind: record.kind, site: record.site?.host ?? null, findings: record.findings.map((finding) => `${piiTypeLabel(finding.type)} ${finding.masked}`) });
    }
  };
  const timer = setInterval(() => {
    if (!stopped) void poll().catch(() => undefined);
  }, intervalMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
