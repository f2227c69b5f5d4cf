/**
 * `npm run verify -- <export dir> [--server-key <public JWK file>]`: checks an examiner export offline (no
 * database). Exit 0 when everything verifies; 1 with one line per problem otherwise; 2 on bad usage.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { verifyExport } from '../server/export/verify-export';
import { publicKeyOf } from '../server/verify-chain';
import { runMain } from './run-main';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'server-key': { type: 'string' } } });
  if (positionals.length !== 1) {
    console.error('usage: npm run verify -- <export dir> [--server-key <endpoint public key JWK file>]');
    return 2;
  }
  const pinned = values['server-key'] ? publicKeyOf(JSON.parse(await readFile(values['server-key'], 'utf8'))) : undefined;
  const result = await verifyExport(positionals[0]!, pinned);
  const range = result.manifest ? `${result.manifest.range.from ?? 'beginning'} to ${result.manifest.range.to ?? result.manifest.createdAt}` : 'unknown range';
  console.log(`export ${positionals[0]} (${range})`);
  console.log(`${result.files} files hashed; ${result.devices} devices, ${result.batches} signed batches, ${result.records} records, ${result.receipts} receipts checked`);
  console.log(pinned ? 'endpoint key: the pinned key given with --server-key' : `endpoint key SHA-256 ${result.serverKeySha256 ?? '?'} (compare with the endpoint's published key, or pass --server-key)`);
  if (result.reviews !== null) console.log(`${result.reviews} review records checked against the exported events`);
  else if (result.manifest) console.log(`reviews: not included — ${result.manifest.reviews.note}`);
  for (const problem of result.problems) console.log(`FAILED ${problem}`);
  console.log(result.problems.length === 0 ? 'VERIFIED: every file, signature, chain link and receipt checks out' : `NOT VERIFIED: ${result.problems.length} problems`);
  return result.problems.length === 0 ? 0 : 1;
}

runMain(main, 2, 'cannot verify: ');
