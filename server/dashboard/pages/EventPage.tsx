/** One review item: facts, masked evidence with the detector's explanation, claim, disposition and history. */
import { useState } from 'preact/hooks';
import type { QueueItem } from '../../review/queue';
import type { ItemHistory as History } from '../../review/reviews';
import { api } from '../api';
import { DispositionForm } from '../components/DispositionForm';
import { ItemHistory } from '../components/ItemHistory';
import { ReviewState } from '../components/ReviewState';
import { useLoad } from '../use-load';

export function EventPage({ id, role, onSignedOut }: { id: string; role: string; onSignedOut: (error: unknown) => void }) {
  const { data, error, reload } = useLoad<{ item: QueueItem; history: History }>(`/events/${id}`, onSignedOut);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!data) return <p>Loading…</p>;
  const { item, history } = data;
  const canReview = role !== 'auditor';
  const claim = async () => {
    setActionError(null);
    try {
      await api.post(`/events/${id}/claim`);
      setNotice('Claimed for two hours.');
      reload();
    } catch (reason) {
      setActionError(reason instanceof Error ? reason.message : 'claim failed');
    }
  };
  return (
    <>
      <p><a href="#/queue">← Back to the queue</a></p>
      <h1>{item.kind} on {item.site?.host ?? 'an unknown site'}</h1>
      {notice && <p class="notice" role="status">{notice}</p>}
      {actionError && <p class="error" role="alert">{actionError}</p>}
      <dl class="facts">
        <dt>Review state</dt><dd><ReviewState review={item.review} /></dd>
        <dt>Broker</dt><dd>{item.broker ? <a href={`#/brokers/${item.broker.id}`}>{item.broker.name}</a> : 'unassigned device'}</dd>
        <dt>Device</dt><dd>{item.device.name ?? item.device.id}</dd>
        <dt>Received</dt><dd>{new Date(item.receivedAt).toLocaleString()} (device time {new Date(item.deviceTime).toLocaleString()})</dd>
        <dt>Site</dt><dd>{item.site ? `${item.site.host} — ${item.site.status}` : '—'}</dd>
        <dt>Channel</dt><dd>{item.channel ? `${item.channel.id} (${item.channel.kind})` : '—'}</dd>
        <dt>Action</dt><dd>{item.action}</dd>
        <dt>Justification</dt><dd>{item.justification ?? '—'}</dd>
        <dt>Policy version</dt><dd>{item.policyVersion}</dd>
      </dl>
      <section class="panel" aria-labelledby="evidence-title">
        <h2 id="evidence-title">Evidence (masked — the clear value never leaves the broker's device)</h2>
        <table>
          <thead><tr><th scope="col">Type</th><th scope="col">Masked</th><th scope="col">Detector</th><th scope="col">Why the detector flagged it</th></tr></thead>
          <tbody>
            {item.findings.map((finding, index) => (
              <tr key={index}><td>{finding.type}</td><td class="masked">{finding.masked}</td><td>{finding.detector}</td><td>{finding.explanation}</td></tr>
            ))}
          </tbody>
        </table>
      </section>
      {canReview && (
        <>
          <p><button type="button" onClick={claim}>{item.review.state === 'claimed' ? 'Renew or take over claim' : 'Claim this item'}</button></p>
          <DispositionForm eventId={id} onRecorded={(message) => { setNotice(message); reload(); }} />
        </>
      )}
      <ItemHistory history={history} />
    </>
  );
}
