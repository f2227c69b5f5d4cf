/**
 * The one reader of the enterprise (managed) policy (STYLE.md §9). A key that is present is forced by IT
 * (Bitwarden's semantics); values are parsed key by key (utils/policy/managed-values.ts). Never throws.
 */
import browser from 'webextension-polyfill';
import { parseManagedValues, type ManagedPolicy } from './policy/managed-values';

export { parseManagedValues, type ManagedPolicy, type RejectedManagedValue } from './policy/managed-values';

/** Reads `chrome.storage.managed`; an unavailable area (no policy, Firefox without a manifest) means "nothing forced". */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch (error) {
    // Chromium rejects with "Managed storage manifest not found" when no schema is declared: nothing forced.
    console.warn('[channel-guard] managed storage unavailable:', error instanceof Error ? error.message : String(error));
    return { forced: {}, rejected: [] };
  }
  return parseManagedValues(raw);
}
