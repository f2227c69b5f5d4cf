/** What every guard handler needs, passed in so the handlers can be hooked into any same-origin window. */
import type { GuardEvent } from '../messages';
import type { Policy } from '../policy/schema';
import type { OpenShadowRoot } from './target';

export interface GuardContext {
  /** The window whose events these handlers guard (the content script's own, or a re-hooked child). */
  win: Window;
  policy(): Policy;
  report(event: GuardEvent): void;
  openShadowRoot: OpenShadowRoot;
}
