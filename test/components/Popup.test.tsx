// @vitest-environment happy-dom
/**
 * The popup's words for each state (issue #4 "The popup"), and the promise that lets it open without layout
 * shift: the element tree is the same before and after the worker answers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../components/Popup';
import type { StatusView } from '../../utils/ui/status-view';
import { APPROVED, CONNECTED, NOT_CONFIGURED, NOT_WEB, NOW, OFFLINE, SUPERVISED, UNAPPROVED } from './fixtures';
import { renderInto, structureOf, type Rendered } from './render';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

function popup(status: StatusView | undefined, error?: string): Rendered {
  rendered = renderInto(<Popup status={status} error={error} now={NOW} onOpenOptions={() => undefined} />);
  return rendered;
}

describe('channel status of the current tab', () => {
  it.each([
    ['supervised', SUPERVISED, 'chat.firm.test', 'Supervised channel: Firm Chat', 'books and records'],
    ['approved', APPROVED, 'crm.firm.test', 'Approved site', 'each paste with customer data is recorded'],
    ['unapproved', UNAPPROVED, 'mail.personal.test', 'Not an approved site', 'blocked and recorded'],
    ['not-web', NOT_WEB, 'no web address', 'Not a web page', 'does not check pastes here'],
  ])('%s', (_name, status, host, title, explanation) => {
    const view = popup(status);
    expect(view.text('.tab-card .host')).toBe(host);
    expect(view.text('#tab-status')).toContain(title);
    expect(view.text('#tab-explain')).toContain(explanation);
  });

  it('says the status is unavailable, and why, when the worker cannot answer', () => {
    const view = popup(undefined, 'the extension is restarting');
    expect(view.text('#tab-status')).toContain('Status unavailable');
    expect(view.text('#tab-explain')).toContain('the extension is restarting');
    expect(view.root.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
  });
});

describe('sync status', () => {
  it('connected: names the endpoint, nothing waiting, last delivery and receipt', () => {
    const view = popup(SUPERVISED);
    expect(view.text('#sync-status')).toContain('Connected to supervision.firm.example');
    expect(view.text('#sync-queued')).toBe('nothing');
    expect(view.text('#sync-delivery')).toBe('2 minutes ago');
    expect(view.text('#sync-receipt')).toBe('records 1–41, 1 minute ago');
    expect(view.text('#sync-error')).toBe('');
  });

  it('one record covered by the receipt reads as one', () => {
    const view = popup({ ...SUPERVISED, sync: { ...CONNECTED, lastReceipt: { ackedThroughSeq: 1, serverTime: '2026-11-12T14:59:59Z' } } });
    expect(view.text('#sync-receipt')).toBe('record 1, just now');
  });

  it('offline: the queue, its oldest record and the last problem', () => {
    const view = popup({ ...SUPERVISED, sync: OFFLINE });
    expect(view.text('#sync-status')).toContain('Offline: records wait on this computer');
    expect(view.text('#sync-queued')).toBe('12,500 records, oldest 3 hours ago');
    expect(view.text('#sync-error')).toBe('Last problem: network error: connection refused');
  });

  it('not configured: says so plainly, and still counts what waits', () => {
    const view = popup({ ...SUPERVISED, sync: NOT_CONFIGURED });
    expect(view.text('#sync-status')).toContain('Not connected to a supervision endpoint');
    expect(view.text('#sync-queued')).toBe('3 records, oldest 30 minutes ago');
    expect(view.text('#sync-delivery')).toBe('not applicable');
    expect(view.text('#sync-receipt')).toBe('not applicable');
  });

  it('announces the sync line politely to screen readers', () => {
    expect(popup(SUPERVISED).root.querySelector('#sync-status')?.getAttribute('aria-live')).toBe('polite');
  });
});

describe('today and policy', () => {
  it('zero blocked, policy from the endpoint', () => {
    const view = popup(SUPERVISED);
    expect(view.text('#today-blocked')).toBe('nothing blocked');
    expect(view.text('#policy-version')).toBe('endpoint:7');
    expect(view.text('#policy-source')).toBe('supervision endpoint');
  });

  it('many blocked, policy set by the organisation', () => {
    const view = popup(UNAPPROVED);
    expect(view.text('#today-blocked')).toBe('14 pastes or uploads');
    expect(view.text('#policy-source')).toBe('your organisation');
  });

  it('one blocked', () => {
    expect(popup({ ...UNAPPROVED, today: { blocked: 1 } }).text('#today-blocked')).toBe('1 paste or upload');
  });
});

describe('layout before data arrives', () => {
  it.each([SUPERVISED, APPROVED, UNAPPROVED, NOT_WEB, { ...SUPERVISED, sync: OFFLINE }, { ...SUPERVISED, sync: NOT_CONFIGURED }])(
    'has the same element tree while loading as with data ($tab.status, sync $sync.state)',
    (status) => {
      const loading = structureOf(popup(undefined).root);
      rendered?.unmount();
      expect(structureOf(popup(status).root)).toBe(loading);
    },
  );

  it('marks itself busy while loading, and shows placeholder words, not blanks', () => {
    const view = popup(undefined);
    expect(view.root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(view.text('#tab-status')).toBe('Checking…');
    expect(view.text('#sync-status')).toBe('Checking…');
  });
});

describe('keyboard and headings', () => {
  it('has one h1, a heading per section and a real button to the options page', () => {
    let opened = 0;
    rendered = renderInto(<Popup status={SUPERVISED} now={NOW} onOpenOptions={() => (opened += 1)} />);
    expect(rendered.root.querySelectorAll('h1')).toHaveLength(1);
    expect(Array.from(rendered.root.querySelectorAll('section'), (section) => section.getAttribute('aria-labelledby'))).toEqual(['tab-heading', 'sync-heading', 'today-heading']);
    const button = rendered.root.querySelector<HTMLButtonElement>('button#open-options');
    expect(button?.type).toBe('button');
    button?.click();
    expect(opened).toBe(1);
  });

  it('never conveys a status by its symbol alone: the symbol is hidden from screen readers, the words remain', () => {
    const view = popup(UNAPPROVED);
    for (const symbol of view.root.querySelectorAll('.symbol')) expect(symbol.getAttribute('aria-hidden')).toBe('true');
    expect(view.text('#tab-status .status-title')).toBe('Not an approved site');
  });
});
