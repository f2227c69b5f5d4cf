/**
 * What the popup renders, as the worker's `status.request` answers it (issue #4 "The popup"). The popup's
 * components take exactly this; the entrypoint hands them the parsed response.
 */

export type TabStatus = 'supervised' | 'approved' | 'unapproved' | 'not-web';
export type SyncState = 'not-configured' | 'enrolling' | 'connected' | 'offline' | 'error';
export type PolicySource = 'bundled' | 'managed' | 'endpoint' | 'managed+endpoint';

export interface TabView {
  host: string;
  status: TabStatus;
  channel?: { id: string; name: string; kind: string };
  /** One plain sentence from the worker: what happens to customer data pasted here under the current policy. */
  customerData: string;
}

export interface SyncView {
  state: SyncState;
  endpointUrl: string | null;
  queued: number;
  oldestQueuedAt: string | null;
  lastDeliveryAt: string | null;
  lastReceipt: { ackedThroughSeq: number; serverTime: string } | null;
  lastError: string | null;
}

export interface StatusView {
  tab: TabView;
  sync: SyncView;
  today: { blocked: number };
  policy: { version: string; source: PolicySource; forcedKeys: string[] };
}
