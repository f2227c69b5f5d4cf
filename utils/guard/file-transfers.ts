/**
 * Chosen and dropped files with text content (CSV, TSV, TXT). Their text can only be read asynchronously,
 * so the guard holds the event, reads, decides, and lets a clean file through by re-dispatching:
 * - file input: the `input` and `change` events are stopped and the input cleared while the file is read;
 *   when clean, the same File objects are put back (`input.files = DataTransfer.files`) and `input` +
 *   `change` are dispatched again; when blocked the input stays empty.
 * - dropped file: the drop is cancelled; when clean, a synthetic `drop` with a DataTransfer holding the
 *   same files and strings is dispatched at the same target and point.
 * What this cannot cover (README, limits): re-dispatched events have `isTrusted === false`, so pages that
 * require trusted events ignore them; a page can read `input.files` only after the check (a form submitted
 * within those milliseconds sends no file); files read through `showOpenFilePicker()`/File System Access,
 * pasted files, uploads made by script (XHR/fetch/WebSocket) without any input or drop, non-text formats
 * (XLSX, PDF, images) and a `change` event of a file input inside a shadow root (not composed) are not held.
 */
import type { GuardEvent } from '../messages';
import { judgeDestination } from '../policy/destination';
import type { GuardContext } from './context';
import { noticeStopped, recordAllowed } from './enforce';
import { frameUrlsOf, type FrameUrls } from './frame-urls';
import { inspect } from './inspect';
import { showNotice } from './notice/notice';
import { noticeDocumentFor } from './notice/notice-document';
import { dispatchAsGuard, guardDispatched } from './redispatched';
import { deepTarget, isFileInput } from './target';
import { readTransferText } from './transfer-text';

const TEXT_FILE_NAME = /\.(csv|tsv|tab|txt|text)$/i;
const TEXT_FILE_TYPES = new Set(['text/csv', 'text/plain', 'text/tab-separated-values', 'application/csv']);

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

export function isTextFile(file: File): boolean {
  return TEXT_FILE_TYPES.has(file.type) || TEXT_FILE_NAME.test(file.name);
}

interface Held {
  surface: GuardEvent['surface'];
  files: File[];
  /** Text that travelled with the files (a drop can carry both). */
  extraText: string;
  urls: FrameUrls;
  trusted: boolean;
  /** Lets the transfer through (re-dispatch). */
  proceed(): void;
}

async function settle(context: GuardContext, held: Held): Promise<void> {
  const policy = context.policy();
  const textFiles = held.files.filter(isTextFile);
  const fileName = textFiles.map((file) => file.name).join(', ');
  const oversize = textFiles.find((file) => file.size > policy.maxFileBytes);
  if (oversize) {
    // Too large to read here: fail closed where customer data is not allowed (DESIGN.md decision 2).
    const destination = judgeDestination(held.urls.frameUrl, held.urls.topUrl, policy);
    if (destination.status === 'unapproved') {
      if (held.trusted) {
        showNotice(noticeDocumentFor(context.win), {
          found: `${oversize.name} is larger than the ${formatBytes(policy.maxFileBytes)} the guard can check`,
          why: `${destination.host} is not approved for customer data.`,
          contact: policy.noticeContact,
        });
      }
      return;
    }
    held.proceed();
    return;
  }
  const texts = await Promise.all(textFiles.map((file) => file.text()));
  const inspection = inspect([held.extraText, ...texts].filter(Boolean).join('\n'), held.urls, context.policy());
  const transfer = { surface: held.surface, inspection, trusted: held.trusted, fileName };
  const { action } = inspection.decision;
  if (action === 'allow' || action === 'audit') {
    held.proceed();
    recordAllowed(context, transfer);
    return;
  }
  noticeStopped(context, transfer, held.proceed);
}

/** `input`/`change` on a file input: hold text files until they are checked. */
export function createFileInputHandler(context: GuardContext): (event: Event) => void {
  const checking = new WeakSet<HTMLInputElement>();
  return (event) => {
    if (guardDispatched.has(event)) return;
    const input = deepTarget(event, context.openShadowRoot);
    if (!isFileInput(input)) return;
    // `input` then `change` fire in one task after a choice (HTML "update the file selection"): hold both.
    if (checking.has(input)) {
      event.stopImmediatePropagation();
      return;
    }
    const files = Array.from(input.files ?? []);
    if (!files.some(isTextFile)) return;
    event.stopImmediatePropagation();
    checking.add(input);
    input.value = ''; // the page sees no file while it is being checked
    const proceed = () => {
      const selection = new DataTransfer();
      for (const file of files) selection.items.add(file);
      input.files = selection.files;
      dispatchAsGuard(input, new Event('input', { bubbles: true, composed: true }));
      dispatchAsGuard(input, new Event('change', { bubbles: true }));
    };
    const held = { surface: 'upload' as const, files, extraText: '', urls: frameUrlsOf(context.win), trusted: event.isTrusted, proceed };
    void settle(context, held)
      .catch(() => undefined) // unreadable file: it stays out (fail closed)
      // `change` follows `input` in the same task: release only after that task, or a quick verdict
      // (an oversize file) would let the page see the trailing `change` of an emptied input.
      .finally(() => context.win.setTimeout(() => checking.delete(input), 0));
  };
}

/** A drop carrying text files: cancel it now, re-dispatch it when the files are clean. */
export function holdDroppedFiles(context: GuardContext, event: DragEvent, data: DataTransfer, files: File[]): void {
  event.preventDefault();
  event.stopImmediatePropagation();
  // The drop's DataTransfer is unreadable once the event is over (HTML drag data store "protected mode").
  const strings = data.types.filter((type) => type !== 'Files').map((type) => [type, data.getData(type)] as const);
  const target = event.composedPath()[0] ?? event.target ?? context.win.document;
  const { clientX, clientY, screenX, screenY, altKey, ctrlKey, metaKey, shiftKey } = event;
  const proceed = () => {
    const transfer = new DataTransfer();
    for (const [type, value] of strings) transfer.setData(type, value);
    for (const file of files) transfer.items.add(file);
    const init = { clientX, clientY, screenX, screenY, altKey, ctrlKey, metaKey, shiftKey };
    dispatchAsGuard(target, new DragEvent('drop', { ...init, bubbles: true, cancelable: true, composed: true, dataTransfer: transfer }));
  };
  const extraText = readTransferText(data).text;
  void settle(context, { surface: 'drop', files, extraText, urls: frameUrlsOf(context.win), trusted: event.isTrusted, proceed }).catch(
    () => undefined,
  );
}
