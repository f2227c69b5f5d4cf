// @vitest-environment happy-dom
/** The §52-c notice: says what is monitored and why, and turns the button into the acknowledgment date. */
import { afterEach, describe, expect, it } from 'vitest';
import { MonitoringNotice } from '../../components/MonitoringNotice';
import { renderInto, type Rendered } from './render';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('MonitoringNotice', () => {
  it('says what is monitored: paste, drop and upload decisions, supervised messages, no clear values in block records', () => {
    rendered = renderInto(<MonitoringNotice acknowledgedAt={null} onAcknowledge={async () => undefined} />);
    const text = rendered.text();
    expect(text).toContain('paste, drop or upload');
    expect(text).toContain("kept as the firm's books and records");
    expect(text).toContain('never stored in clear in a block record');
    expect(text).toContain('§52-c');
  });

  it('asks for the acknowledgment, then shows its date instead of the button', async () => {
    let calls = 0;
    const acknowledge = async () => {
      calls += 1;
      return undefined;
    };
    rendered = renderInto(<MonitoringNotice acknowledgedAt={null} onAcknowledge={acknowledge} timeZone="UTC" />);
    rendered.root.querySelector<HTMLButtonElement>('#acknowledge-notice')!.click();
    await flush();
    expect(calls).toBe(1);
    rendered.rerender(<MonitoringNotice acknowledgedAt="2026-11-12T15:00:00Z" onAcknowledge={acknowledge} timeZone="UTC" />);
    expect(rendered.root.querySelector('#acknowledge-notice')).toBeNull();
    expect(rendered.text('#notice-state')).toBe('You acknowledged this notice on Nov 12, 2026, 3:00 PM.');
  });

  it('announces a failed acknowledgment and keeps the button', async () => {
    rendered = renderInto(<MonitoringNotice acknowledgedAt={null} onAcknowledge={async () => 'storage is full'} />);
    rendered.root.querySelector<HTMLButtonElement>('#acknowledge-notice')!.click();
    await flush();
    expect(rendered.root.querySelector('#notice-error')?.getAttribute('role')).toBe('alert');
    expect(rendered.text('#notice-error')).toContain('storage is full');
    expect(rendered.root.querySelector<HTMLButtonElement>('#acknowledge-notice')?.disabled).toBe(false);
  });

  it('cannot be acknowledged before the current state is known', () => {
    rendered = renderInto(<MonitoringNotice acknowledgedAt={undefined} onAcknowledge={async () => undefined} />);
    expect(rendered.root.querySelector<HTMLButtonElement>('#acknowledge-notice')?.disabled).toBe(true);
  });
});
