/**
 * Writes the examiner export (issue #3) from the database: the exact stored bytes (canonical record texts,
 * signed batch bodies and signatures, receipts), the keys needed to check them, the audit log, and a manifest of
 * SHA-256 hashes signed by the endpoint key. A range selects whole batches by the time they were received, so a
 * batch's records, signature and receipt always travel together.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { GENESIS_HASH } from '../../utils/chain';
import type { Database } from '../db/schema';
import { loadServerKey } from '../server-key';
import { loadDeviceMaterial } from '../verify';
import {
  AUDIT_FILE, batchFile, DEVICES_FILE, EXPORT_FORMAT, jsonLines, MANIFEST_FILE, MANIFEST_SIGNATURE_FILE, receiptsFile, recordsFile, SERVER_KEY_FILE,
  type DeviceEntry, type Manifest,
} from './layout';
import { reviewsSection } from './reviews-section';

export interface ExportOptions {
  outDir: string;
  from?: Date | null;
  to?: Date | null;
  deviceId?: string | null;
}

export async function writeExport(db: Kysely<Database>, options: ExportOptions, now = new Date()): Promise<Manifest> {
  const { outDir, from = null, to = null, deviceId = null } = options;
  await mkdir(outDir, { recursive: true });
  if ((await readdir(outDir)).length > 0) throw new Error(`${outDir} is not empty: export into a new folder`);
  const files: Manifest['files'] = [];
  const put = async (relative: string, bytes: Buffer | string) => {
    const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    await mkdir(path.dirname(path.join(outDir, relative)), { recursive: true });
    await writeFile(path.join(outDir, relative), data);
    files.push({ path: relative, sha256: createHash('sha256').update(data).digest('hex'), bytes: data.length });
  };

  const key = await loadServerKey(db);
  await put(SERVER_KEY_FILE, `${JSON.stringify(key.publicJwk, null, 2)}\n`);
  let devicesQuery = db.selectFrom('devices as d').leftJoin('device_revocations as r', 'r.device_id', 'd.id').select(['d.id', 'd.name', 'd.enrolled_at', 'd.public_key_jwk', 'r.revoked_at']).orderBy('d.enrolled_at');
  if (deviceId) devicesQuery = devicesQuery.where('d.id', '=', deviceId);
  const counts = { devices: 0, batches: 0, records: 0, receipts: 0, auditEntries: 0, reviews: null as number | null };
  const entries: DeviceEntry[] = [];
  for (const device of await devicesQuery.execute()) {
    let batchQuery = db.selectFrom('batches').select('id').where('device_id', '=', device.id).orderBy('id');
    if (from) batchQuery = batchQuery.where('received_at', '>=', from);
    if (to) batchQuery = batchQuery.where('received_at', '<', to);
    const batchIds = (await batchQuery.execute()).map((row) => row.id);
    const material = await loadDeviceMaterial(db, device.id, device.public_key_jwk, batchIds);
    const received = new Map((await db.selectFrom('events').select(['seq', 'received_at']).where('device_id', '=', device.id).where('batch_id', 'in', batchIds.length ? batchIds : [-1]).execute()).map((row) => [row.seq, row.received_at.toISOString()]));
    const first = material.events[0];
    entries.push({
      id: device.id,
      name: device.name,
      enrolledAt: device.enrolled_at.toISOString(),
      revokedAt: device.revoked_at?.toISOString() ?? null,
      publicKeyJwk: device.public_key_jwk as Record<string, unknown>,
      batchIds,
      anchor: first ? { seq: first.seq - 1, hash: first.prevHash } : { seq: 0, hash: GENESIS_HASH },
    });
    await put(recordsFile(device.id), jsonLines(material.events.map((event) => ({ seq: event.seq, batchId: event.batchId, receivedAt: received.get(event.seq)!, prevHash: event.prevHash, hash: event.hash, canonical: event.canonical }))));
    for (const batch of material.batches) {
      await put(batchFile(device.id, batch.id, 'json'), batch.body);
      await put(batchFile(device.id, batch.id, 'sig'), batch.signature.toString('base64url'));
    }
    await put(receiptsFile(device.id), jsonLines(material.receipts));
    counts.devices += 1;
    counts.batches += material.batches.length;
    counts.records += material.events.length;
    counts.receipts += material.receipts.length;
  }
  await put(DEVICES_FILE, `${JSON.stringify(entries, null, 2)}\n`);

  let auditQuery = db.selectFrom('audit_log').selectAll().orderBy('id');
  if (from) auditQuery = auditQuery.where('at', '>=', from);
  if (to) auditQuery = auditQuery.where('at', '<', to);
  const audit = await auditQuery.execute();
  counts.auditEntries = audit.length;
  await put(AUDIT_FILE, jsonLines(audit.map((entry) => ({ ...entry, at: entry.at.toISOString() }))));

  const reviews = await reviewsSection(db, { from, to, deviceIds: entries.map((entry) => entry.id) });
  for (const file of reviews.files) await put(file.path, file.bytes);
  counts.reviews = reviews.count;

  const manifest: Manifest = {
    format: EXPORT_FORMAT,
    createdAt: now.toISOString(),
    range: { from: from?.toISOString() ?? null, to: to?.toISOString() ?? null, device: deviceId },
    counts,
    reviews: { included: true, note: reviews.note },
    files,
  };
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  await writeFile(path.join(outDir, MANIFEST_FILE), manifestText);
  await writeFile(path.join(outDir, MANIFEST_SIGNATURE_FILE), `${key.sign(manifestText)}\n`);
  return manifest;
}
