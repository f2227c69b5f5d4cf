/**
 * `npm run --silent pii-scan` — the classifier's measuring contract (issue #2): JSONL on stdin, one
 * `{"id", "text"}` per line; one answer per line on stdout, in order:
 *   {"id", "findings": [{"start", "end", "type", "score"}], "block", "elapsed_ms"}
 * `block` is decide(findings, an unapproved destination, DEFAULT_POLICY) === 'block'; `elapsed_ms` is the
 * in-process classify() time only, after a JIT warm-up at start (classifier-warm-up.ts). A malformed line gets {"id"?, "error"} and the scan carries on. Blank
 * lines are skipped (JSONL convention). Lines of any length are read (no readline limit); stdout
 * backpressure is honoured. Exits 0 when stdin closes.
 */
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { classify } from '../utils/classifier/index';
import type { Finding } from '../utils/classifier/types';
import { decide } from '../utils/decide';
import type { Destination } from '../utils/policy/destination';
import { DEFAULT_POLICY } from '../utils/policy/schema';
import { warmUpClassifier } from './classifier-warm-up';

const kindOf = (input: unknown): string => (input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input);

// Extra keys are ignored, so a labelled corpus line ({id, text, spans, …}) can be piped in as it is.
const InputLine = z.object(
  {
  id: z.string({ error: (issue) => (issue.input === undefined ? 'id is missing' : `id must be a string, got ${kindOf(issue.input)}`) }),
  text: z.string({ error: (issue) => (issue.input === undefined ? 'text is missing' : `text must be a string, got ${kindOf(issue.input)}`) }),
  },
  { error: (issue) => `expected a JSON object with "id" and "text", got ${kindOf(issue.input)}` },
);

const UNAPPROVED: Destination = { status: 'unapproved', host: 'unapproved.invalid' };

export interface ScanAnswer {
  id: string;
  findings: { start: number; end: number; type: Finding['type']; score: number }[];
  block: boolean;
  elapsed_ms: number;
}

/** The answer to one input line (without its newline): a scan result or an error. */
export function answerLine(line: string, lineNumber: number): ScanAnswer | { id?: unknown; error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return { error: `line ${lineNumber}: invalid JSON: ${(error as Error).message}` };
  }
  const result = InputLine.safeParse(parsed);
  if (!result.success) {
    const id = parsed !== null && typeof parsed === 'object' && 'id' in parsed ? (parsed as { id: unknown }).id : undefined;
    const issues = result.error.issues.map((issue) => (issue.path.length === 0 || issue.code === 'invalid_type' ? issue.message : `${issue.path.join('.')}: ${issue.message}`));
    const error = `line ${lineNumber}: ${issues.join('; ')}`;
    return typeof id === 'string' || typeof id === 'number' ? { id, error } : { error };
  }
  const { id, text } = result.data;
  const start = performance.now();
  const findings = classify(text);
  const elapsed = performance.now() - start;
  return {
    id,
    findings: findings.map((f) => ({ start: f.start, end: f.end, type: f.type, score: f.score })),
    block: decide(findings, UNAPPROVED, DEFAULT_POLICY).action === 'block',
    elapsed_ms: Math.round(elapsed * 1000) / 1000,
  };
}

async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

async function main(): Promise<void> {
  warmUpClassifier();
  let pending: Buffer[] = [];
  let lineNumber = 0;
  const handle = async (bytes: Buffer) => {
    lineNumber++;
    let line = bytes.toString('utf8');
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') return;
    await write(`${JSON.stringify(answerLine(line, lineNumber))}\n`);
  };
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    let from = 0;
    for (let newline = chunk.indexOf(10, from); newline >= 0; newline = chunk.indexOf(10, from)) {
      pending.push(chunk.subarray(from, newline));
      await handle(Buffer.concat(pending));
      pending = [];
      from = newline + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (pending.length > 0) await handle(Buffer.concat(pending));
}

await main();
