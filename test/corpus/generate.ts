/**
 * `npm run corpus` — writes test/corpus/broker-corpus.jsonl: a seeded, deterministic set of labelled broker
 * texts (half should-block, half clean with hard negatives). `npm run corpus -- --eval` evaluates the
 * classifier on it and on the hand-labelled set instead.
 *
 * Labelling conventions (shared with hand-labelled.jsonl):
 * - spans cover the value only: `524-71-9638`, not "SSN: "; a card's span includes its inner spaces/dashes;
 * - PERSON is the full name as written, without a title ("Dr. Sam O'Neil" → "Sam O'Neil"), at least two words;
 *   a lone first name ("Hi Maria,") is not labelled;
 * - STREET_ADDRESS is the street line through the ZIP when city/state/ZIP follow on the same line;
 * - PHONE includes the parentheses and the +1 / 1- prefix, never an extension;
 * - a value written in raw HTML spans the tags and entities inside it (`<span>524</span>-71-9638`);
 * - masked values, invalid numbers and lookalikes (CUSIP, order, CRD…) carry no span, nor do published test
 *   data (sample SSNs such as 123-45-6789, the networks' test cards such as 4111 1111 1111 1111).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LabelledDoc } from './doc';
import { Rng } from './rng';
import { writeHandCorpus } from './hand';
import { KINDS } from './templates';

export const CORPUS_PATH = fileURLToPath(new URL('./broker-corpus.jsonl', import.meta.url));
export const HAND_PATH = fileURLToPath(new URL('./hand-labelled.jsonl', import.meta.url));

export function generateCorpus(seed = 20261122, count = 3000): LabelledDoc[] {
  const r = new Rng(seed);
  const kinds = Object.keys(KINDS);
  const docs: LabelledDoc[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length] as string;
    const build = KINDS[kind];
    if (!build) continue;
    docs.push(build(r, i % 2 === 0).finish(`gen-${String(i).padStart(5, '0')}`, kind));
  }
  return docs;
}

async function main(): Promise<void> {
  if (process.argv.includes('--eval')) {
    const { evaluateFiles } = await import('./evaluate');
    evaluateFiles([CORPUS_PATH, HAND_PATH]);
    return;
  }
  const docs = generateCorpus();
  writeFileSync(CORPUS_PATH, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const bytes = docs.reduce((n, d) => n + d.text.length, 0);
  console.log(`wrote ${docs.length} documents (${(bytes / 1024).toFixed(0)} KB of text) to ${CORPUS_PATH}`);
  console.log(`wrote ${writeHandCorpus(HAND_PATH)} hand-labelled documents to ${HAND_PATH}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
