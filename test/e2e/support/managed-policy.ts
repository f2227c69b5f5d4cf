/**
 * Real enterprise policy (TOOLCHAIN.md "Enterprise managed policy"): Chromium on Linux reads
 * /etc/chromium/policies/managed/*.json and hands `3rdparty.extensions.<id>` to chrome.storage.managed.
 * The file is machine-wide, so it is always removed — even when the test fails.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { EXTENSION_ID } from './browser';

export const MANAGED_POLICY_FILE =
  process.env.CHROMIUM_POLICY_FILE ?? '/etc/chromium/policies/managed/channel-guard-e2e.json';

export async function writeManagedPolicy(policy: Record<string, unknown>): Promise<void> {
  await mkdir(dirname(MANAGED_POLICY_FILE), { recursive: true });
  const document = { '3rdparty': { extensions: { [EXTENSION_ID]: policy } } };
  await writeFile(MANAGED_POLICY_FILE, JSON.stringify(document, null, 2));
}

export async function removeManagedPolicy(): Promise<void> {
  await rm(MANAGED_POLICY_FILE, { force: true });
}

/**
 * Runs `fn` while `policy` is the managed policy. Write it before launching the browser to have it at
 * start-up, or while it runs to see a live change (arrives in about 5 s via storage.onChanged).
 */
export async function withManagedPolicy<T>(policy: Record<string, unknown>, fn: () => Promise<T>): Promise<T> {
  await writeManagedPolicy(policy);
  try {
    return await fn();
  } finally {
    await removeManagedPolicy();
  }
}
