/**
 * `npm run policy:check -- policy.json`: validates a managed policy with the worker's own reader before
 * rollout, and prints the precise error for each rejected key and the effective policy version.
 * Accepts a bare policy object or a Chromium/Edge policy file
 * (`{"3rdparty": {"extensions": {"<id>": {...}}}}`). Exit 0 when every key is accepted, 1 otherwise.
 */
import { readFile } from 'node:fs/promises';
import { mergePolicy } from '../utils/effective-policy';
import { parseManagedValues } from '../utils/policy/managed-values';
import { EXTENSION_ID, extractExtensionPolicy } from './policy-file';

async function main(path: string | undefined): Promise<number> {
  if (!path) {
    console.error('usage: npm run policy:check -- <policy.json>');
    return 2;
  }
  let document: unknown;
  try {
    document = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    console.error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const extracted = extractExtensionPolicy(document);
  if ('error' in extracted) {
    console.error(`${path}: ${extracted.error}`);
    return 1;
  }
  const { forced, rejected } = parseManagedValues(extracted.policy);
  for (const key of Object.keys(forced)) console.log(`ok        ${key}`);
  for (const { key, error } of rejected) console.log(`REJECTED  ${key}: ${error}`);
  const { policy, fingerprintKey } = await mergePolicy(forced);
  console.log(`\nextension id   ${EXTENSION_ID}${extracted.wrapped ? ' (found in 3rdparty.extensions)' : ''}`);
  console.log(`policy version ${policy.version}`);
  console.log(`fingerprints   ${fingerprintKey ? "the firm's key (fingerprintKey)" : 'a per-install key on each browser (no fingerprintKey)'}`);
  if (rejected.length > 0) console.log(`\n${rejected.length} key(s) rejected: the browser would keep their defaults.`);
  return rejected.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv[2]);
