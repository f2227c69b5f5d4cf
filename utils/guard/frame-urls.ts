/**
 * Which URLs judge a frame (issue #2 §3: a frame is judged by its own origin and by the top-level site).
 */

export interface FrameUrls {
  frameUrl: string;
  /** The top-level page's URL, or its origin when the top is cross-origin; undefined in the top frame. */
  topUrl?: string;
}

/** Stands in for a top-level site this frame cannot learn: judged unapproved (fail closed). */
export const UNKNOWN_TOP_URL = 'about:unknown-top-level-site';

/**
 * about:blank, about:srcdoc and blob: documents have no host of their own: they inherit their creator's
 * origin (HTML "determining the origin"). `window.origin` is that document origin; `location.origin` is
 * not (it is derived from the URL, "null" for about:srcdoc). Judge them by the inherited origin.
 */
export function ownUrl(win: Window): string {
  const { location } = win;
  if (location.protocol === 'http:' || location.protocol === 'https:') return location.href;
  return win.origin && win.origin !== 'null' ? `${win.origin}/` : location.href;
}

export function frameUrlsOf(win: Window): FrameUrls {
  const frameUrl = ownUrl(win);
  if (win.top === win || win.top === null) return { frameUrl };
  try {
    // Same-origin top: its full URL, so path-specific match patterns work.
    return { frameUrl, topUrl: ownUrl(win.top) };
  } catch {
    // Cross-origin top: Chromium lists the ancestors' origins, the top-level one last.
    const origins = win.location.ancestorOrigins;
    const topOrigin = origins?.length ? origins[origins.length - 1] : undefined;
    return { frameUrl, topUrl: topOrigin && topOrigin !== 'null' ? `${topOrigin}/` : UNKNOWN_TOP_URL };
  }
}
