import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findChainProblem, GENESIS_HASH } from '../../../utils/chain';
import { MessageSchema } from '../../../utils/messages';
import { contentScriptHandlers, extensionPageHandlers } from '../../../utils/worker/handlers';
import { routeMessage } from '../../../utils/worker/router';
import type { WorkerState } from '../../../utils/worker/state';
import { CARD, SELF, SSN, contentScriptSender, extensionPageSender, guardEvent, workerState } from './fixtures';

let state: WorkerState;
const route = (message: unknown, sender: unknown) => routeMessage(message, sender, SELF, () => Promise.resolve(state));

beforeEach(async () => {
  fakeBrowser.reset();
  state = await workerState();
});
afterEach(() => state.db.delete());

describe('policy.request', () => {
  it('answers a content script with the effective policy', async () => {
    expect(await route({ type: 'policy.request' }, contentScriptSender())).toEqual({ policy: state.settings.policy });
  });

  it('answers an extension page with the effective policy', async () => {
    expect(await route({ type: 'policy.request' }, extensionPageSender)).toEqual({ policy: state.settings.policy });
  });
});

describe('guard.event', () => {
  it('records the event with fingerprints and answers with its id', async () => {
    const answer = await route({ type: 'guard.event', event: guardEvent() }, contentScriptSender());
    const [record] = await state.db.recentRecords();
    expect(answer).toEqual({ recorded: true, id: record?.id });
    expect(record).toMatchObject({
      seq: 1,
      kind: 'paste.blocked',
      action: 'block',
      site: { status: 'unapproved', host: 'mail.personal.test' },
      channel: null,
      note: 'page mail.personal.test; 40 characters',
      policyVersion: 'bundled-default',
      findings: [
        { type: 'US_SSN', masked: '***-**-6789', detector: 'ssn', fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) },
        { type: 'CREDIT_CARD', masked: 'card ending 9083', detector: 'card', fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) },
      ],
    });
  });

  it('security: the stored record never contains the value', async () => {
    await route({ type: 'guard.event', event: guardEvent({ justification: 'client asked' }) }, contentScriptSender());
    const stored = JSON.stringify(await state.db.records.toArray());
    for (const value of [SSN, CARD, SSN.replace(/-/g, ''), CARD.replace(/ /g, '')]) expect(stored).not.toContain(value);
    expect(stored).not.toContain('"value"');
    // The URL's path and query can carry customer data too: only hosts are kept.
    expect(stored).not.toContain('compose?to=someone');
  });

  it('gives the same value the same fingerprint across events, so repeats correlate', async () => {
    await route({ type: 'guard.event', event: guardEvent() }, contentScriptSender());
    await route({ type: 'guard.event', event: guardEvent() }, contentScriptSender());
    const [second, first] = await state.db.recentRecords();
    expect(second?.findings[0]?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(second?.findings[0]?.fingerprint).toBe(first?.findings[0]?.fingerprint);
  });

  it('shows today\'s blocked count on the badge', async () => {
    await route({ type: 'guard.event', event: guardEvent() }, contentScriptSender());
    await route({ type: 'guard.event', event: guardEvent({ outcome: 'allowed' }) }, contentScriptSender());
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await route({ type: 'guard.event', event: guardEvent() }, contentScriptSender());
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('gives twenty tabs blocking at the same instant a contiguous, verifiable chain', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, tab) => route({ type: 'guard.event', event: guardEvent() }, contentScriptSender(undefined, { tab: { id: tab + 1 } }))),
    );
    expect(answers.every((answer) => answer !== undefined && 'recorded' in answer && answer.recorded)).toBe(true);
    const records = await state.db.allRecords();
    expect(records.map((record) => record.seq)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(await findChainProblem(records, { seq: 0, hash: GENESIS_HASH })).toBeNull();
  });

  it('accepts an about:blank frame that reports its inherited origin', async () => {
    const sender = contentScriptSender('about:blank', { origin: 'https://mail.personal.test', frameId: 3 });
    expect(await route({ type: 'guard.event', event: guardEvent({ frameUrl: 'https://mail.personal.test/' }) }, sender)).toMatchObject({ recorded: true });
  });
});

describe('trust boundary', () => {
  it('security: a message from another extension is ignored', async () => {
    const sender = { ...contentScriptSender(), id: 'abcdefghijklmnopabcdefghijklmnop' };
    expect(route({ type: 'guard.event', event: guardEvent() }, sender)).toBeUndefined();
    expect(route({ type: 'policy.request' }, { ...extensionPageSender, id: undefined })).toBeUndefined();
    expect(await state.db.records.count()).toBe(0);
  });

  it('security: a guard event from a page without a tab is rejected', async () => {
    const { tab: _tab, ...withoutTab } = contentScriptSender();
    expect(await route({ type: 'guard.event', event: guardEvent() }, withoutTab)).toEqual({ error: 'sender: a content-script message must come from a tab' });
    expect(await state.db.records.count()).toBe(0);
  });

  it('security: a frame cannot report an event for another origin', async () => {
    const sender = contentScriptSender('https://widget.other.test/embed');
    const answer = await route({ type: 'guard.event', event: guardEvent() }, sender);
    expect(answer).toEqual({ error: expect.stringContaining('does not belong to the sending frame (https://widget.other.test)') });
    expect(await state.db.records.count()).toBe(0);
  });

  it('security: an extension page cannot submit guard events', async () => {
    expect(await route({ type: 'guard.event', event: guardEvent() }, extensionPageSender)).toEqual({ error: 'guard.event is accepted only from content scripts in a tab' });
    expect(await state.db.records.count()).toBe(0);
  });

  it.each([
    ['no type', {}, 'malformed message: type: '],
    ['an unknown type', { type: 'records.wipe' }, 'malformed message: type: '],
    ['a finding without a mask', { type: 'guard.event', event: { ...guardEvent(), findings: [{ ...guardEvent().findings[0], masked: undefined }] } }, 'event.findings.0.masked'],
    ['an extra key', { type: 'policy.request', policy: {} }, 'malformed message'],
    ['a string', 'policy.request', 'malformed message: (root): '],
  ])('security: a malformed message (%s) gets a precise error and nothing is stored', async (_label, message, error) => {
    const answer = await route(message, contentScriptSender());
    expect(answer).toEqual({ error: expect.stringContaining(error) });
    expect(await state.db.records.count()).toBe(0);
  });

  it('refuses policy.update sent to the worker', async () => {
    expect(await route({ type: 'policy.update', policy: state.settings.policy }, contentScriptSender())).toEqual({ error: expect.stringContaining('sent by the worker') });
  });
});

it('has a handler for every message type in both trust groups', () => {
  const types = MessageSchema.def.options.map((option) => String(option.shape.type.def.values[0])).sort();
  expect(Object.keys(contentScriptHandlers).sort()).toEqual(types);
  expect(Object.keys(extensionPageHandlers).sort()).toEqual(types);
});
