/**
 * `npm run server:policy -- set <file.json> | show`: publish the firm's device policy as a new revision,
 * validated by the extension's own schema (utils/policy/schema.ts). The dashboard editor comes next.
 */
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/database';
import { currentPolicy, publishPolicy, validatePolicy } from '../server/policies';
import { runMain } from './run-main';

const USAGE = 'usage: npm run server:policy -- set <policy.json> | show';

async function main(args: string[]): Promise<number> {
  const [command, file] = args;
  if (!(command === 'show' || (command === 'set' && file))) {
    console.error(USAGE);
    return 2;
  }
  let policyInput: unknown = null;
  if (command === 'set') {
    try {
      policyInput = JSON.parse(await readFile(file!, 'utf8'));
    } catch (error) {
      console.error(`cannot read ${file}: ${(error as Error).message}`);
      return 1;
    }
  }
  const checked = command === 'set' ? validatePolicy(policyInput) : null;
  if (checked && !checked.ok) {
    console.error(`${file} is not a valid policy:\n${checked.problems.map((line) => `  - ${line}`).join('\n')}`);
    return 1;
  }
  const database = await openDatabase(loadConfig(), (line) => console.error(line));
  try {
    if (checked?.ok) {
      const published = await publishPolicy(database.db, checked.policy, `cli:${process.env.USER ?? 'unknown'}`);
      console.log(`published policy revision ${published.revision} (${checked.policy.version})`);
    } else {
      const published = await currentPolicy(database.db);
      console.log(published ? JSON.stringify({ revision: published.revision, policy: published.policy }, null, 2) : 'no policy published');
    }
    return 0;
  } finally {
    await database.close();
  }
}

runMain(main);
