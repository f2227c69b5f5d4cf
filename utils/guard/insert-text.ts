/**
 * Puts text where a warned paste or drop was going, once the broker gave a reason.
 * - Text controls: `execCommand('insertText')` keeps the browser's undo stack (Chromium still supports it
 *   on input/textarea); `setRangeText` + an `input` event is the fallback.
 * - Editing hosts: a synthetic `paste` carrying the original DataTransfer flavours. ProseMirror/TipTap and
 *   Quill read `clipboardData` from any paste event and insert through their own transactions, so their
 *   undo history and formatting work; if nobody handles it (a bare contenteditable does not act on
 *   untrusted paste events), `execCommand('insertText')` inserts and keeps native undo.
 */
import { dispatchAsGuard } from './redispatched';
import type { Caret } from './target';

export interface Payload {
  plain: string;
  html: string;
}

export function insertText(caret: Caret, payload: Payload): boolean {
  const text = payload.plain;
  if (caret.kind === 'control') {
    const { element, start, end } = caret;
    if (!element.isConnected) return false;
    element.focus();
    element.setSelectionRange(start, end);
    if (element.ownerDocument.execCommand('insertText', false, text)) return true;
    element.setRangeText(text, start, end, 'end');
    element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
    return true;
  }
  if (caret.kind !== 'editable' || !caret.element.isConnected) return false;
  const { element, range } = caret;
  const doc = element.ownerDocument;
  element.focus();
  if (range) {
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  const data = new DataTransfer();
  data.setData('text/plain', text);
  if (payload.html) data.setData('text/html', payload.html);
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  const target = range ? (range.startContainer.parentElement ?? element) : element;
  if (!dispatchAsGuard(target, paste)) return true;
  return doc.execCommand('insertText', false, text);
}
