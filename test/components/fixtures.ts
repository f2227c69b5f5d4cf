/** Status answers as the worker gives them, one per state the popup shows. */
import type { StatusView, SyncView } from '../../utils/ui/status-view';

export const NOW = new Date('2026-11-12T15:00:00Z');

export const CONNECTED: SyncView = {
  state: 'connected',
  endpointUrl: 'https://supervision.firm.example',
  queued: 0,
  oldestQueuedAt: null,
  lastDeliveryAt: '2026-11-12T14:58:00Z',
  lastReceipt: { ackedThroughSeq: 41, serverTime: '2026-11-12T14:58:01Z' },
  lastError: null,
};

export const OFFLINE: SyncView = {
  ...CONNECTED,
  state: 'offline',
  queued: 12500,
  oldestQueuedAt: '2026-11-12T12:00:00Z',
  lastError: 'network error: connection refused',
};

export const NOT_CONFIGURED: SyncView = {
  state: 'not-configured',
  endpointUrl: null,
  queued: 3,
  oldestQueuedAt: '2026-11-12T14:30:00Z',
  lastDeliveryAt: null,
  lastReceipt: null,
  lastError: null,
};

export const SUPERVISED: StatusView = {
  tab: {
    host: 'chat.firm.test',
    status: 'supervised',
    channel: { id: 'firm-chat', name: 'Firm Chat', kind: 'messaging' },
    customerData: 'Customer data may be shared here. Messages are kept as the firm’s books and records.',
  },
  sync: CONNECTED,
  today: { blocked: 0 },
  policy: { version: 'endpoint:7', source: 'endpoint', forcedKeys: [] },
};

export const APPROVED: StatusView = {
  ...SUPERVISED,
  tab: { host: 'crm.firm.test', status: 'approved', customerData: 'Customer data may be pasted here; each paste with customer data is recorded.' },
};

export const UNAPPROVED: StatusView = {
  ...SUPERVISED,
  tab: { host: 'mail.personal.test', status: 'unapproved', customerData: 'Customer data pasted here is blocked and recorded.' },
  today: { blocked: 14 },
  policy: { version: 'managed:4f1c2a9b0d3e', source: 'managed', forcedKeys: ['approvedSites'] },
};

export const NOT_WEB: StatusView = {
  ...SUPERVISED,
  tab: { host: null, status: 'not-web', customerData: 'This is not a web page: Channel Guard does not check pastes here.' },
};
