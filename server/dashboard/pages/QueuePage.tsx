/** The review queue: filters, newest first, keyset paging (Older / Newer), CSV export of the filtered view. */
import { useEffect, useState } from 'preact/hooks';
import type { QueuePage as Page } from '../../review/queue';
import { toQuery } from '../api';
import { FILTER_KEYS, QueueFilters } from '../components/QueueFilters';
import { ReviewState } from '../components/ReviewState';
import { navigate } from '../router';
import { useLoad } from '../use-load';

export function QueuePage({ query, onSignedOut }: { query: URLSearchParams; onSignedOut: (error: unknown) => void }) {
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, query.get(key) ?? undefined]));
  const filterQuery = toQuery(filters);
  // Cursors of the pages seen so far: Older pushes the next cursor, Newer pops back (keyset, not OFFSET).
  const [cursors, setCursors] = useState<string[]>([]);
  useEffect(() => setCursors([]), [filterQuery]);
  const cursor = cursors[cursors.length - 1];
  const { data, error } = useLoad<Page>(`/queue${toQuery({ ...filters, cursor })}`, onSignedOut);

  return (
    <>
      <h1>Review queue</h1>
      <QueueFilters query={query} onSignedOut={onSignedOut} onApply={(values) => navigate(`#/queue${toQuery(values)}`)} />
      <p><a href={`/admin/api/queue${toQuery({ ...filters, format: 'csv' })}`} download>Export this view as CSV</a></p>
      {error && <p class="error" role="alert">{error}</p>}
      <table aria-label="Review items" aria-busy={data === null}>
        <thead>
          <tr><th scope="col">Received</th><th scope="col">Broker</th><th scope="col">Site</th><th scope="col">Event</th><th scope="col">Findings</th><th scope="col">Review</th></tr>
        </thead>
        <tbody>
          {data?.items.map((item) => (
            <tr key={item.id}>
              <td><a href={`#/events/${item.id}`}>{new Date(item.receivedAt).toLocaleString()}</a></td>
              <td>{item.broker ? <a href={`#/brokers/${item.broker.id}`}>{item.broker.name}</a> : 'unassigned device'}</td>
              <td>{item.site ? `${item.site.host} (${item.site.status})` : '—'}</td>
              <td>{item.kind}{item.justification ? ` — “${item.justification}”` : ''}</td>
              <td>{item.findings.map((finding) => <div key={finding.masked}>{finding.type} <span class="masked">{finding.masked}</span></div>)}</td>
              <td><ReviewState review={item.review} /></td>
            </tr>
          ))}
          {data && data.items.length === 0 && <tr><td colSpan={6}>No items match these filters.</td></tr>}
        </tbody>
      </table>
      <nav class="pager" aria-label="Queue pages">
        <button type="button" class="secondary" disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>Newer</button>
        <span>Page {cursors.length + 1}</span>
        <button type="button" class="secondary" disabled={!data?.nextCursor} onClick={() => data?.nextCursor && setCursors([...cursors, data.nextCursor])}>Older</button>
      </nav>
    </>
  );
}
