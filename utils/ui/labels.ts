/**
 * The popup's and options page's words for each state, in one place so the copy stays plain and consistent.
 * Every status has words and a symbol: colour is never the only signal (WCAG 1.4.1).
 */
import type { PolicySource, SyncState, TabStatus } from './status-view';

export interface StatusLabel {
  /** A symbol beside the words, hidden from screen readers (the words say it all). */
  symbol: string;
  title: string;
}

export function tabStatusLabel(status: TabStatus, channelName?: string): StatusLabel {
  switch (status) {
    case 'supervised':
      return { symbol: '✓', title: channelName ? `Supervised channel: ${channelName}` : 'Supervised channel' };
    case 'approved':
      return { symbol: '✓', title: 'Approved site' };
    case 'unapproved':
      return { symbol: '✕', title: 'Not an approved site' };
    case 'not-web':
      return { symbol: '–', title: 'Not a web page' };
  }
}

export function syncStateLabel(state: SyncState, endpointHost: string | null): StatusLabel {
  switch (state) {
    case 'connected':
      return { symbol: '✓', title: endpointHost ? `Connected to ${endpointHost}` : 'Connected' };
    case 'enrolling':
      return { symbol: '…', title: endpointHost ? `Connecting to ${endpointHost}` : 'Connecting' };
    case 'offline':
      return { symbol: '!', title: 'Offline: records wait on this computer' };
    case 'error':
      return { symbol: '!', title: 'Records cannot be sent' };
    case 'not-configured':
      return { symbol: '–', title: 'Not connected to a supervision endpoint' };
  }
}

export function policySourceLabel(source: PolicySource): string {
  switch (source) {
    case 'bundled':
      return 'built-in default';
    case 'managed':
      return 'your organisation';
    case 'endpoint':
      return 'supervision endpoint';
    case 'managed+endpoint':
      return 'endpoint and your organisation';
  }
}

/** The host of an endpoint URL, or the text itself when it is not a URL (shown, never hidden). */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
