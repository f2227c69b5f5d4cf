import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NoticeAcknowledgedResponseSchema, RecordsResponseSchema, SettingsResponseSchema, StatusResponseSchema } from '../../../utils/page-api';
import { DEFAULT_POLICY } from '../../../utils/policy/schema';
import { routeMessage } from '../../../utils/worker/router';
import type { WorkerState } from '../../../utils/worker/state';
import { contentScriptSender, extensionPageSender, guardEvent, SELF, workerState } from './fixtures';

let state: WorkerState;
const requestSync = vi.fn();
const route = (message: unknown, sender: unknown = extensionPageSender) => routeMessage(message, sender, SELF, () => Promise.resolve(state));
const TOKEN = 'cget_0123456789abcdef0123456789';

beforeEach(async () => {
  fakeBrowser.reset();
  requestSync.mockReset();
  state = await workerState(requestSync);
  state.settings.policy = { ...DEFAULT_POLICY, supervisedChannels: [{ id: 'chat', name: 'Firm Chat', kind: 'messaging', matches: ['https://chat.firm.test/*'] }] };
});
afterEach(() => state.db.delete());

describe('status.request', () => {
  it.each([
    ['https://mail.personal.test/inbox', 'unapproved', 'Customer data is blocked here: this site is not approved.'],
    ['https://chat.firm.test/room/1', 'supervised', 'Customer data is allowed here: Firm Chat is a supervised channel, and pastes with customer data are recorded.'],
    ['chrome://extensions/', 'not-web', 'This is not a web page: Channel Guard does not check pastes here.'],
  ])('describes %s as %s', async (url, status, sentence) => {
    const tab = await fakeBrowser.tabs.create({ url });
    const answer = StatusResponseSchema.parse(await route({ type: 'status.request', tabId: tab.id }));
    expect(answer.tab).toMatchObject({ status, customerData: sentence });
  });

  it('reports today\'s blocks, the queue from Dexie and an unconfigured sync', async () => {
    await route({ type: 'guard.event', event: guardEvent() }, contentScriptSender());
    await route({ type: 'guard.event', event: guardEvent() }, contentScriptSender());
    const answer = StatusResponseSchema.parse(await route({ type: 'status.request', tabId: 99 }));
    expect(answer.today).toEqual({ blocked: 2 });
    expect(answer.sync).toMatchObject({ state: 'not-configured', endpointUrl: null, queued: 2, lastReceipt: null, oldestQueuedAt: expect.any(String) });
    expect(answer.policy).toEqual({ version: 'bundled-default', source: 'bundled', forcedKeys: [] });
  });
});

describe('records, settings and the notice', () => {
  it('lists the broker\'s own records, newest first, masked as stored', async () => {
    await route({ type: 'guard.event', event: guardEvent() }, contentScriptSender());
    await route({ type: 'guard.event', event: guardEvent({ outcome: 'allowed' }) }, contentScriptSender());
    const { records } = RecordsResponseSchema.parse(await route({ type: 'records.request', limit: 10 }));
    expect(records.map((record) => record.kind)).toEqual(['paste.allowed', 'paste.blocked']);
    expect(JSON.stringify(records)).not.toContain('123-45-6789');
  });

  it('stores an endpoint and token, starts enrollment, and never returns the token', async () => {
    const answer = SettingsResponseSchema.parse(await route({ type: 'settings.set', endpointUrl: 'https://supervision.firm.com', enrollmentToken: TOKEN }));
    expect(answer).toEqual({ endpointUrl: { value: 'https://supervision.firm.com', forced: false }, enrollmentToken: { set: true, forced: false }, monitoringNotice: { acknowledgedAt: null } });
    expect(requestSync).toHaveBeenCalledWith('settings changed', { ignoreBackoff: true });
    expect(JSON.stringify(await route({ type: 'settings.get' }))).not.toContain(TOKEN);
  });

  it('security: a setting forced by the managed policy is refused with a precise error', async () => {
    state.settings.managedSync = { endpointUrl: 'https://supervision.firm.com' };
    expect(await route({ type: 'settings.set', endpointUrl: 'https://elsewhere.example' })).toEqual({ error: expect.stringContaining('set by your organization') });
    expect(requestSync).not.toHaveBeenCalled();
    expect(SettingsResponseSchema.parse(await route({ type: 'settings.get' })).endpointUrl).toEqual({ value: 'https://supervision.firm.com', forced: true });
  });

  it('records the monitoring-notice acknowledgment (NY Civil Rights Law §52-c)', async () => {
    const { acknowledgedAt } = NoticeAcknowledgedResponseSchema.parse(await route({ type: 'notice.acknowledge', noticeVersion: '2026-11' }));
    expect((await state.db.recentRecords(1))[0]).toMatchObject({ kind: 'notice.acknowledged', deviceTime: acknowledgedAt, note: expect.stringContaining('2026-11') });
    expect(SettingsResponseSchema.parse(await route({ type: 'settings.get' })).monitoringNotice).toEqual({ acknowledgedAt });
  });

  it.each(['status.request', 'records.request', 'settings.get', 'settings.set', 'notice.acknowledge'])(
    'security: a content script cannot use %s',
    async (type) => {
      const message = { type, ...(type === 'status.request' ? { tabId: 1 } : type === 'records.request' ? { limit: 5 } : type === 'notice.acknowledge' ? { noticeVersion: 'x' } : {}) };
      expect(await route(message, contentScriptSender())).toEqual({ error: `${type} is accepted only from the extension's own pages` });
      expect(await state.db.records.count()).toBe(0);
    },
  );
});
