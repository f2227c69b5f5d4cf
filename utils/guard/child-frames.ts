/**
 * Re-hooks same-origin child frames whose listeners were wiped. An iframe editor that rewrites itself with
 * `document.open()` keeps its window but loses every listener, and the content script is not injected
 * again (TOOLCHAIN.md "Paste, drop and frames"). The parent checks its same-origin children when they are
 * added, when they load (document.open + close fires `load`) and when focus moves into one (the parent
 * window blurs), and hooks any child whose probe goes unanswered. Cross-origin children are guarded by
 * their own content script; one that wipes itself with document.open() is not covered (README, limits).
 */

type Hook = (child: Window) => void;

function sameOriginWindow(frame: HTMLIFrameElement | HTMLFrameElement): Window | null {
  try {
    const child = frame.contentWindow;
    // Reading the document throws for a cross-origin frame.
    return child && child.document ? child : null;
  } catch {
    return null;
  }
}

const watched = new WeakSet<Element>();

function watchFrame(frame: HTMLIFrameElement | HTMLFrameElement, hook: Hook): void {
  const check = () => {
    const child = sameOriginWindow(frame);
    if (child) hook(child);
  };
  check();
  if (watched.has(frame)) return;
  watched.add(frame);
  frame.addEventListener('load', check);
}

function isFrame(node: Node): node is HTMLIFrameElement | HTMLFrameElement {
  // By name, not instanceof: hooked child windows are other realms (see target.ts).
  return node.nodeType === Node.ELEMENT_NODE && ((node as Element).localName === 'iframe' || (node as Element).localName === 'frame');
}

export function watchChildFrames(win: Window, hook: Hook): void {
  const doc = win.document;
  const scan = (root: ParentNode) => {
    for (const frame of root.querySelectorAll('iframe, frame')) {
      if (isFrame(frame)) watchFrame(frame, hook);
    }
  };
  scan(doc);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (isFrame(node)) watchFrame(node, hook);
        else if (node.nodeType === Node.ELEMENT_NODE && (node as Element).firstElementChild) scan(node as Element);
      }
    }
  }).observe(doc, { childList: true, subtree: true });
  win.addEventListener(
    'blur',
    () => {
      const active = doc.activeElement;
      if (active && isFrame(active)) watchFrame(active, hook);
    },
    true,
  );
}
