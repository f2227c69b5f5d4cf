/**
 * The in-page notice (issue #2 §3). Plain DOM rather than Preact: it runs in every frame and a dialog of
 * a few nodes does not earn a renderer in each of them. A closed shadow root keeps page scripts from
 * querying it (`host.shadowRoot` is null) and page styles out. It only ever receives masked text.
 */
import { HOST_STYLE, SHADOW_CSS } from './styles';

export interface NoticeContent {
  /** Masked findings, e.g. "SSN ***-**-6789, card ending 4471". */
  found: string;
  /** Why it was stopped, e.g. "mail.personal.test is not approved for customer data." */
  why: string;
  /** Whom to ask (policy.noticeContact). */
  contact: string;
}

export interface WarnChoice {
  onConfirm(justification: string): void;
  onCancel(): void;
}

export const NOTICE_TAG = 'channel-guard-notice';

const open = new WeakMap<Document, () => void>();

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Shows a notice in `doc`, replacing the one already there. `warn` turns it into a reason dialog. */
export function showNotice(doc: Document, content: NoticeContent, warn?: WarnChoice): () => void {
  open.get(doc)?.();
  const host = doc.createElement(NOTICE_TAG);
  for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = element(doc, 'style', SHADOW_CSS);
  const box = element(doc, 'div');
  box.className = warn ? 'box warn' : 'box';
  // A block is announced without taking focus from the editor; a warn needs an answer, so it takes focus.
  box.setAttribute('role', warn ? 'alertdialog' : 'alert');
  box.setAttribute('aria-labelledby', 'cg-title');
  box.setAttribute('aria-describedby', 'cg-description');
  const title = element(doc, 'h2', warn ? 'Customer data: confirm before pasting' : 'Customer data blocked');
  title.id = 'cg-title';
  const description = element(doc, 'div');
  description.id = 'cg-description';
  description.append(
    element(doc, 'p', `Found: ${content.found}`),
    element(doc, 'p', content.why),
    element(doc, 'p', `Questions? Ask ${content.contact}.`),
  );
  description.firstElementChild?.classList.add('found');
  box.append(title, description);
  const actions = element(doc, 'div');
  actions.className = 'actions';
  // Not `instanceof HTMLElement`: the guard of a parent frame may be showing this in another realm's document.
  const active = doc.activeElement;
  const returnFocusTo = active && 'focus' in active ? (active as HTMLElement) : null;

  let closed = false;
  const close = (restoreFocus: boolean) => {
    if (closed) return;
    closed = true;
    open.delete(doc);
    host.remove();
    if (restoreFocus) returnFocusTo?.focus();
  };

  let reason: HTMLTextAreaElement | undefined;
  if (warn) {
    const label = element(doc, 'label', 'Reason for sending it anyway (recorded for your supervisor)');
    label.htmlFor = 'cg-reason';
    reason = element(doc, 'textarea');
    reason.id = 'cg-reason';
    reason.maxLength = 1000;
    const error = element(doc, 'p', 'Type a reason first.');
    error.className = 'error';
    error.id = 'cg-error';
    error.hidden = true;
    const field = reason;
    const confirm = element(doc, 'button', 'Send anyway');
    confirm.className = 'primary';
    confirm.addEventListener('click', () => {
      const justification = field.value.trim();
      if (!justification) {
        error.hidden = false;
        field.setAttribute('aria-invalid', 'true');
        field.setAttribute('aria-describedby', 'cg-error');
        field.focus();
        return;
      }
      close(true);
      warn.onConfirm(justification);
    });
    const cancel = element(doc, 'button', 'Cancel');
    cancel.addEventListener('click', () => {
      close(true);
      warn.onCancel();
    });
    actions.append(cancel, confirm);
    box.append(label, reason, error);
  } else {
    const dismiss = element(doc, 'button', 'Dismiss');
    dismiss.addEventListener('click', () => close(false));
    actions.append(dismiss);
  }
  box.append(actions);

  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
      warn?.onCancel();
    }
  });
  // Typing a reason must not trigger the page's keyboard shortcuts (they listen on document or window).
  for (const type of ['keydown', 'keyup', 'keypress'] as const) box.addEventListener(type, (event) => event.stopPropagation());

  root.append(style, box);
  (doc.body ?? doc.documentElement).append(host);
  open.set(doc, () => close(false));
  reason?.focus();
  return () => close(false);
}
