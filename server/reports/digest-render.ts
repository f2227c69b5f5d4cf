/** The digest as mail text and as HTML (every value escaped): the same facts in both, masked findings only. */
import type { AlertEvent } from '../alerts/alert-event';
import type { Digest } from './digest';
import { html, type SafeHtml } from './html';

const findings = (event: AlertEvent) => event.findings.map((finding) => `${finding.type} ${finding.masked}`).join(', ') || 'no findings';
const eventLine = (event: AlertEvent) => `${event.receivedAt}  ${event.kind}  ${event.site?.host ?? '-'}  ${event.deviceName ?? event.deviceId}  ${findings(event)}`;

export function digestSubject(digest: Digest): string {
  return `[Channel Guard] Daily digest ${digest.day}: ${digest.events.blocked} blocked, ${digest.events.overridden} overridden, ${digest.openReviews.total} open reviews`;
}

export function renderDigestText(digest: Digest): string {
  const { events, openReviews: reviews } = digest;
  return [
    `Channel Guard — daily digest for ${digest.recipient.displayName} <${digest.recipient.email}>`,
    `Window: ${digest.window.from} to ${digest.window.to} (${digest.brokers} brokers)`,
    '',
    `Blocked events: ${events.blocked}`,
    `Overridden events: ${events.overridden}`,
    ...events.byBroker.map((broker) => `  ${broker.label}: ${broker.blocked} blocked, ${broker.overridden} overridden`),
    '',
    'Most recent (masked findings):',
    ...(events.recent.length ? events.recent.map((event) => `  ${eventLine(event)}`) : ['  none']),
    '',
    `Open reviews: ${reviews.total} (under 1 day: ${reviews.byAge.underOneDay}, 1–3 days: ${reviews.byAge.oneToThreeDays}, over 3 days: ${reviews.byAge.overThreeDays})`,
    ...reviews.oldest.map((item) => `  ${item.kind} received ${item.receivedAt} (${item.ageHours} h old)`),
    '',
    `Silent devices (no heartbeat for over 24 h): ${digest.silentDevices.length}`,
    ...digest.silentDevices.map((device) => `  ${device.name ?? device.deviceId}: last heartbeat ${device.lastHeartbeatAt ?? 'never'}`),
    '',
  ].join('\n');
}

export function renderDigestHtml(digest: Digest): SafeHtml {
  const { events, openReviews: reviews } = digest;
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Channel Guard digest ${digest.day}</title></head>
<body>
<h1>Daily digest for ${digest.recipient.displayName}</h1>
<p>Window: ${digest.window.from} to ${digest.window.to} — ${digest.brokers} brokers.</p>
<h2>Blocked and overridden events</h2>
<p><strong id="blocked">${events.blocked}</strong> blocked, <strong id="overridden">${events.overridden}</strong> overridden.</p>
<table><tr><th>Broker</th><th>Blocked</th><th>Overridden</th></tr>
${events.byBroker.map((broker) => html`<tr><td>${broker.label}</td><td>${broker.blocked}</td><td>${broker.overridden}</td></tr>`)}</table>
<h3>Most recent</h3>
<table><tr><th>Received</th><th>Kind</th><th>Site</th><th>Device</th><th>Findings (masked)</th></tr>
${events.recent.map((event) => html`<tr><td>${event.receivedAt}</td><td>${event.kind}</td><td>${event.site?.host ?? '-'}</td><td>${event.deviceName ?? event.deviceId}</td><td>${findings(event)}</td></tr>`)}</table>
<h2>Open reviews: <span id="open-reviews">${reviews.total}</span></h2>
<p>Under 1 day: ${reviews.byAge.underOneDay}; 1–3 days: ${reviews.byAge.oneToThreeDays}; over 3 days: ${reviews.byAge.overThreeDays}.</p>
<ul>${reviews.oldest.map((item) => html`<li>${item.kind} received ${item.receivedAt} (${item.ageHours} h old)</li>`)}</ul>
<h2>Silent devices: <span id="silent-devices">${digest.silentDevices.length}</span></h2>
<ul>${digest.silentDevices.map((device) => html`<li>${device.name ?? device.deviceId}: last heartbeat ${device.lastHeartbeatAt ?? 'never'}</li>`)}</ul>
</body></html>`;
}
