/**
 * `npm run bench` — classifier throughput on 200 KB documents (customer CSV export, chat transcript, trade
 * blotter) and latency on 10 KB pastes (issue #2: ≥ 100 MB/s, p99 ≤ 0.5 ms). A benchmark, not a test: it
 * prints the machine, the inputs and the figures, and exits 0 whatever they are.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { classify } from '../utils/classifier/index';
import { Rng } from '../test/corpus/rng';
import type { Doc } from '../test/corpus/doc';
import { blotterTable, KINDS, table } from '../test/corpus/templates';

function build(kind: string, bytes: number, seed: number, piiShare: number): string {
  const r = new Rng(seed);
  const builder = KINDS[kind];
  if (!builder) throw new Error(`unknown kind ${kind}`);
  let text = '';
  while (text.length < bytes) text += builder(r, r.chance(piiShare)).text + '\n\n';
  return text.slice(0, bytes);
}

const SIZE = 200 * 1024;
/** One export with one header row, cut to `bytes` at a line end: what a 200 KB paste from a CRM or OMS looks like. */
function oneTable(doc: Doc, bytes: number): string {
  return doc.text.slice(0, doc.text.lastIndexOf('\n', bytes) + 1);
}
const documents: [string, string][] = [
  ['customer CSV export', oneTable(table(new Rng(1), true, ',', 6000), SIZE)],
  ['chat transcript', build('chat', SIZE, 2, 0.3)],
  ['trade blotter', oneTable(blotterTable(new Rng(3), true, 5000), SIZE)],
  ['mixed (all kinds)', Object.keys(KINDS).map((k, i) => build(k, SIZE / 8, 10 + i, 0.5)).join('\n')],
];

const cpuModel = cpus()[0]?.model ?? 'unknown CPU';
console.log(`machine: ${cpuModel.trim()}, ${cpus().length} cores, Node ${process.version}, ${process.platform}/${process.arch}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

/** The speed of doing nothing: one charCodeAt pass, so figures from a loaded or slow machine can be scaled. */
function baseline(text: string): number {
  let digits = 0;
  let best = Infinity;
  for (let round = 0; round < 30; round++) {
    const start = performance.now();
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
    }
    best = Math.min(best, performance.now() - start);
  }
  return digits >= 0 ? text.length / (best / 1000) / 1e6 : 0;
}
console.log('input: 200 KB documents —', documents.map(([name, text]) => `${name} ${(text.length / 1024).toFixed(0)} KB (${classify(text).length} findings)`).join('; '));

/**
 * MB/s over ~1 s of repeated runs: the median run (typical) and the fastest run (least disturbed by other
 * load), by wall clock and by CPU time (process.cpuUsage: on a shared machine the time this process was not
 * running is not the classifier's).
 */
function throughput(text: string): { median: number; best: number; cpuMedian: number; cpuBest: number } {
  for (let i = 0; i < 20; i++) classify(text);
  const runs: number[] = [];
  const cpuRuns: number[] = [];
  const start = performance.now();
  while (performance.now() - start < 1000) {
    const usage = process.cpuUsage();
    const t = performance.now();
    classify(text);
    runs.push(performance.now() - t);
    const used = process.cpuUsage(usage);
    cpuRuns.push((used.user + used.system) / 1000);
  }
  runs.sort((a, b) => a - b);
  cpuRuns.sort((a, b) => a - b);
  const mbps = (ms: number) => text.length / (Math.max(ms, 0.001) / 1000) / 1e6;
  return {
    median: mbps(runs[Math.floor(runs.length / 2)] ?? 1),
    best: mbps(runs[0] ?? 1),
    cpuMedian: mbps(cpuRuns[Math.floor(cpuRuns.length / 2)] ?? 1),
    cpuBest: mbps(cpuRuns[0] ?? 1),
  };
}

console.log(`baseline: a bare charCodeAt loop runs at ${baseline(documents[0]?.[1] ?? '').toFixed(0)} MB/s here`);
for (const [name, text] of documents) {
  const { median, best, cpuMedian, cpuBest } = throughput(text);
  console.log(`throughput ${name.padEnd(22)} median ${median.toFixed(1)} MB/s, best ${best.toFixed(1)} MB/s; cpu time median ${cpuMedian.toFixed(1)} MB/s, best ${cpuBest.toFixed(1)} MB/s`);
}

// 10 KB pastes cut from every kind, some with PII, some clean.
const pastes: string[] = [];
const pasteKinds: string[] = [];
for (let i = 0; i < 200; i++) {
  const kinds = Object.keys(KINDS);
  pasteKinds.push(kinds[i % kinds.length] as string);
  pastes.push(build(kinds[i % kinds.length] as string, 10 * 1024, 100 + i, 0.5));
}
for (let i = 0; i < 3; i++) for (const paste of pastes) classify(paste);
// Wall-clock time per paste, and CPU time per paste (process.cpuUsage): on a shared machine the wall-clock
// tail is the scheduler's, the CPU tail is the classifier's.
const wall: number[] = [];
const cpu: number[] = [];
const cpuByKind = new Map<string, number[]>();
for (let round = 0; round < 10; round++) {
  pastes.forEach((paste, p) => {
    const usage = process.cpuUsage();
    const start = performance.now();
    classify(paste);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(usage);
    const ms = (used.user + used.system) / 1000;
    cpu.push(ms);
    const kind = pasteKinds[p] as string;
    const forKind = cpuByKind.get(kind) ?? [];
    forKind.push(ms);
    cpuByKind.set(kind, forKind);
  });
}
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(3);
};
console.log(`latency 10 KB paste (${wall.length} runs over ${pastes.length} pastes of every kind):`);
console.log(`  wall-clock p50 ${quantile(wall, 0.5)} ms, p99 ${quantile(wall, 0.99)} ms, max ${quantile(wall, 1)} ms`);
console.log(`  cpu time   p50 ${quantile(cpu, 0.5)} ms, p99 ${quantile(cpu, 0.99)} ms, max ${quantile(cpu, 1)} ms`);
console.log(`  cpu time p99 by kind: ${[...cpuByKind].map(([kind, values]) => `${kind} ${quantile(values, 0.99)}`).join(', ')} (ms)`);
console.log(`load average at the end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
