/**
 * Bundles the editor test page (pages/src/editors.ts: TipTap, Quill, CodeMirror and Lexical from
 * node_modules) into the git-ignored pages/dist/ with esbuild (installed as a build-tool dependency).
 * About a second, once per run.
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
    // Lexical's entry modules pick their dev or prod build from process.env.NODE_ENV, which a page lacks;
    // test the build an app would ship.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
}
