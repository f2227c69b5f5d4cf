import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MANIFEST_KEY } from '../wxt.config';

/** The id IT puts in policies (README). It follows from manifest.key; this test keeps the two together. */
export const EXTENSION_ID = 'hoelbpngflpakakfpiankojkhplhkceb';

describe('the fixed extension id', () => {
  it('is derived from manifest.key the way Chromium derives it', () => {
    const digest = createHash('sha256').update(Buffer.from(MANIFEST_KEY, 'base64')).digest('hex');
    const id = [...digest.slice(0, 32)].map((hex) => String.fromCharCode(97 + parseInt(hex, 16))).join('');
    expect(id).toBe(EXTENSION_ID);
  });
});
