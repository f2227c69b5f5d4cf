/**
 * Builds the supervisor dashboard (Preact) into dist/dashboard/, which the endpoint serves under /admin/
 * (server/routes/admin-dashboard.ts). `npm run build:dashboard`; no external assets, so the page works on a
 * firm network with no internet access and under the strict CSP helmet sets.
 */
import preact from '@preact/preset-vite';
import path from 'node:path';
import { defineConfig } from 'vite';

export const DASHBOARD_OUT_DIR = path.resolve(import.meta.dirname, '../../dist/dashboard');

export default defineConfig({
  root: import.meta.dirname,
  base: '/admin/',
  plugins: [preact()],
  logLevel: 'warn',
  build: { outDir: DASHBOARD_OUT_DIR, emptyOutDir: true, assetsInlineLimit: 0, sourcemap: false },
});
