/**
 * Bundles the rich-editor test page (pages/src/editors.ts: TipTap and Quill from node_modules) into the
 * git-ignored pages/dist/ with esbuild (installed as a build-tool dependency). About a second, once per run.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { PAGES_DIR } from './server';

export async function bundleEditors(): Promise<void> {
  await build({
    entryPoints: [resolve(PAGES_DIR, 'src/editors.ts')],
    outfile: resolve(PAGES_DIR, 'dist/editors.js'),
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'error',
  });
}
