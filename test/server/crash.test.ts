/**
 * Crash safety (issue #3): the endpoint runs as a child process on the embedded database and is SIGKILLed
 * repeatedly while simulated devices send batches and retry on network errors and 5xx, as the extension's outbox
 * will. Afterwards no acknowledged record is missing, none is stored twice, and every chain verifies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/database';
import { findChainProblem, GENESIS_HASH } from '../../utils/chain';
import type { ChainRecord } from '../../utils/wire/record';
import { freePort, tempDir } from './helpers/postgres';
import { SimulatedDevice } from './helpers/simulated-device';

const KILLS = 3;
const DEVICES = 4;
const ROOT = path.resolve(import.meta.dirname, '../..');

describe('crash: SIGKILL during ingest', () => {
  const dataDir = tempDir('cg-crash-');
  let port = 0;
  let base = '';
  let child: ChildProcess | null = null;
  let token = '';

  function startEndpoint(): ChildProcess {
    const started = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_PER_DEVICE: '1000000', RATE_LIMIT_PER_ADDRESS: '10000000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.stdout!.on('data', (chunk: Buffer) => {
      const match = /(cgenroll_\S+)/.exec(chunk.toString());
      if (match) token = match[1]!;
    });
    started.stderr!.resume();
    return started;
  }

  async function healthy(timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('endpoint did not become healthy');
  }

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no acknowledged record and stores none twice across repeated SIGKILLs', async () => {
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = startEndpoint();
    await healthy();
    for (let waited = 0; !token; waited += 20) {
      if (waited > 5_000) throw new Error("the endpoint printed no enrollment token at first start");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    const devices = await Promise.all(Array.from({ length: DEVICES }, () => SimulatedDevice.create()));
    const acked = new Map<string, ChainRecord[]>();
    let running = true;
    let retries = 0;

    async function postWithRetry(url: string, body: string, headers: Record<string, string>): Promise<Response> {
      for (;;) {
        try {
          const response = await fetch(`${base}${url}`, { method: 'POST', body, headers, signal: AbortSignal.timeout(5_000) });
          if (response.status < 500) return response;
        } catch {
          // network error: the endpoint is down — retry like the outbox would
        }
        retries += 1;
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    }

    async function runDevice(device: SimulatedDevice): Promise<void> {
      const enrolled = await postWithRetry('/v1/enroll', JSON.stringify({ token, publicKey: device.publicJwk }), { 'content-type': 'application/json' });
      device.deviceId = ((await enrolled.json()) as { deviceId: string }).deviceId;
      const outbox: ChainRecord[] = [];
      const deviceAcked: ChainRecord[] = [];
      acked.set(device.deviceId, deviceAcked);
      while (running || outbox.length > 0) {
        if (running) outbox.push(...(await device.nextRecords(15)));
        const { body, headers } = await device.signedPost({ deviceId: device.deviceId, records: outbox.slice(0, 100) });
        const response = await postWithRetry('/v1/events', body, headers);
        expect(response.status, await response.clone().text()).toBe(200);
        const receipt = (await response.json()) as { ackedThroughSeq: number };
        while (outbox.length > 0 && outbox[0]!.seq <= receipt.ackedThroughSeq) deviceAcked.push(outbox.shift()!);
      }
    }

    const traffic = Promise.all(devices.map(runDevice));
    for (let kill = 0; kill < KILLS; kill += 1) {
      await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 300));
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child!.kill('SIGKILL');
      await exited;
      child = startEndpoint();
      await healthy();
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    running = false;
    await traffic;
    expect(retries).toBeGreaterThan(0); // the kills really interrupted traffic

    // Read what was stored through the still-running endpoint's database (shared, not stopped by us).
    const database = await openDatabase(loadConfig({ DATA_DIR: dataDir }), () => undefined);
    try {
      for (const [deviceId, records] of acked) {
        const stored = await database.db.selectFrom('events').select(['id', 'seq', 'hash', 'canonical']).where('device_id', '=', deviceId).orderBy('seq').execute();
        expect(new Set(stored.map((row) => row.id)).size).toBe(stored.length);
        expect(stored.map((row) => row.seq)).toEqual(Array.from({ length: stored.length }, (_, i) => i + 1));
        const storedHash = new Map(stored.map((row) => [row.id, row.hash]));
        for (const record of records) expect(storedHash.get(record.id)).toBe(record.hash);
        const rebuilt = stored.map((row) => ({ ...(JSON.parse(row.canonical) as Record<string, unknown>), hash: row.hash }));
        expect(await findChainProblem(rebuilt as unknown as ChainRecord[], { seq: 0, hash: GENESIS_HASH })).toBeNull();
        expect(records.length).toBeGreaterThan(0);
      }
    } finally {
      await database.close();
    }
  }, 80_000);
});
