/** The immediate mail for an urgent event (issue #3): what happened, where, which masked findings — nothing clear. */
import { html } from '../reports/html';
import type { OutgoingMail } from '../mail';
import type { AlertEvent } from './alert-event';

const findingLine = (finding: AlertEvent['findings'][number]) => `${finding.type} ${finding.masked} (detector ${finding.detector}, score ${finding.score})`;

export function renderUrgentMail(event: AlertEvent, rule: string, to: readonly string[]): OutgoingMail {
  const where = event.site ? `${event.site.host} (${event.site.status})` : 'no site';
  const device = event.deviceName ?? event.deviceId;
  const facts: Array<[string, string]> = [
    ['Rule', rule],
    ['Event', `${event.kind} (action ${event.action ?? 'unknown'})`],
    ['Destination', where],
    ['Device', `${device} — record ${event.seq}`],
    ['Device time', event.deviceTime],
    ['Received', event.receivedAt],
    ['Justification given', event.justified ? 'yes (in the record)' : 'no'],
    ['Event id', event.id],
  ];
  const text = [
    'Channel Guard — urgent event',
    '',
    ...facts.map(([name, value]) => `${name}: ${value}`),
    '',
    'Findings (masked):',
    ...event.findings.map((finding) => `  - ${findingLine(finding)}`),
    '',
    'Review it in the Channel Guard dashboard.',
  ].join('\n');
  const body = html`<h2>Channel Guard — urgent event</h2>
<table>${facts.map(([name, value]) => html`<tr><th align="left">${name}</th><td>${value}</td></tr>`)}</table>
<h3>Findings (masked)</h3><ul>${event.findings.map((finding) => html`<li>${findingLine(finding)}</li>`)}</ul>
<p>Review it in the Channel Guard dashboard.</p>`;
  return { to, subject: `[Channel Guard] Urgent: ${event.kind} to ${event.site?.host ?? 'unknown site'} (${rule})`, text, html: body.html };
}
