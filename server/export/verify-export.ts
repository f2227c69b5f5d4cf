/**
 * Verifies an examiner export offline (issue #3) — no database: the manifest signature, every listed file's
 * SHA-256 (and no unlisted file), then with ./verify-chain.ts every device signature over every batch, every
 * chain link and every receipt signature. Each problem names the file, batch or record that failed.
 */
import { createHash, verify, type KeyObject } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { publicKeyOf, verifyDeviceMaterial, type DeviceMaterial, type VerificationCounts } from '../verify-chain';
import {
  batchFile, DeviceEntrySchema, DEVICES_FILE, ManifestSchema, MANIFEST_FILE, MANIFEST_SIGNATURE_FILE, ReceiptLineSchema, receiptsFile, RecordLineSchema, recordsFile, REVIEWS_FILE,
  SERVER_KEY_FILE, type Manifest,
} from './layout';
import { verifyReviewLines } from './verify-reviews';

export interface ExportVerification extends VerificationCounts {
  /** Review records read from reviews.jsonl; null for an export written without them. */
  reviews: number | null;
  serverKeySha256: string | null;
  files: number;
  manifest: Manifest | null;
}

function eventIdOf(canonical: string): string {
  try {
    const parsed: unknown = JSON.parse(canonical);
    return typeof parsed === 'object' && parsed !== null && 'id' in parsed && typeof parsed.id === 'string' ? parsed.id : '';
  } catch {
    return '';
  }
}

async function listFiles(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? listFiles(root, path.posix.join(dir, entry.name)) : [path.posix.join(dir, entry.name)])));
  return nested.flat();
}

function parseLines<T extends z.ZodType>(schema: T, text: string, file: string, problems: string[]): Array<z.infer<T>> {
  return text.split('\n').flatMap((line, index) => {
    if (line === '') return [];
    try {
      const parsed = schema.safeParse(JSON.parse(line));
      if (parsed.success) return [parsed.data];
    } catch {
      // reported below
    }
    problems.push(`${file} line ${index + 1}: not a valid entry`);
    return [];
  });
}

/** `pinnedKey`: the endpoint key the examiner obtained separately; without it the export's own key is used and its fingerprint reported. */
export async function verifyExport(dir: string, pinnedKey?: KeyObject): Promise<ExportVerification> {
  const result: ExportVerification = { devices: 0, batches: 0, records: 0, receipts: 0, reviews: null, problems: [], serverKeySha256: null, files: 0, manifest: null };
  const problems = result.problems;
  const read = (relative: string) => readFile(path.join(dir, relative));
  const manifestBytes = await read(MANIFEST_FILE).catch(() => null);
  const keyBytes = await read(SERVER_KEY_FILE).catch(() => null);
  if (!manifestBytes || !keyBytes) return { ...result, problems: [`${!manifestBytes ? MANIFEST_FILE : SERVER_KEY_FILE} is missing: not an export`] };
  result.serverKeySha256 = createHash('sha256').update(keyBytes).digest('hex');
  const serverKey = pinnedKey ?? publicKeyOf(JSON.parse(keyBytes.toString('utf8')));
  const signature = Buffer.from((await read(MANIFEST_SIGNATURE_FILE).catch(() => Buffer.alloc(0))).toString('utf8').trim(), 'base64url');
  if (!verify('sha256', manifestBytes, { key: serverKey, dsaEncoding: 'ieee-p1363' }, signature)) problems.push(`${MANIFEST_SIGNATURE_FILE}: the endpoint signature over ${MANIFEST_FILE} does not verify`);
  const parsedManifest = ManifestSchema.safeParse(JSON.parse(manifestBytes.toString('utf8')));
  if (!parsedManifest.success) return { ...result, problems: [...problems, `${MANIFEST_FILE}: not a ${'channel-guard-export/1'} manifest`] };
  const manifest = (result.manifest = parsedManifest.data);

  const listed = new Set(manifest.files.map((file) => file.path));
  for (const file of await listFiles(dir)) {
    if (file !== MANIFEST_FILE && file !== MANIFEST_SIGNATURE_FILE && !listed.has(file)) problems.push(`${file}: present but not listed in the manifest`);
  }
  for (const file of manifest.files) {
    const bytes = await read(file.path).catch(() => null);
    result.files += 1;
    if (!bytes) problems.push(`${file.path}: listed in the manifest but missing`);
    else if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) problems.push(`${file.path}: SHA-256 differs from the manifest (the file was changed)`);
  }

  const devices = DeviceEntrySchema.array().safeParse(JSON.parse((await read(DEVICES_FILE).catch(() => Buffer.from('[]'))).toString('utf8')));
  if (!devices.success) return { ...result, problems: [...problems, `${DEVICES_FILE}: not a device list`] };
  // Event ids of the exported records (a record whose canonical text is not JSON is reported by the chain check).
  const exportedEventIds = new Set<string>();
  for (const device of devices.data) {
    const text = async (relative: string) => (await read(relative).catch(() => Buffer.alloc(0))).toString('utf8');
    const records = parseLines(RecordLineSchema, await text(recordsFile(device.id)), recordsFile(device.id), problems);
    const receipts = parseLines(ReceiptLineSchema, await text(receiptsFile(device.id)), receiptsFile(device.id), problems);
    const batches: Array<DeviceMaterial['batches'][number]> = [];
    for (const id of device.batchIds) {
      const body = await read(batchFile(device.id, id, 'json')).catch(() => null);
      if (!body) continue; // reported as a missing file above
      batches.push({ id, body, signature: Buffer.from((await text(batchFile(device.id, id, 'sig'))).trim(), 'base64url') });
    }
    verifyDeviceMaterial({ deviceId: device.id, publicJwk: device.publicKeyJwk, batches, events: records, receipts, anchor: device.anchor }, serverKey, result);
    for (const record of records) exportedEventIds.add(eventIdOf(record.canonical));
  }
  if (manifest.reviews.included) {
    const reviewsText = (await read(REVIEWS_FILE).catch(() => Buffer.alloc(0))).toString('utf8');
    result.reviews = verifyReviewLines(reviewsText, exportedEventIds, problems).length;
    if (result.reviews !== manifest.counts.reviews) problems.push(`${MANIFEST_FILE}: counts.reviews is ${manifest.counts.reviews} but the export holds ${result.reviews}`);
  }
  for (const [name, expected] of Object.entries({ devices: manifest.counts.devices, batches: manifest.counts.batches, records: manifest.counts.records, receipts: manifest.counts.receipts })) {
    const found = result[name as 'devices' | 'batches' | 'records' | 'receipts'];
    if (found !== expected) problems.push(`${MANIFEST_FILE}: counts.${name} is ${expected} but the export holds ${found}`);
  }
  return result;
}
