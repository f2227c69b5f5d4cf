/**
 * What is recorded about the broker (issue #4 "options page"): their own recent records as stored, newest
 * first. Only the time, kind, site, masked findings, action and delivery are shown — never fingerprints,
 * evidence, notes or captured message text, so nothing here can echo a customer value (DESIGN.md decision 3).
 */
import { formatDateTime } from '../utils/ui/format-time';
import { piiTypeLabel, recordActionLabel, recordKindLabel } from '../utils/ui/record-labels';
import type { ChainRecord } from '../utils/wire/record';

interface RecordsTableProps {
  /** Undefined while loading. */
  records: readonly ChainRecord[] | undefined;
  /** Records up to this sequence number are covered by the endpoint's receipt; null when none is. */
  ackedThroughSeq: number | null;
  error?: string;
  timeZone?: string;
}

export function RecordsTable({ records, ackedThroughSeq, error, timeZone }: RecordsTableProps) {
  if (error) return <p class="error" role="alert">Your records could not be read: {error}</p>;
  if (!records) return <p aria-busy="true">Loading your records…</p>;
  if (records.length === 0) return <p>Nothing has been recorded on this computer yet.</p>;
  return (
    <table class="records">
      <caption>Your {records.length} most recent records on this computer, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">What</th>
          <th scope="col">Site</th>
          <th scope="col">Found (masked)</th>
          <th scope="col">Action</th>
          <th scope="col">Sent to supervision</th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr key={record.id}>
            <td>{formatDateTime(record.deviceTime, timeZone)}</td>
            <td>{recordKindLabel(record.kind)}</td>
            <td>{record.site?.host ?? '—'}</td>
            <td>{record.findings.length === 0 ? '—' : record.findings.map((finding) => `${piiTypeLabel(finding.type)} ${finding.masked}`).join(', ')}</td>
            <td>{recordActionLabel(record.action)}</td>
            <td>{ackedThroughSeq !== null && record.seq <= ackedThroughSeq ? 'delivered' : 'waiting to send'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
