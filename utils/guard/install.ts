/**
 * Hooks the guard into one window: capture-phase listeners on the window, so they run before any page
 * listener registered later at document_start, and see composed events from inside shadow roots.
 */
import type { GuardContext } from './context';
import { createFileInputHandler } from './file-transfers';
import { watchChildFrames } from './child-frames';
import { createTextTransferHandlers } from './text-transfers';

/**
 * Answered by a hooked window. `document.open()` erases every listener of the document and its window
 * (HTML "document open steps"), the probe's too, so an unanswered probe means the window needs hooking.
 */
export const HOOK_PROBE_EVENT = 'channel-guard-hook-probe';

export function isHooked(win: Window): boolean {
  const probe = new Event(HOOK_PROBE_EVENT, { cancelable: true });
  win.dispatchEvent(probe);
  return probe.defaultPrevented;
}

export function installGuard(context: GuardContext): void {
  const { win } = context;
  if (isHooked(win)) return;
  const options = { capture: true };
  const text = createTextTransferHandlers(context);
  const fileInput = createFileInputHandler(context);
  win.addEventListener(HOOK_PROBE_EVENT, (event) => event.preventDefault(), options);
  win.addEventListener('paste', text.paste, options);
  win.addEventListener('drop', text.drop, options);
  win.addEventListener('beforeinput', text.beforeinput, options);
  win.addEventListener('input', fileInput, options);
  win.addEventListener('change', fileInput, options);
  watchChildFrames(win, (child) => installGuard({ ...context, win: child }));
}
