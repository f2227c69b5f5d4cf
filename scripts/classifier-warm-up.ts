/**
 * JIT warm-up for the classifier in a long-running Node process (pii-scan). V8 compiles a function for the
 * inputs it has seen: a process that starts on a 200 KB CSV export runs it mostly in the interpreter, then
 * deoptimises on the first chat transcript (4–8 MB/s measured for each first document, against 25–50 MB/s
 * once warm). So before reading its input, the process classifies every kind of generated broker text —
 * short messages, every table shape, and 200 KB documents of each kind — until every recognizer's path,
 * and the long-document paths (thousand-row tables, growing delimiter buffers), have been compiled.
 *
 * The texts come from the corpus generator with seeds the benchmark and the corpus do not use.
 */
import { classify } from '../utils/classifier/index';
import { blotterTable, KINDS, table } from '../test/corpus/templates';
import { Rng } from '../test/corpus/rng';
import { readFileSync } from 'node:fs';

const LONG_DOCUMENT = 200 * 1024;

/** One line per recognizer path the generator does not write (lookalikes, HTML, odd separators). */
const EDGE_CASES = [
  'Client: Maria L. Gonzalez, SSN 524-71-9638, DOB 04/12/1961, card 4539 5260 1815 9083, acct # 48813392.',
  'Wire to checking 000183456721, routing 021000021; IBAN DE95 3704 0044 0532 0198 76; passport 912803456; DL D1234567.',
  'Order #452719638 filled 1,250 @ 45.12, CUSIP 037833100, trade date 11/14/2026; call (512) 555-0143 or maria@example.com.',
  'Name\tSSN\tDOB\nRosa Delgado\t412683391\t03/09/1958\n1200 Oak Ridge Dr, Austin, TX 78701 <td>524</td>&nbsp;',
  '[10:02] Broker: her social is 531 84 2207, born March 9, 1958; ITIN 912-70-1234; EIN 12-3456789\nBest,\nKevin Marsh',
  'Last Name,First Name,Acct,Phone\nDelgado,Rosa,7QX-449120,+1 212 555 0143\nXXX-XX-1234 ending 4471 v4.12.3 10.0.0.1',
];

/** The hand-written corpus, when the repository's test folder is there (it is in a clone; not in a package). */
function handWritten(): string[] {
  try {
    const lines = readFileSync(new URL('../test/corpus/hand-labelled.jsonl', import.meta.url), 'utf8').split('\n');
    return lines.filter((line) => line.trim()).map((line) => String((JSON.parse(line) as { text?: unknown }).text ?? ''));
  } catch {
    return [];
  }
}

function document(kind: string, r: Rng, bytes: number): string {
  const builder = KINDS[kind];
  if (!builder) throw new Error(`unknown kind ${kind}`);
  let text = '';
  while (text.length < bytes) text += `${builder(r, r.chance(0.5)).text}\n\n`;
  return text;
}

/** The warm-up texts: short and 200 KB, of every kind, with and without PII. Built once (deterministic). */
function warmUpTexts(): { short: string[]; long: string[] } {
  const r = new Rng(0x5eed_c0de);
  const kinds = Object.keys(KINDS);
  const short: string[] = [...EDGE_CASES, ...handWritten()];
  for (let i = 0; i < 600; i++) {
    // Cut anywhere, as a paste is: a text ending inside a number or a word makes the scanner read past the
    // end, and V8 deoptimises every call site the first time it does (measured: 3–9 ms pastes otherwise).
    const text = document(kinds[i % kinds.length] as string, r, r.int(200, 12 * 1024));
    short.push(text.slice(0, r.int(Math.min(40, text.length), text.length)));
  }
  const long = [
    table(r, true, ',', 6000).text,
    table(r, true, '\t', 6000).text,
    table(r, false, ',', 6000).text,
    blotterTable(r, true, 5000).text,
    kinds.map((kind) => document(kind, r, LONG_DOCUMENT / kinds.length)).join('\n'),
    ...kinds.map((kind) => document(kind, r, LONG_DOCUMENT)),
  ];
  return { short, long };
}

/** Classifies the warm-up texts, short and long interleaved, for about `rounds` passes. Returns how long it took. */
export function warmUpClassifier(rounds = 3): number {
  const started = performance.now();
  const { short, long } = warmUpTexts();
  for (let round = 0; round < rounds; round++) {
    for (const text of short) classify(text);
    for (const text of long) classify(text);
  }
  return performance.now() - started;
}
