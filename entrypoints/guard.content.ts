/**
 * The guard (issue #2 §3): in every frame — about:blank and srcdoc ones included — from document_start,
 * so its capture listeners run before the page's. Wiring only; the behaviour lives in utils/guard/.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installGuard } from '@/utils/guard/install';
import { startPolicyState } from '@/utils/guard/policy-state';
import { reportGuardEvent } from '@/utils/guard/report';
import { openOrClosedShadowRoot } from '@/utils/guard/shadow-roots';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_start',
  main() {
    const policy = startPolicyState();
    installGuard({ win: window, policy: policy.current, report: reportGuardEvent, openShadowRoot: openOrClosedShadowRoot });
  },
});
