// @vitest-environment happy-dom
/**
 * The synchronous paths, with events a script makes (isTrusted false, as in happy-dom): they are stopped
 * when they carry PII to an unapproved site but never noticed or recorded. Real, trusted events are
 * proven in Chromium (test/e2e/).
 */
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_POLICY } from '../../../utils/policy/default-policy';
import type { Policy } from '../../../utils/policy/schema';
import type { GuardContext } from '../../../utils/guard/context';
import { NOTICE_TAG } from '../../../utils/guard/notice/notice';
import { createTextTransferHandlers } from '../../../utils/guard/text-transfers';

const PII = 'Customer Jane Roe, SSN 536-22-8194';

function setup(policy: Policy = DEFAULT_POLICY) {
  const report = vi.fn();
  const context: GuardContext = { win: window, policy: () => policy, report, openShadowRoot: () => null };
  return { handlers: createTextTransferHandlers(context), report };
}

function beforeInput(inputType: string, data: string): InputEvent {
  return new InputEvent('beforeinput', { inputType, data, cancelable: true, bubbles: true });
}

describe('text transfers', () => {
  it('stops a beforeinput paste carrying PII (the fallback when the paste event was not seen)', () => {
    const { handlers, report } = setup();
    const event = beforeInput('insertFromPaste', PII);
    handlers.beforeinput(event);
    expect(event.defaultPrevented).toBe(true);
    expect(report).not.toHaveBeenCalled();
    expect(document.querySelector(NOTICE_TAG)).toBeNull();
  });

  it.each(['insertText', 'insertReplacementText', 'deleteContentBackward'])('ignores typing (%s)', (inputType) => {
    const { handlers } = setup();
    const event = beforeInput(inputType, PII);
    handlers.beforeinput(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('lets clean pasted text through', () => {
    const { handlers } = setup();
    const event = beforeInput('insertFromDrop', 'Call moved to 3pm.');
    handlers.beforeinput(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('fails closed when judging throws (here: a broken policy), even for clean text', () => {
    const { handlers } = setup({ ...DEFAULT_POLICY, approvedSites: null } as unknown as Policy);
    const event = beforeInput('insertFromPaste', 'Call moved to 3pm.');
    handlers.beforeinput(event);
    expect(event.defaultPrevented).toBe(true);
  });
});
