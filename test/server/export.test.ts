/**
 * The examiner export and its offline verifier (issue #3): a clean export, review records included, verifies; a
 * changed byte, a deleted or reordered record line, a changed or moved review line, an altered receipt or
 * manifest, and a row tampered in the database are each caught with a message naming what failed.
 */
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExport } from '../../server/export/write-export';
import { verifyExport } from '../../server/export/verify-export';
import { signInAs, type SignedIn } from './helpers/admin';
import { startHarness, type Harness } from './helpers/harness';
import { tempDir } from './helpers/postgres';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

describe('examiner export', () => {
  let h: Harness;
  let work: string;
  let clean: string;
  let deviceId: string;
  let admin: SignedIn;
  beforeAll(async () => {
    h = await startHarness('embedded', { RATE_LIMIT_SIGNIN_PER_ADDRESS: '1000', BACKGROUND_WORKERS: 'false' });
    admin = await signInAs(h, 'admin'); // an audited sign-in for the audit log
    for (const sizes of [[3, 2], [2]]) {
      const device = await h.enroll();
      deviceId ??= device.deviceId;
      for (const size of sizes) {
        const response = await h.app.inject({ method: 'POST', url: '/v1/events', ...(await device.signedPost({ deviceId: device.deviceId, records: await device.nextRecords(size) })) });
        expect(response.statusCode).toBe(200);
      }
    }
    // Reviews: seq 1 (batch 1) reviewed, then superseded; seq 4 (batch 2) reviewed once.
    const eventAt = async (seq: number) => (await h.database.db.selectFrom('events').select('id').where('device_id', '=', deviceId).where('seq', '=', seq).executeTakeFirstOrThrow()).id;
    for (const [seq, disposition, comment] of [[1, 'no_action', 'looked fine'], [1, 'escalated', 'on second look: "escalate" — José'], [4, 'coached_broker', 'called the broker']] as const) {
      const review = await admin.request({ method: 'POST', url: `/admin/api/events/${await eventAt(seq)}/reviews`, payload: { disposition, comment } });
      expect(review.statusCode, review.body).toBe(201);
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
    expect(result).toMatchObject({ devices: 2, batches: 3, records: 7, receipts: 3, reviews: 3, problems: [] });
    const manifest = JSON.parse(readFileSync(path.join(clean, 'manifest.json'), 'utf8'));
    expect(manifest.counts).toMatchObject({ devices: 2, batches: 3, records: 7, receipts: 3, reviews: 3 });
    expect(manifest.counts.auditEntries).toBeGreaterThan(0);
    expect(manifest.files).toContainEqual({ path: 'reviews.jsonl', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), bytes: statSync(path.join(clean, 'reviews.jsonl')).size });
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/verify-export.ts', clean], { cwd: ROOT });
    expect(stdout).toContain('3 review records checked against the exported events');
    expect(stdout).toContain('VERIFIED');
  });

  it('reviews.jsonl holds every review record as stored: reviewer, item, disposition, comment, time to the microsecond, superseded review', async () => {
    const lines = readFileSync(path.join(clean, 'reviews.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
    const stored = await sql<Record<string, unknown>>`
      SELECT r.id, r.event_id AS "eventId", r.reviewer_account_id AS "reviewerAccountId", r.reviewer_label AS "reviewerEmail", r.disposition, r.comment,
             to_char(r.reviewed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdAt", r.supersedes_id AS "supersedesId"
      FROM event_reviews r ORDER BY r.id`.execute(h.database.db);
    expect(lines).toEqual(stored.rows);
    expect(lines.map((line) => [line.reviewerEmail, line.disposition, line.supersedesId])).toEqual([
      [admin.email, 'no_action', null],
      [admin.email, 'escalated', lines[0].id],
      [admin.email, 'coached_broker', null],
    ]);
    expect(lines[1].comment).toBe('on second look: "escalate" — José');
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

  it('a changed review line fails verification naming reviews.jsonl; a review moved to another event or cut from its history names the line', async () => {
    const reviews = (dir: string) => path.join(dir, 'reviews.jsonl');
    const changed = await tampered('review-changed', (dir) => editLines(reviews(dir), (lines) => lines.map((line, index) => (index === 1 ? line.replace('"escalated"', '"no_action"') : line))));
    expect(changed).toEqual(['reviews.jsonl: SHA-256 differs from the manifest (the file was changed)']);
    const dir = path.join(work, 'review-changed');
    const outcome = await run(process.execPath, ['--import', 'tsx', 'scripts/verify-export.ts', dir], { cwd: ROOT }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain('FAILED reviews.jsonl: SHA-256 differs from the manifest (the file was changed)');
    const [first, second, third] = readFileSync(reviews(clean), 'utf8').split('\n').map((line) => (line ? JSON.parse(line) : null));
    const elsewhere = '00000000-0000-4000-8000-000000000000';
    const moved = await tampered('review-moved', (dir) => editLines(reviews(dir), (lines) => lines.map((line, index) => (index === 2 ? line.replace(/"eventId":"[^"]+"/, `"eventId":"${elsewhere}"`) : line))));
    expect(moved).toContain(`reviews.jsonl line 3: review ${third.id} is of event ${elsewhere}, which is not in this export`);
    const cut = await tampered('review-cut', (dir) => editLines(reviews(dir), (lines) => lines.slice(1)));
    expect(cut).toContain(`reviews.jsonl line 1: review ${second.id} supersedes ${first.id}, which is not an earlier review of event ${second.eventId}`);
    expect(cut).toContain('manifest.json: counts.reviews is 3 but the export holds 2');
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
    // Only the review of seq 4 (batch 2): the reviews of seq 1 stay with batch 1, outside the range.
    expect(manifest.counts).toMatchObject({ batches: 2, records: 4, reviews: 1 });
    expect(JSON.parse(readFileSync(path.join(dir, 'reviews.jsonl'), 'utf8'))).toMatchObject({ disposition: 'coached_broker', supersedesId: null });
    expect(await verifyExport(dir)).toMatchObject({ reviews: 1, problems: [] });
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
