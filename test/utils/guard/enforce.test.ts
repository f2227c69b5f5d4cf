// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GuardContext } from '../../../utils/guard/context';
import { noticeStopped, recordAllowed, type Transfer } from '../../../utils/guard/enforce';
import { inspect } from '../../../utils/guard/inspect';
import { NOTICE_TAG } from '../../../utils/guard/notice/notice';
import { DEFAULT_POLICY } from '../../../utils/policy/default-policy';
import type { Policy } from '../../../utils/policy/schema';

const PII = 'Customer Jane Roe, SSN 536-22-8194';
const UNAPPROVED = { frameUrl: 'https://mail.personal.test/' };

let roots: ShadowRoot[];
beforeEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  roots = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
});

function setup(policy: Policy, trusted = true) {
  const report = vi.fn();
  const context: GuardContext = { win: window, policy: () => policy, report, openShadowRoot: () => null };
  const transfer: Transfer = { surface: 'paste', inspection: inspect(PII, UNAPPROVED, policy), trusted };
  return { context, transfer, report };
}

describe('recordAllowed', () => {
  it('records an audited transfer as audited', () => {
    const { context, transfer, report } = setup({ ...DEFAULT_POLICY, unapprovedAction: 'audit' });
    recordAllowed(context, transfer);
    expect(report).toHaveBeenCalledWith(expect.objectContaining({ outcome: 'audited', surface: 'paste' }));
  });

  it('security: records nothing for a page-made event', () => {
    const { context, transfer, report } = setup({ ...DEFAULT_POLICY, unapprovedAction: 'audit' }, false);
    recordAllowed(context, transfer);
    expect(report).not.toHaveBeenCalled();
  });
});

describe('noticeStopped', () => {
  it('a block is recorded and noticed, and nothing can proceed', () => {
    const { context, transfer, report } = setup(DEFAULT_POLICY);
    const proceed = vi.fn();
    noticeStopped(context, transfer, proceed);
    expect(report).toHaveBeenCalledWith(expect.objectContaining({ outcome: 'blocked' }));
    expect(document.querySelectorAll(NOTICE_TAG)).toHaveLength(1);
    expect(roots.at(-1)?.querySelector('textarea')).toBeNull();
    expect(proceed).not.toHaveBeenCalled();
  });

  it('a warn confirmed with a reason proceeds and records the override with the justification', () => {
    const { context, transfer, report } = setup({ ...DEFAULT_POLICY, unapprovedAction: 'warn' });
    const proceed = vi.fn();
    noticeStopped(context, transfer, proceed);
    expect(report).toHaveBeenLastCalledWith(expect.objectContaining({ outcome: 'warned' }));
    const reason = roots.at(-1)?.querySelector('textarea') as HTMLTextAreaElement;
    reason.value = 'customer asked';
    (roots.at(-1)?.querySelector('button.primary') as HTMLButtonElement).click();
    expect(proceed).toHaveBeenCalledOnce();
    expect(report).toHaveBeenLastCalledWith(expect.objectContaining({ outcome: 'overridden', justification: 'customer asked' }));
  });

  it('security: a page-made event gets no notice, no record and no way to proceed', () => {
    const { context, transfer, report } = setup({ ...DEFAULT_POLICY, unapprovedAction: 'warn' }, false);
    noticeStopped(context, transfer, vi.fn());
    expect(report).not.toHaveBeenCalled();
    expect(document.querySelector(NOTICE_TAG)).toBeNull();
  });
});
