/**
 * `npm run export -- --out <dir> [--from <ISO time>] [--to <ISO time>] [--device <id>]`: writes the examiner
 * export (server/export/layout.ts) from the configured database. Check it with `npm run verify -- <dir>`.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/database';
import { writeExport } from '../server/export/write-export';
import { runMain } from './run-main';

const USAGE = 'usage: npm run export -- --out <dir> [--from <ISO time>] [--to <ISO time>] [--device <device id>]';
const time = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 time such as 2026-11-01T00:00:00Z' }).transform((value) => new Date(value));
const ArgsSchema = z.strictObject({ out: z.string().min(1, '--out is required'), from: time.optional(), to: time.optional(), device: z.uuid('--device must be a device id').optional() });

async function main(argv: string[]): Promise<number> {
  let args: z.infer<typeof ArgsSchema>;
  try {
    const { values } = parseArgs({ args: argv, options: { out: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, device: { type: 'string' } } });
    args = ArgsSchema.parse(values);
  } catch (error) {
    console.error(`${error instanceof z.ZodError ? error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n') : (error as Error).message}\n${USAGE}`);
    return 2;
  }
  const database = await openDatabase(loadConfig(), (line) => console.error(line));
  try {
    const manifest = await writeExport(database.db, { outDir: args.out, from: args.from ?? null, to: args.to ?? null, deviceId: args.device ?? null });
    const { counts } = manifest;
    console.log(`exported ${counts.devices} devices, ${counts.batches} batches, ${counts.records} records, ${counts.receipts} receipts, ${counts.auditEntries} audit entries to ${args.out}`);
    console.log(`${manifest.files.length} files listed in manifest.json (signed: manifest.sig); verify with npm run verify -- ${args.out}`);
    return 0;
  } finally {
    await database.close();
  }
}

runMain(main);
