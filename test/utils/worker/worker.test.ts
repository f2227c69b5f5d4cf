import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ChannelGuardDatabase } from '../../../utils/db';
import { createWorker, type Worker, type WorkerDependencies } from '../../../utils/worker/worker';
import { SELF, contentScriptSender, testFingerprinter } from './fixtures';

let deps: WorkerDependencies;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  const fingerprint = await testFingerprinter();
  deps = { db: new ChannelGuardDatabase(`test-${crypto.randomUUID()}`), self: SELF, makeFingerprinter: async () => fingerprint, requestSync: () => undefined };
});
/** Every worker started by a test; their start-up checks finish before the database is deleted. */
const started: Worker[] = [];
function start(): Worker {
  const worker = createWorker(deps);
  started.push(worker);
  return worker;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((worker) => worker.startupChecks));
  vi.restoreAllMocks();
  await deps.db.delete();
});

describe('createWorker', () => {
  it('answers policy.request with the managed policy read at start', async () => {
    await fakeBrowser.storage.managed.set({ unapprovedAction: 'warn' });
    const worker = start();
    expect(await worker.handleMessage({ type: 'policy.request' }, contentScriptSender())).toMatchObject({ policy: { unapprovedAction: 'warn' } });
  });

  it('wakes from the session cache without reading managed storage', async () => {
    await fakeBrowser.storage.managed.set({ unapprovedAction: 'warn' });
    await start().ready();
    const read = vi.spyOn(fakeBrowser.storage.managed, 'get');
    const woken = start();
    expect((await woken.ready()).settings.policy.unapprovedAction).toBe('warn');
    expect(read).not.toHaveBeenCalled();
  });

  it('pushes a changed policy to every open tab, and nothing when the policy is unchanged', async () => {
    const worker = start();
    await worker.ready();
    const first = await fakeBrowser.tabs.create({ url: 'https://crm.firm.test/' });
    const second = await fakeBrowser.tabs.create({ url: 'https://mail.personal.test/' });
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number) => {
      if (tabId === second.id) throw new Error('Could not establish connection. Receiving end does not exist.');
      return undefined;
    });
    await fakeBrowser.storage.managed.set({ approvedSites: ['https://crm.firm.test/*'] });
    const state = await worker.reloadPolicy();
    expect(state.settings.policy.approvedSites).toEqual(['https://crm.firm.test/*']);
    const open = (await fakeBrowser.tabs.query({})).map((tab) => tab.id);
    expect(open).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(sent.mock.calls.map(([tabId]) => tabId)).toEqual(open);
    expect(sent).toHaveBeenCalledWith(first.id, { type: 'policy.update', policy: state.settings.policy });
    sent.mockClear();
    await worker.reloadPolicy();
    expect(sent).not.toHaveBeenCalled();
  });

  it('keeps working after a managed value is rejected', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const worker = start();
    await fakeBrowser.storage.managed.set({ unapprovedAction: 'maybe', noticeContact: 'x4100' });
    await worker.reloadPolicy();
    expect(await worker.handleMessage({ type: 'policy.request' }, contentScriptSender())).toMatchObject({ policy: { unapprovedAction: 'block', noticeContact: 'x4100' } });
    expect((await deps.db.recentRecords())[0]).toMatchObject({ kind: 'policy.rejected' });
  });
});

describe('a failing push', () => {
  it('does not take the new policy down with it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const worker = start();
    await worker.ready();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(() => {
      throw new Error('synchronous failure');
    });
    vi.spyOn(fakeBrowser.tabs, 'query').mockRejectedValueOnce(new Error('tabs unavailable'));
    await fakeBrowser.storage.managed.set({ unapprovedAction: 'warn' });
    await worker.reloadPolicy();
    expect(await worker.handleMessage({ type: 'policy.request' }, contentScriptSender())).toMatchObject({ policy: { unapprovedAction: 'warn' } });
    expect(console.warn).toHaveBeenCalledWith('[channel-guard] policy push failed:', expect.any(Error));
  });
});

describe('the badge day', () => {
  it('schedules a redraw just after the next local midnight, and redraws when it fires', async () => {
    const worker = start();
    await worker.ready();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('badge.midnight')).toBeDefined());
    const alarm = await fakeBrowser.alarms.get('badge.midnight');
    const now = new Date();
    expect(alarm?.scheduledTime).toBe(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime() + 1000);
    await fakeBrowser.action.setBadgeText({ text: '7' });
    await worker.newDay();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
