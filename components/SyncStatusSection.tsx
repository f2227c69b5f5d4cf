/**
 * Whether this computer's records reach the firm's supervision endpoint: the state line is announced politely
 * when it changes (aria-live), the details are a definition list a screen reader reads as pairs.
 */
import { formatRelative, plural } from '../utils/ui/format-time';
import { hostOf, syncStateLabel } from '../utils/ui/labels';
import type { SyncView } from '../utils/ui/status-view';
import { StatusLine } from './StatusLine';

interface SyncStatusSectionProps {
  sync: SyncView | undefined;
  now: Date;
}

const PENDING = '…';

export function SyncStatusSection({ sync, now }: SyncStatusSectionProps) {
  const label = sync ? syncStateLabel(sync.state, hostOf(sync.endpointUrl)) : undefined;
  const configured = sync !== undefined && sync.state !== 'not-configured';
  return (
    <section class="card sync-card" aria-labelledby="sync-heading" data-state={sync?.state ?? 'loading'}>
      <h2 id="sync-heading">Records sent to supervision</h2>
      <StatusLine label={label} placeholder="Checking…" id="sync-status" live />
      <dl class="facts">
        <div>
          <dt>Waiting to send</dt>
          <dd id="sync-queued">{sync ? queuedText(sync, now) : PENDING}</dd>
        </div>
        <div>
          <dt>Last delivery</dt>
          <dd id="sync-delivery">{sync ? (configured ? formatRelative(sync.lastDeliveryAt, now) : 'not applicable') : PENDING}</dd>
        </div>
        <div>
          <dt>Last receipt</dt>
          <dd id="sync-receipt">{sync ? receiptText(sync, now) : PENDING}</dd>
        </div>
      </dl>
      <p class="sync-error" id="sync-error" title={sync?.lastError ?? undefined}>
        {sync?.lastError ? `Last problem: ${sync.lastError}` : ' '}
      </p>
    </section>
  );
}

function queuedText(sync: SyncView, now: Date): string {
  if (sync.queued === 0) return 'nothing';
  const oldest = sync.oldestQueuedAt ? `, oldest ${formatRelative(sync.oldestQueuedAt, now)}` : '';
  return `${plural(sync.queued, 'record')}${oldest}`;
}

function receiptText(sync: SyncView, now: Date): string {
  if (sync.state === 'not-configured') return 'not applicable';
  if (!sync.lastReceipt) return 'none yet';
  const through = sync.lastReceipt.ackedThroughSeq;
  const covered = through === 1 ? 'record 1' : `records 1–${through.toLocaleString('en-US')}`;
  return `${covered}, ${formatRelative(sync.lastReceipt.serverTime, now)}`;
}
