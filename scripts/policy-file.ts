/** Finds Channel Guard's policy in what IT wrote: a bare object or a full Chromium/Edge policy file. */

/** Fixed by manifest.key (wxt.config.ts; checked by test/manifest-key.test.ts). */
export const EXTENSION_ID = 'hoelbpngflpakakfpiankojkhplhkceb';

export function extractExtensionPolicy(document: unknown): { policy: unknown; wrapped: boolean } | { error: string } {
  if (!isObject(document)) return { error: 'expected a JSON object' };
  if (!('3rdparty' in document)) return { policy: document, wrapped: false };
  const thirdParty = document['3rdparty'];
  const extensions = isObject(thirdParty) ? thirdParty.extensions : undefined;
  if (!isObject(extensions)) return { error: 'expected "3rdparty": {"extensions": {...}}' };
  if (!(EXTENSION_ID in extensions)) {
    return { error: `no policy for ${EXTENSION_ID} under 3rdparty.extensions (found: ${Object.keys(extensions).join(', ') || 'none'})` };
  }
  return { policy: extensions[EXTENSION_ID], wrapped: true };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
