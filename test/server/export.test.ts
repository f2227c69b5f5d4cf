/**
 * The examiner export and its offline verifier (issue #3): a clean export verifies; a changed byte, a deleted or
 * reordered record line, an altered receipt or manifest, and a row tampered in the database are each caught
 * with a message naming what failed.
 */
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExport } from '../../server/export/write-export';
import { verifyExport } from '../../server/export/verify-export';
import { signInAs } from './helpers/admin';
import { startHarness, type Harness } from './helpers/harness';
import { tempDir } from './helpers/postgres';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

describe('examiner export', () => {
  let h: Harness;
  let work: string;
  let clean: string;
  let deviceId: string;
  beforeAll(async () => {
    h = await startHarness('embedded', { RATE_LIMIT_SIGNIN_PER_ADDRESS: '1000', BACKGROUND_WORKERS: 'false' });
    await signInAs(h, 'admin'); // an audited sign-in for the audit log
    for (const sizes of [[3, 2], [2]]) {
      const device = await h.enroll();
      deviceId ??= device.deviceId;
      for (const size of sizes) {
        const response = await h.app.inject({ method: 'POST', url: '/v1/events', ...(await device.signedPost({ deviceId: device.deviceId, records: await device.nextRecords(size) })) });
        expect(response.statusCode).toBe(200);
      }
    }
    work = tempDir('cg-export-');
    clean = path.join(work, 'clean');
    await writeExport(h.database.db, { outDir: clean });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** A copy of the clean export with one change applied; returns the verifier's problems. */
  const tampered = async (name: string, change: (dir: string) => void) => {
    const dir = path.join(work, name);
    cpSync(clean, dir, { recursive: true });
    change(dir);
    return (await verifyExport(dir)).problems;
  };
  const records = (dir: string) => path.join(dir, 'devices', deviceId, 'records.jsonl');
  const editLines = (file: string, edit: (lines: string[]) => string[]) => writeFileSync(file, `${edit(readFileSync(file, 'utf8').trimEnd().split('\n')).join('\n')}\n`);

  it('a clean export verifies, and `npm run verify` says so (exit 0)', async () => {
    const result = await verifyExport(clean);
    expect(result).toMatchObject({ devices: 2, batches: 3, records: 7, receipts: 3, problems: [] });
    const manifest = JSON.parse(readFileSync(path.join(clean, 'manifest.json'), 'utf8'));
    expect(manifest.counts).toMatchObject({ devices: 2, batches: 3, records: 7, receipts: 3, reviews: null });
    expect(manifest.counts.auditEntries).toBeGreaterThan(0);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/verify-export.ts', clean], { cwd: ROOT });
    expect(stdout).toContain('VERIFIED');
  });

  it('changing one byte of a record is caught, naming the file and the record', async () => {
    const problems = await tampered('byte', (dir) => editLines(records(dir), (lines) => lines.map((line, index) => (index === 1 ? line.replace('***-**-6789', '***-**-6788') : line))));
    expect(problems).toContain(`devices/${deviceId}/records.jsonl: SHA-256 differs from the manifest (the file was changed)`);
    expect(problems).toContain(`device ${deviceId} seq 2: hash does not match the stored record`);
    expect(problems).toContain(`device ${deviceId} seq 2: differs from the record in signed batch 1`);
  });

  it('deleting a record line or reordering records breaks the chain at the named seq', async () => {
    const deleted = await tampered('deleted', (dir) => editLines(records(dir), (lines) => lines.filter((_line, index) => index !== 2)));
    expect(deleted).toContain(`device ${deviceId} seq 4: gap after seq 2`);
    const reordered = await tampered('reordered', (dir) => editLines(records(dir), ([a, b, ...rest]) => [b!, a!, ...rest]));
    expect(reordered).toContain(`device ${deviceId} seq 2: gap after seq 0`);
    expect(reordered).toContain(`device ${deviceId} seq 1: prev_hash does not link to seq 2`);
  });

  it('altering a receipt, or the manifest, fails the endpoint signature check', async () => {
    const receipt = await tampered('receipt', (dir) => editLines(path.join(dir, 'devices', deviceId, 'receipts.jsonl'), (lines) => lines.map((line, index) => (index === 0 ? line.replace(/"serverTime":"\d/, '"serverTime":"1') : line))));
    expect(receipt).toContain('receipt of batch 1: endpoint signature does not verify');
    const manifest = await tampered('manifest', (dir) => editLines(path.join(dir, 'manifest.json'), (lines) => lines.map((line) => line.replace('"records": 7', '"records": 6'))));
    expect(manifest).toContain('manifest.sig: the endpoint signature over manifest.json does not verify');
    expect(manifest).toContain('manifest.json: counts.records is 6 but the export holds 7');
    const extra = await tampered('extra', (dir) => writeFileSync(path.join(dir, 'devices', deviceId, 'note.txt'), 'added later'));
    expect(extra).toEqual([`devices/${deviceId}/note.txt: present but not listed in the manifest`]);
  });

  it('an export from a date verifies from its signed anchor', async () => {
    const second = await h.database.db.selectFrom('batches').select('received_at').where('id', '=', 2).executeTakeFirstOrThrow();
    const dir = path.join(work, 'from');
    const manifest = await writeExport(h.database.db, { outDir: dir, from: second.received_at });
    expect(manifest.counts).toMatchObject({ batches: 2, records: 4 });
    expect(await verifyExport(dir)).toMatchObject({ problems: [] });
  });

  it('security: the export never contains a clear identifier, only masked findings', async () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(path.join(dir, name)).isDirectory() ? files(path.join(dir, name)) : [path.join(dir, name)]));
    const text = files(clean).map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(text).toContain('***-**-6789');
    expect(text).not.toMatch(/\b\d{3}-\d{2}-\d{4}\b/);
  });

  it('security: a row tampered in the database behind the disabled trigger is caught by `npm run verify` on its export', async () => {
    const owner = new pg.Client({ connectionString: h.database.ownerUrl });
    await owner.connect();
    try {
      await owner.query('ALTER TABLE events DISABLE TRIGGER events_append_only');
      await owner.query(`UPDATE events SET canonical = replace(canonical, '"paste.blocked"', '"paste.allowed"'), kind = 'paste.allowed' WHERE seq = 3 AND device_id = $1`, [deviceId]);
      await owner.query('ALTER TABLE events ENABLE TRIGGER events_append_only');
    } finally {
      await owner.end();
    }
    const dir = path.join(work, 'from-tampered-db');
    await writeExport(h.database.db, { outDir: dir });
    const outcome = await run(process.execPath, ['--import', 'tsx', 'scripts/verify-export.ts', dir], { cwd: ROOT }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain(`FAILED device ${deviceId} seq 3: differs from the record in signed batch 1`);
    expect(outcome.stdout).toContain('NOT VERIFIED');
  });
});
