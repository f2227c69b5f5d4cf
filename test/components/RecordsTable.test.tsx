// @vitest-environment happy-dom
/** The broker's own records: the right words per row, and nothing but the masked forms it is given. */
import { afterEach, describe, expect, it } from 'vitest';
import { RecordsTable } from '../../components/RecordsTable';
import { BLOCKED_SSN, CAPTURED_MESSAGE, FINGERPRINT } from './records.fixtures';
import { renderInto, type Rendered } from './render';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

const cells = (view: Rendered, row: number) => Array.from(view.root.querySelectorAll(`tbody tr:nth-child(${row}) td`), (cell) => cell.textContent);

describe('RecordsTable', () => {
  it('shows time, kind, site, masked finding, action and delivery for each record, newest first as given', () => {
    rendered = renderInto(<RecordsTable records={[BLOCKED_SSN, CAPTURED_MESSAGE]} ackedThroughSeq={41} timeZone="America/New_York" />);
    expect(cells(rendered, 1)).toEqual(['Nov 12, 2026, 2:05 PM', 'Paste blocked', 'mail.personal.test', 'Social Security number ***-**-8194', 'Blocked', 'waiting to send']);
    expect(cells(rendered, 2)).toEqual(['Nov 12, 2026, 2:00 PM', 'Message kept as a business record', 'chat.firm.test', '—', '—', 'delivered']);
    expect(rendered.text('caption')).toContain('2 most recent records');
  });

  it('says every record waits when no receipt has come yet', () => {
    rendered = renderInto(<RecordsTable records={[BLOCKED_SSN, CAPTURED_MESSAGE]} ackedThroughSeq={null} />);
    expect([cells(rendered, 1)[5], cells(rendered, 2)[5]]).toEqual(['waiting to send', 'waiting to send']);
  });

  it('security: renders none of the fields it was not meant to show (fingerprint, evidence, notes, justification, message text, hashes)', () => {
    rendered = renderInto(<RecordsTable records={[BLOCKED_SSN, CAPTURED_MESSAGE]} ackedThroughSeq={null} />);
    const markup = rendered.root.innerHTML;
    for (const hidden of [FINGERPRINT, 'EVIDENCEWORD', 'EVIDENCENOTE', 'ssn-detector-name', 'JUSTIFICATIONTEXT', 'NOTETEXT', 'MESSAGETEXT', 'CONVERSATIONNAME', '536-22-8194', 'POLICYVERSION', 'a'.repeat(64), 'b'.repeat(64), BLOCKED_SSN.id]) {
      expect(markup).not.toContain(hidden);
    }
    // The only finding text is the masked form it was given.
    expect(cells(rendered, 1)[3]).toBe('Social Security number ***-**-8194');
  });

  it('loading, empty and error states say so in words', () => {
    rendered = renderInto(<RecordsTable records={undefined} ackedThroughSeq={null} />);
    expect(rendered.text()).toBe('Loading your records…');
    rendered.rerender(<RecordsTable records={[]} ackedThroughSeq={null} />);
    expect(rendered.text()).toBe('Nothing has been recorded on this computer yet.');
    rendered.rerender(<RecordsTable records={[]} ackedThroughSeq={null} error="the extension is restarting" />);
    expect(rendered.root.querySelector('[role="alert"]')?.textContent).toContain('the extension is restarting');
  });
});
