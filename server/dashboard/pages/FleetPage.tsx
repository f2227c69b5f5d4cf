/** Fleet health: silent devices, old versions, growing outboxes, chain gaps and forks. */
import type { FleetDevice } from '../../review/fleet';
import { toQuery } from '../api';
import { navigate } from '../router';
import { useLoad } from '../use-load';

export function FleetPage({ query, onSignedOut }: { query: URLSearchParams; onSignedOut: (error: unknown) => void }) {
  const problemsOnly = query.get('problemsOnly') === 'true' ? 'true' : 'false';
  const silentHours = query.get('silentHours') ?? '24';
  const { data, error } = useLoad<{ newestExtension: string | null; newestPolicy: string | null; devices: FleetDevice[] }>(`/fleet${toQuery({ problemsOnly, silentHours })}`, onSignedOut);
  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    navigate(`#/fleet${toQuery({ problemsOnly: form.get('problemsOnly') ? 'true' : 'false', silentHours: String(form.get('silentHours')) })}`);
  };
  return (
    <>
      <h1>Fleet health</h1>
      <form class="filters" onSubmit={submit} aria-label="Fleet filters" key={`${problemsOnly}-${silentHours}`}>
        <label>Silent after (hours)<input name="silentHours" type="number" min={1} value={silentHours} /></label>
        <label style="flex-direction: row; gap: 6px; align-items: center"><input name="problemsOnly" type="checkbox" checked={problemsOnly === 'true'} /> Only devices with problems</label>
        <div class="actions"><button type="submit">Show</button></div>
      </form>
      <p>Newest extension seen: {data?.newestExtension ?? '—'}; newest policy seen: {data?.newestPolicy ?? '—'}. <a href={`/admin/api/fleet${toQuery({ problemsOnly, silentHours, format: 'csv' })}`} download>Export as CSV</a></p>
      {error && <p class="error" role="alert">{error}</p>}
      <table aria-label="Devices">
        <thead><tr><th scope="col">Device</th><th scope="col">Broker</th><th scope="col">Problems</th><th scope="col">Last heartbeat</th><th scope="col">Versions</th><th scope="col">Outbox</th><th scope="col">Chain conflicts</th></tr></thead>
        <tbody>
          {data?.devices.map((device) => (
            <tr key={device.deviceId}>
              <td>{device.name ?? device.deviceId}</td><td>{device.broker ?? 'unassigned'}</td>
              <td>{device.problems.join(', ').replace(/_/g, ' ') || 'none'}</td>
              <td>{device.lastHeartbeatAt ? new Date(device.lastHeartbeatAt).toLocaleString() : 'never'}</td>
              <td>{device.extensionVersion ?? '—'} / {device.policyVersion ?? '—'}</td>
              <td>{device.queueDepth ?? '—'}{device.queueDepthChange ? ` (${device.queueDepthChange > 0 ? '+' : ''}${device.queueDepthChange})` : ''}{device.oldestUnsentAgeSeconds ? `, oldest ${Math.round(device.oldestUnsentAgeSeconds / 60)} min` : ''}</td>
              <td>{device.chainConflicts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
