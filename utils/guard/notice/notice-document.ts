/**
 * Where a notice goes: the highest same-origin ancestor's document, so a paste into a small iframe (an
 * editor frame, a widget) gets a notice the broker can read rather than one clipped to a 90-pixel frame.
 * A cross-origin parent cannot be touched: the notice then stays in the frame itself.
 */
export function noticeDocumentFor(win: Window): Document {
  let current = win;
  while (current.parent !== current) {
    try {
      // Throws (SecurityError) for a cross-origin parent.
      void current.parent.document.documentElement;
    } catch {
      break;
    }
    current = current.parent;
  }
  return current.document;
}
