/**
 * Paste, text drop and the `beforeinput` fallback: decided synchronously inside the handler, because
 * `preventDefault()` only works there (DESIGN.md decision 1) — nothing in this path awaits.
 */
import type { GuardEvent } from '../messages';
import type { GuardContext } from './context';
import { noticeStopped, recordAllowed } from './enforce';
import { holdDroppedFiles, isTextFile } from './file-transfers';
import { frameUrlsOf } from './frame-urls';
import { insertText } from './insert-text';
import { showNotice } from './notice/notice';
import { noticeDocumentFor } from './notice/notice-document';
import { inspect, type Inspection } from './inspect';
import { guardDispatched } from './redispatched';
import { caretOf, deepTarget, isFileInput, type Caret } from './target';
import { readTransferText, type TransferText } from './transfer-text';

/** beforeinput types that carry pasted or dropped content (Input Events Level 2). */
const INSERT_FROM_TRANSFER = new Set(['insertFromPaste', 'insertFromPasteAsQuotation', 'insertFromDrop']);

export interface TextTransferHandlers {
  paste(event: ClipboardEvent): void;
  drop(event: DragEvent): void;
  beforeinput(event: InputEvent): void;
}

export function createTextTransferHandlers(context: GuardContext): TextTransferHandlers {
  // The text a paste or drop handler just let through: its own beforeinput (same task) is not judged twice.
  let justAllowed: TransferText | undefined;

  function judge(event: Event, surface: GuardEvent['surface'], transfer: TransferText, caretAt: () => Caret): void {
    let inspection: Inspection;
    try {
      inspection = inspect(transfer.text, frameUrlsOf(context.win), context.policy());
    } catch {
      // A fault in classifying or judging must not let the text through unchecked (fail closed).
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.isTrusted) {
        showNotice(noticeDocumentFor(context.win), {
          found: 'this content could not be checked',
          why: 'Channel Guard stopped it to be safe.',
          contact: context.policy().noticeContact,
        });
      }
      return;
    }
    const { action } = inspection.decision;
    if (action === 'allow' || action === 'audit') {
      recordAllowed(context, { surface, inspection, trusted: event.isTrusted });
      justAllowed = transfer;
      context.win.setTimeout(() => (justAllowed = undefined), 0);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    const caret = action === 'warn' ? caretAt() : undefined;
    noticeStopped(context, { surface, inspection, trusted: event.isTrusted }, () => {
      if (caret) insertText(caret, transfer);
    });
  }

  return {
    paste(event) {
      if (guardDispatched.has(event)) return;
      const transfer = readTransferText(event.clipboardData);
      if (!transfer.text) return;
      judge(event, 'paste', transfer, () => caretOf(deepTarget(event, context.openShadowRoot)));
    },
    drop(event) {
      if (guardDispatched.has(event) || !event.dataTransfer) return;
      const target = deepTarget(event, context.openShadowRoot);
      const files = Array.from(event.dataTransfer.files);
      // A file dropped on a file input becomes its selection: the input/change handler checks it there.
      if (files.some(isTextFile) && !isFileInput(target)) {
        holdDroppedFiles(context, event, event.dataTransfer, files);
        return;
      }
      const transfer = readTransferText(event.dataTransfer);
      if (!transfer.text) return;
      judge(event, 'drop', transfer, () => caretOf(target, { x: event.clientX, y: event.clientY }));
    },
    beforeinput(event) {
      if (!INSERT_FROM_TRANSFER.has(event.inputType) || guardDispatched.has(event)) return;
      const transfer = event.dataTransfer
        ? readTransferText(event.dataTransfer)
        : { plain: event.data ?? '', html: '', text: event.data ?? '' };
      if (!transfer.text || (justAllowed && (transfer.text === justAllowed.text || transfer.plain === justAllowed.plain))) return;
      const surface = event.inputType === 'insertFromDrop' ? 'drop' : 'paste';
      judge(event, surface, transfer, () => caretOf(deepTarget(event, context.openShadowRoot)));
    },
  };
}
