/**
 * Where a paste or drop was going, and how to put text back there later (warn → reason → insert).
 * Events reach the window retargeted to shadow hosts; `composedPath()[0]` is the real target for open
 * shadow roots, and for closed ones (which composedPath hides from window listeners) we follow the
 * focused element through `openShadowRoot`, the content-script-only chrome.dom.openOrClosedShadowRoot.
 */

export type OpenShadowRoot = (element: Element) => ShadowRoot | null;

export type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** Where the text was headed: a text control with its selection, or an editing host with a range. */
export type Caret =
  | { kind: 'control'; element: TextControl; start: number; end: number }
  | { kind: 'editable'; element: HTMLElement; range: Range | null }
  | { kind: 'other'; element: Element | null };

/*
 * No `instanceof` here: a parent frame's guard handles events of the same-origin child windows it hooked
 * (see child-frames.ts), and their nodes belong to the child's realm, so `node instanceof HTMLElement`
 * is false for them. Node types and local names hold in every realm.
 */
export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === Node.ELEMENT_NODE;
}

export function isHtmlElement(node: unknown): node is HTMLElement {
  return isElement(node) && 'isContentEditable' in node;
}

export function isTextControl(node: unknown): node is TextControl {
  if (!isElement(node)) return false;
  if (node.localName === 'textarea') return true;
  return node.localName === 'input' && /^(text|search|url|tel|email|password|)$/.test((node as HTMLInputElement).type);
}

export function isFileInput(node: unknown): node is HTMLInputElement {
  return isElement(node) && node.localName === 'input' && (node as HTMLInputElement).type === 'file';
}

function shadowHostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root ? (root as ShadowRoot).host : null;
}

/** The innermost element the event was aimed at, through open and closed shadow roots. */
export function deepTarget(event: Event, openShadowRoot: OpenShadowRoot): Element | null {
  const first = event.composedPath()[0];
  let element = isElement(first) ? first : typeof first === 'object' && first !== null && 'parentElement' in first ? (first as Node).parentElement : null;
  // A closed shadow host: the path stops at it; the focused element inside is where input goes.
  for (let depth = 0; element && depth < 20; depth++) {
    const root = element.shadowRoot ?? openShadowRoot(element);
    const inner = root?.activeElement;
    if (!inner || root?.mode === 'open') break;
    element = inner;
  }
  return element;
}

function editingHostOf(element: Element | null): HTMLElement | null {
  let node: Element | null = element;
  while (node && !(isHtmlElement(node) && node.isContentEditable && !node.parentElement?.isContentEditable)) {
    node = node.parentElement ?? shadowHostOf(node);
  }
  return isHtmlElement(node) ? node : null;
}

/** Remembers where text would have gone; `point` is the drop position for drops. */
export function caretOf(element: Element | null, point?: { x: number; y: number }): Caret {
  if (isTextControl(element)) {
    return { kind: 'control', element, start: element.selectionStart ?? 0, end: element.selectionEnd ?? 0 };
  }
  const host = editingHostOf(element);
  if (!host) return { kind: 'other', element };
  const doc = host.ownerDocument;
  let range: Range | null = null;
  if (point) range = doc.caretRangeFromPoint(point.x, point.y);
  else {
    const selection = doc.getSelection();
    if (selection && selection.rangeCount > 0) range = selection.getRangeAt(0).cloneRange();
  }
  return { kind: 'editable', element: host, range };
}
