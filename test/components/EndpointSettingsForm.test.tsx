// @vitest-environment happy-dom
/** Endpoint settings: forced values are read-only and never sent; errors are inline and announced. */
import { afterEach, describe, expect, it } from 'vitest';
import { EndpointSettingsForm, type EndpointSettings, type EndpointSettingsChanges } from '../../components/EndpointSettingsForm';
import { renderInto, type Rendered } from './render';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

const UNMANAGED: EndpointSettings = { endpointUrl: { value: null, forced: false }, enrollmentToken: { set: false, forced: false } };
const URL_FORCED: EndpointSettings = { endpointUrl: { value: 'https://supervision.firm.example', forced: true }, enrollmentToken: { set: false, forced: false } };
const ALL_FORCED: EndpointSettings = { endpointUrl: { value: 'https://supervision.firm.example', forced: true }, enrollmentToken: { set: true, forced: true } };

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const input = (id: string) => rendered!.root.querySelector<HTMLInputElement>(`#${id}`)!;

function type(id: string, value: string): void {
  input(id).value = value;
  input(id).dispatchEvent(new Event('input', { bubbles: true }));
}

function form(settings: EndpointSettings | undefined, answer: string | undefined = undefined): EndpointSettingsChanges[] {
  const sent: EndpointSettingsChanges[] = [];
  rendered = renderInto(<EndpointSettingsForm settings={settings} onSave={async (changes) => (sent.push(changes), answer)} />);
  return sent;
}

describe('EndpointSettingsForm', () => {
  it('sends the address and token a person typed, then says it is connecting', async () => {
    const sent = form(UNMANAGED);
    await flush();
    type('endpoint-url', ' http://127.0.0.1:8787 ');
    type('enrollment-token', 'cgenroll_abc');
    rendered!.root.querySelector<HTMLButtonElement>('#save-settings')!.click();
    await flush();
    expect(sent).toEqual([{ endpointUrl: 'http://127.0.0.1:8787', enrollmentToken: 'cgenroll_abc' }]);
    expect(rendered!.text('#settings-saved')).toContain('connecting');
    expect(input('enrollment-token').value).toBe('');
  });

  it('security: a forced address is shown read-only, marked as set by the organisation, and never sent', async () => {
    const sent = form(URL_FORCED);
    await flush();
    expect(input('endpoint-url').value).toBe('https://supervision.firm.example');
    expect(input('endpoint-url').readOnly).toBe(true);
    expect(input('endpoint-url').getAttribute('aria-describedby')).toBe('endpoint-url-note');
    expect(rendered!.text('#endpoint-url-note')).toBe('Set by your organisation. It cannot be changed here.');
    expect(input('enrollment-token').readOnly).toBe(false);
    type('enrollment-token', 'cgenroll_abc');
    rendered!.root.querySelector<HTMLButtonElement>('#save-settings')!.click();
    await flush();
    expect(sent).toEqual([{ enrollmentToken: 'cgenroll_abc' }]);
  });

  it('offers no save button when the organisation forces everything', async () => {
    form(ALL_FORCED);
    await flush();
    expect(input('endpoint-url').readOnly).toBe(true);
    expect(input('enrollment-token').readOnly).toBe(true);
    expect(rendered!.root.querySelector('#save-settings')).toBeNull();
    expect(rendered!.root.querySelectorAll('.forced')).toHaveLength(2);
  });

  it('shows the worker’s error inline, in an alert, and ties it to the fields', async () => {
    form(UNMANAGED, 'endpointUrl: must be an https:// address (or http on this computer)');
    await flush();
    type('endpoint-url', 'ftp://nope');
    rendered!.root.querySelector<HTMLButtonElement>('#save-settings')!.click();
    await flush();
    expect(rendered!.root.querySelector('#settings-error')?.getAttribute('role')).toBe('alert');
    expect(rendered!.text('#settings-error')).toBe('Not saved: endpointUrl: must be an https:// address (or http on this computer)');
    expect(input('endpoint-url').getAttribute('aria-invalid')).toBe('true');
    expect(input('endpoint-url').getAttribute('aria-describedby')).toBe('settings-error');
    expect(rendered!.text('#settings-saved')).toBe('');
  });

  it('every field has a label', async () => {
    form(UNMANAGED);
    for (const field of rendered!.root.querySelectorAll('input')) {
      expect(rendered!.root.querySelector(`label[for="${field.id}"]`)?.textContent).toMatch(/\S/);
    }
  });
});
