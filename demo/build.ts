/** Builds the extension when there is no build yet or a source file is newer than the built manifest. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3');
const SOURCES = ['entrypoints', 'components', 'utils', 'public', 'wxt.config.ts', 'package.json'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

export function extensionNeedsBuild(): boolean {
  const manifest = resolve(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.some((source) => newestChange(resolve(ROOT, source)) > built);
}

export function buildExtension(log: (line: string) => void): void {
  log('building the extension (npx wxt build)…');
  const result = spawnSync('npx', ['--no-install', 'wxt', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`wxt build failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
}

/** The supervisor dashboard is a separate vite build; without it /admin/ answers 503 with the build hint. */
export function buildDashboardIfMissing(log: (line: string) => void): void {
  if (existsSync(resolve(ROOT, 'dist/dashboard/index.html'))) return;
  log('building the supervisor dashboard (npm run build:dashboard)…');
  const result = spawnSync('npm', ['run', '--silent', 'build:dashboard'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the dashboard build failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
}
