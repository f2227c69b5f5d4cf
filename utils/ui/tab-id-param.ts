/**
 * The popup's optional `?tabId=N` (tests open popup.html in a normal tab, where "the active tab" would be the
 * popup itself). It is honoured only in a top-level document of this extension's own origin: popup.html is
 * not web-accessible, and a framed copy must never be steered to describe another tab. Pure.
 */

export interface PageLocation {
  search: string;
  origin: string;
}

export function tabIdFromQuery(location: PageLocation, extensionOrigin: string, isTopLevel: boolean): number | undefined {
  if (!isTopLevel || location.origin !== extensionOrigin) return undefined;
  const raw = new URLSearchParams(location.search).get('tabId');
  if (raw === null || !/^\d{1,15}$/.test(raw)) return undefined;
  return Number(raw);
}
