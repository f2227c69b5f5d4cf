/** Top destinations (unapproved by default) by count and by the brokers involved. */
import type { SiteRow } from '../../review/site-view';
import { toQuery } from '../api';
import { navigate } from '../router';
import { useLoad } from '../use-load';

export function SitesPage({ query, onSignedOut }: { query: URLSearchParams; onSignedOut: (error: unknown) => void }) {
  const status = query.get('status') ?? 'unapproved';
  const days = query.get('days') ?? '30';
  const { data, error } = useLoad<{ sites: SiteRow[] }>(`/sites${toQuery({ status, days })}`, onSignedOut);
  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    navigate(`#/sites${toQuery({ status: String(form.get('status')), days: String(form.get('days')) })}`);
  };
  return (
    <>
      <h1>Destinations</h1>
      <form class="filters" onSubmit={submit} aria-label="Site filters" key={`${status}-${days}`}>
        <label>Site status
          <select name="status" value={status}>
            <option value="unapproved">Unapproved</option><option value="approved">Approved</option><option value="supervised">Supervised</option><option value="any">Any</option>
          </select>
        </label>
        <label>Last days<input name="days" type="number" min={1} max={3660} value={days} /></label>
        <div class="actions"><button type="submit">Show</button></div>
      </form>
      <p><a href={`/admin/api/sites${toQuery({ status, days, format: 'csv' })}`} download>Export as CSV</a></p>
      {error && <p class="error" role="alert">{error}</p>}
      <table aria-label="Destinations by events">
        <thead><tr><th scope="col">Site</th><th scope="col">Events</th><th scope="col">Blocked / warned / overridden</th><th scope="col">Brokers</th><th scope="col">Last seen</th></tr></thead>
        <tbody>
          {data?.sites.map((site) => (
            <tr key={site.host}>
              <td><a href={`#/queue${toQuery({ site: site.host })}`}>{site.host}</a> ({site.status})</td>
              <td>{site.events}</td><td>{site.blocked} / {site.warned} / {site.overridden}</td>
              <td>{site.brokers}: {site.brokerNames.join(', ')}</td><td>{new Date(site.lastSeen).toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
