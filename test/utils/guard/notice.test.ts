// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_TAG, showNotice } from '../../../utils/guard/notice/notice';

const CONTENT = { found: 'SSN ***-**-8194, card ending 6467', why: 'mail.personal.test is not approved for customer data.', contact: 'the compliance desk' };

/** The closed root, as the notice created it (pages get null from host.shadowRoot). */
let roots: ShadowRoot[];
beforeEach(() => {
  roots = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  document.body.innerHTML = '<textarea id="field"></textarea>';
});
afterEach(() => vi.restoreAllMocks());

const box = () => roots.at(-1)?.querySelector('div') ?? null;
const hosts = () => document.querySelectorAll(NOTICE_TAG);

describe('showNotice', () => {
  it('a block is an alert, labelled and described, in a closed shadow root, and leaves focus alone', () => {
    const field = document.getElementById('field') as HTMLTextAreaElement;
    field.focus();
    showNotice(document, CONTENT);
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]?.shadowRoot).toBeNull();
    expect(box()?.getAttribute('role')).toBe('alert');
    const root = roots.at(-1);
    expect(root?.getElementById(box()?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Customer data blocked');
    expect(root?.getElementById(box()?.getAttribute('aria-describedby') ?? '')?.textContent).toContain('SSN ***-**-8194, card ending 6467');
    expect(document.activeElement).toBe(field);
  });

  it('Dismiss removes it; a second notice replaces the first', () => {
    showNotice(document, CONTENT);
    showNotice(document, CONTENT);
    expect(hosts()).toHaveLength(1);
    (box()?.querySelector('button') as HTMLButtonElement).click();
    expect(hosts()).toHaveLength(0);
  });

  it('a warn is an alertdialog that takes focus, refuses an empty reason and confirms a trimmed one', () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    showNotice(document, CONTENT, { onConfirm, onCancel });
    expect(box()?.getAttribute('role')).toBe('alertdialog');
    const reason = roots.at(-1)?.querySelector('textarea') as HTMLTextAreaElement;
    expect(roots.at(-1)?.activeElement).toBe(reason);
    const [, send] = Array.from(box()?.querySelectorAll('button') ?? []);
    send?.click();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    reason.value = '  customer asked  ';
    send?.click();
    expect(onConfirm).toHaveBeenCalledWith('customer asked');
    expect(onCancel).not.toHaveBeenCalled();
    expect(hosts()).toHaveLength(0);
  });

  it('Escape cancels a warn and gives focus back to where it was', () => {
    const field = document.getElementById('field') as HTMLTextAreaElement;
    field.focus();
    const onCancel = vi.fn();
    showNotice(document, CONTENT, { onConfirm: vi.fn(), onCancel });
    box()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(hosts()).toHaveLength(0);
    expect(document.activeElement).toBe(field);
  });

  it('pins its host with inline !important declarations that page rules cannot outrank', () => {
    showNotice(document, CONTENT);
    const host = hosts()[0] as HTMLElement;
    expect(host.style.getPropertyPriority('display')).toBe('important');
    expect(host.style.getPropertyValue('position')).toBe('fixed');
  });
});
