/**
 * `npm run verify:store`: re-proves every stored batch, record chain and receipt of the configured database
 * (same environment as the endpoint). Exit code 0 when everything verifies, 1 with one line per problem otherwise.
 */
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/database';
import { verifyStore } from '../server/verify';
import { runMain } from './run-main';

async function main(): Promise<number> {
  const database = await openDatabase(loadConfig(), (line) => console.error(line));
  try {
    const report = await verifyStore(database.db);
    console.log(`${report.devices} devices, ${report.batches} signed batches, ${report.records} records, ${report.receipts} receipts checked`);
    for (const problem of report.problems) console.log(`PROBLEM ${problem}`);
    console.log(report.problems.length === 0 ? 'everything verifies' : `${report.problems.length} problems`);
    return report.problems.length === 0 ? 0 : 1;
  } finally {
    await database.close();
  }
}

runMain(main, 2);
