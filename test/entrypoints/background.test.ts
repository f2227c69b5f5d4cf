import 'fake-indexeddb/auto';
import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  // fakeBrowser has no manifest; the worker reads its version for enrollment and heartbeats.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Channel Guard', version: '0.1.0' });
});

it('registers every listener synchronously, before any await (a woken worker must hear the event that woke it)', () => {
  const result = background.main();
  expect(result).toBeUndefined();
  expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
  expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(true);
  expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(true);
  expect(fakeBrowser.runtime.onStartup.hasListeners()).toBe(true);
});

it('creates the one-minute sync alarm at every worker start', async () => {
  background.main();
  await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('sync')).toMatchObject({ periodInMinutes: 1 }));
});

it('re-reads the policy when the managed area changes and pushes it to the open tabs', async () => {
  const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  background.main();
  await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get('effectiveSettings')).toHaveProperty('effectiveSettings'));
  await fakeBrowser.storage.managed.set({ unapprovedAction: 'audit' });
  await vi.waitFor(async () => {
    const stored: Record<string, { policy: { unapprovedAction: string } }> = await fakeBrowser.storage.session.get('effectiveSettings');
    expect(stored.effectiveSettings?.policy.unapprovedAction).toBe('audit');
  });
  await vi.waitFor(() => expect(sent).toHaveBeenCalledWith(expect.any(Number), expect.objectContaining({ type: 'policy.update' })));
});
