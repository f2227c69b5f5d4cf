/**
 * `npm run bench:endpoint`: ingest throughput of the endpoint (issue #3 target: ≥ 5,000 records/s on 2 cores,
 * batches of 100, signature and chain verification included, embedded database). The endpoint runs as its own
 * process exactly as `npm run start:server` starts it; simulated devices pre-build and pre-sign their batches so
 * the figure measures the endpoint, then send them over real HTTP concurrently.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, tempDir } from '../test/server/helpers/postgres';
import { SimulatedDevice } from '../test/server/helpers/simulated-device';

const DEVICES = Number(process.env.BENCH_DEVICES ?? 8);
const BATCHES_PER_DEVICE = Number(process.env.BENCH_BATCHES ?? 50);
const BATCH_SIZE = 100;
const ROOT = path.resolve(import.meta.dirname, '..');

/** CPU seconds (user + system) a process has used, from /proc (Linux); 0 where /proc is missing. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 Hz on Linux)
  } catch {
    return 0;
  }
}

/** The embedded postmaster and its backends: every process whose parent is the postmaster named in postmaster.pid. */
function postgresCpuSeconds(dataDir: string): number {
  try {
    const postmaster = Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    let total = cpuSeconds(postmaster);
    for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const parent = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
        if (parent === postmaster) total += cpuSeconds(Number(entry));
      } catch {
        // the process ended while we looked
      }
    }
    return total;
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  const dataDir = tempDir('cg-bench-');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const endpoint = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', RATE_LIMIT_PER_DEVICE: '10000000', RATE_LIMIT_PER_ADDRESS: '10000000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const token = await new Promise<string>((resolve, reject) => {
      endpoint.stdout.on('data', (chunk: Buffer) => {
        const match = /(cgenroll_\S+)/.exec(chunk.toString());
        if (match) resolve(match[1]!);
      });
      endpoint.once('exit', () => reject(new Error('endpoint exited before printing a token')));
    });

    console.log(`preparing ${DEVICES} devices × ${BATCHES_PER_DEVICE} signed batches of ${BATCH_SIZE} records…`);
    const devices = await Promise.all(
      Array.from({ length: DEVICES }, async () => {
        const device = await SimulatedDevice.create();
        const response = await fetch(`${base}/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, publicKey: device.publicJwk }) });
        device.deviceId = ((await response.json()) as { deviceId: string }).deviceId;
        const batches = [];
        for (let index = 0; index < BATCHES_PER_DEVICE; index += 1) {
          batches.push(await device.signedPost({ deviceId: device.deviceId, records: await device.nextRecords(BATCH_SIZE) }));
        }
        return batches;
      }),
    );

    const latencies: number[] = [];
    const endpointCpuBefore = cpuSeconds(endpoint.pid!);
    const postgresCpuBefore = postgresCpuSeconds(dataDir);
    const started = performance.now();
    await Promise.all(
      devices.map(async (batches) => {
        for (const { body, headers } of batches) {
          const sent = performance.now();
          const response = await fetch(`${base}/v1/events`, { method: 'POST', body, headers });
          if (response.status !== 200) throw new Error(`batch refused: ${response.status} ${await response.text()}`);
          await response.arrayBuffer();
          latencies.push(performance.now() - sent);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const endpointCpu = cpuSeconds(endpoint.pid!) - endpointCpuBefore;
    const postgresCpu = postgresCpuSeconds(dataDir) - postgresCpuBefore;
    latencies.sort((a, b) => a - b);
    const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
    const records = DEVICES * BATCHES_PER_DEVICE * BATCH_SIZE;
    const cpus = os.cpus();
    console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`);
    console.log(`inputs: ${DEVICES} concurrent devices, ${BATCHES_PER_DEVICE} batches each, ${BATCH_SIZE} records per batch, embedded PostgreSQL (fsync on), endpoint in its own process`);
    const load = os.loadavg()[0]!.toFixed(1);
    console.log(`ingest: ${records} records in ${seconds.toFixed(2)} s = ${Math.round(records / seconds)} records/s (${Math.round(latencies.length / seconds)} batches/s); batch latency p50 ${percentile(50)} ms, p95 ${percentile(95)} ms, p99 ${percentile(99)} ms`);
    const perBatch = (cpu: number) => ((cpu * 1000) / latencies.length).toFixed(1);
    console.log(
      `cpu: endpoint ${perBatch(endpointCpu)} ms + PostgreSQL ${perBatch(postgresCpu)} ms per batch = ${Math.round(records / (endpointCpu + postgresCpu))} records per CPU-second; ` +
        `machine load average ${load} (other work on the machine lowers the wall-clock figure, not the CPU cost)`,
    );
  } finally {
    const exited = new Promise((resolve) => endpoint.once('exit', resolve));
    endpoint.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
