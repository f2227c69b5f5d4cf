/** A broker: events over time, repeat fingerprints and open items (issue #3). */
import type { BrokerView } from '../../review/broker-view';
import { useLoad } from '../use-load';

export function BrokerPage({ id, onSignedOut }: { id: string; onSignedOut: (error: unknown) => void }) {
  const { data, error } = useLoad<BrokerView>(`/brokers/${id}/overview`, onSignedOut);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!data) return <p>Loading…</p>;
  const busiest = Math.max(1, ...data.eventsByDay.map((day) => day.blocked + day.warned + day.overridden));
  return (
    <>
      <h1>{data.broker.name}</h1>
      <dl class="facts">
        <dt>E-mail</dt><dd>{data.broker.email}</dd>
        <dt>CRD number</dt><dd>{data.broker.crdNumber ?? '—'}</dd>
        <dt>Groups</dt><dd>{data.broker.groups.join(', ') || '—'}</dd>
        <dt>Open items</dt><dd>{data.open.items}{data.open.oldestReceivedAt ? `, oldest received ${new Date(data.open.oldestReceivedAt).toLocaleString()}` : ''} — <a href={`#/queue?broker=${id}&state=open`}>review them</a></dd>
      </dl>
      <h2>Events in the last {data.days} days</h2>
      <p><a href={`/admin/api/brokers/${id}/overview?format=csv&section=days`} download>Export days as CSV</a></p>
      <table>
        <thead><tr><th scope="col">Day</th><th scope="col">Blocked</th><th scope="col">Warned</th><th scope="col">Overridden</th><th scope="col"><span class="skip">Chart</span></th></tr></thead>
        <tbody>
          {data.eventsByDay.map((day) => (
            <tr key={day.day}>
              <td>{day.day}</td><td>{day.blocked}</td><td>{day.warned}</td><td>{day.overridden}</td>
              <td aria-hidden="true"><span class="bar" style={`width: ${Math.round(((day.blocked + day.warned + day.overridden) / busiest) * 200)}px`} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Repeated values (same keyed fingerprint)</h2>
      <p><a href={`/admin/api/brokers/${id}/overview?format=csv`} download>Export repeats as CSV</a></p>
      <table>
        <thead><tr><th scope="col">Fingerprint</th><th scope="col">Type</th><th scope="col">Masked</th><th scope="col">Events</th><th scope="col">Sites</th><th scope="col">Last seen</th></tr></thead>
        <tbody>
          {data.repeats.map((repeat) => (
            <tr key={repeat.fingerprint}><td class="masked">{repeat.fingerprint}…</td><td>{repeat.type}</td><td class="masked">{repeat.masked}</td><td>{repeat.events}</td><td>{repeat.sites.join(', ')}</td><td>{new Date(repeat.lastSeen).toLocaleString()}</td></tr>
          ))}
          {data.repeats.length === 0 && <tr><td colSpan={6}>No value was sent more than once.</td></tr>}
        </tbody>
      </table>
    </>
  );
}
