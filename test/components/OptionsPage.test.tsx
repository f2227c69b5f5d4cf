// @vitest-environment happy-dom
/** The options page as a whole: its three parts in reading order, and a settings failure said out loud. */
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsPage, type OptionsPageProps } from '../../components/OptionsPage';
import { BLOCKED_SSN } from './records.fixtures';
import { renderInto, type Rendered } from './render';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

const PROPS: OptionsPageProps = {
  settings: { endpointUrl: { value: 'http://127.0.0.1:8787', forced: false }, enrollmentToken: { set: true, forced: false }, monitoringNotice: { acknowledgedAt: null } },
  records: [BLOCKED_SSN],
  ackedThroughSeq: 42,
  onAcknowledge: async () => undefined,
  onSave: async () => undefined,
};

describe('OptionsPage', () => {
  it('reads as: the notice, what is recorded about you, then the endpoint settings', () => {
    rendered = renderInto(<OptionsPage {...PROPS} />);
    expect(Array.from(rendered.root.querySelectorAll('h1, h2'), (heading) => heading.textContent)).toEqual([
      'Channel Guard',
      'Monitoring notice',
      'What is recorded about you',
      'Supervision endpoint',
    ]);
    expect(rendered.text('tbody')).toContain('delivered');
    expect(rendered.root.querySelector('#settings-load-error')).toBeNull();
  });

  it('announces settings that could not be read', () => {
    rendered = renderInto(<OptionsPage {...PROPS} settings={undefined} settingsError="the extension is restarting" />);
    const alert = rendered.root.querySelector('#settings-load-error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('the extension is restarting');
  });
});
