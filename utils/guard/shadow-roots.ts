/**
 * chrome.dom.openOrClosedShadowRoot (Chrome 88+, content scripts only) reaches into closed shadow roots,
 * so a warned paste into an input inside one can still be inserted. The polyfill's types lack `dom`.
 */
interface ChromeDom {
  dom?: { openOrClosedShadowRoot?(element: HTMLElement): ShadowRoot | null };
}

export function openOrClosedShadowRoot(element: Element): ShadowRoot | null {
  const chromeApi = (globalThis as { chrome?: ChromeDom }).chrome;
  if (!chromeApi?.dom?.openOrClosedShadowRoot) return element.shadowRoot;
  try {
    return chromeApi.dom.openOrClosedShadowRoot(element as HTMLElement);
  } catch {
    return element.shadowRoot;
  }
}
