/**
 * `npm run --silent pii-scan` — the classifier's measuring contract (issue #2): JSONL on stdin, one
 * `{"id", "text"}` per line; one answer per line on stdout, in order:
 *   {"id", "findings": [{"start", "end", "type", "score"}], "block", "elapsed_ms"}
 * `block` is decide(findings, an unapproved destination, DEFAULT_POLICY) === 'block'; `elapsed_ms` is the
 * in-process classify() time only, after a short JIT warm-up at start. A malformed line gets {"id"?, "error"} and the scan carries on. Blank
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

// Every recognizer's path, so the JIT has compiled them before the first measured line: elapsed_ms is then
// steady-state classify time. (A fresh frame's first paste in the browser runs cold: see the bench.)
const WARM_UP = [
  'Client: Maria L. Gonzalez, SSN 524-71-9638, DOB 04/12/1961, card 4111 1111 1111 1111, acct # 48813392.',
  'Wire to checking 000123456789, routing 021000021; IBAN DE89 3704 0044 0532 0130 00; passport 912803456; DL D1234567.',
  'Order #452719638 filled 1,250 @ 45.12, CUSIP 037833100, trade date 11/14/2026; call (512) 555-0143 or maria@example.com.',
  'Name\tSSN\tDOB\nRosa Delgado\t412683391\t03/09/1958\n1200 Oak Ridge Dr, Austin, TX 78701 <td>524</td>&nbsp;',
  '[10:02] Broker: her social is 531 84 2207, born March 9, 1958; ITIN 912-70-1234; EIN 12-3456789\nBest,\nKevin Marsh',
  'Last Name,First Name,Acct,Phone\nDelgado,Rosa,7QX-449120,+1 212 555 0143\nXXX-XX-1234 ending 4471 v4.12.3 10.0.0.1',
];

function warmUp(): void {
  for (let i = 0; i < 2000; i++) classify(WARM_UP[i % WARM_UP.length] ?? '');
}

async function main(): Promise<void> {
  warmUp();
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
