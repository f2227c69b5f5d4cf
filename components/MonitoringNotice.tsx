/**
 * The monitoring notice (NY Civil Rights Law §52-c: employees are told of electronic monitoring and
 * acknowledge it). The acknowledgment becomes a record; afterwards the date is shown instead of the button.
 */
import { useState } from 'preact/hooks';
import { formatDateTime } from '../utils/ui/format-time';

/** Bump when the notice's words change in substance: a new version asks for a new acknowledgment. */
export const MONITORING_NOTICE_VERSION = '2026-11-1';

interface MonitoringNoticeProps {
  /** Undefined while loading, null when never acknowledged. */
  acknowledgedAt: string | null | undefined;
  /** Resolves with an error message, or undefined when the acknowledgment was recorded. */
  onAcknowledge: () => Promise<string | undefined>;
  timeZone?: string;
}

export function MonitoringNotice({ acknowledgedAt, onAcknowledge, timeZone }: MonitoringNoticeProps) {
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const acknowledge = async () => {
    setBusy(true);
    setError(await onAcknowledge());
    setBusy(false);
  };
  return (
    <section class="card notice" aria-labelledby="notice-heading">
      <h2 id="notice-heading">Monitoring notice</h2>
      <p>Your firm uses Channel Guard on this browser to keep customer information inside its approved and supervised channels.</p>
      <ul>
        <li>When you paste, drop or upload text into a web page, Channel Guard checks it for customer information and records what it decided: allowed, warned or blocked.</li>
        <li>Messages you send and receive on your firm's supervised channels are captured and kept as the firm's books and records, as securities rules require.</li>
        <li>Customer values are never stored in clear in a block record: only a masked form such as <span class="nowrap">***-**-8194</span> and a one-way fingerprint.</li>
        <li>Records go to your firm's supervision team, who review blocked and overridden events.</li>
      </ul>
      <p class="notice-law">New York Civil Rights Law §52-c asks employers to tell employees about electronic monitoring and to get their acknowledgment.</p>
      <div aria-live="polite" id="notice-state">
        {acknowledgedAt ? (
          <p class="acknowledged">You acknowledged this notice on {formatDateTime(acknowledgedAt, timeZone)}.</p>
        ) : (
          <button type="button" id="acknowledge-notice" onClick={() => void acknowledge()} disabled={busy || acknowledgedAt === undefined}>
            I have read this notice
          </button>
        )}
      </div>
      {error ? (
        <p class="error" role="alert" id="notice-error">
          Your acknowledgment was not recorded: {error}
        </p>
      ) : null}
    </section>
  );
}
