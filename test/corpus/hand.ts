/** Turns hand-labelled.src.txt (hand-written, values marked {{TYPE|value}}) into hand-labelled.jsonl. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PII_TYPES, type PiiType } from '../../utils/classifier/types';
import { Doc, type LabelledDoc } from './doc';

export const HAND_SOURCE = fileURLToPath(new URL('./hand-labelled.src.txt', import.meta.url));

const MARK = /\{\{([A-Z_]+)\|([\s\S]*?)\}\}/g;

export function parseHandSource(source: string): LabelledDoc[] {
  const docs: LabelledDoc[] = [];
  const blocks = source.split(/^=== /m).slice(1);
  for (const block of blocks) {
    const newline = block.indexOf('\n');
    const [id, kind] = block.slice(0, newline).trim().split(/\s+/);
    const body = block.slice(newline + 1).replace(/\n+$/, '');
    const doc = new Doc();
    let last = 0;
    for (const m of body.matchAll(MARK)) {
      const type = m[1] as PiiType;
      if (!PII_TYPES.includes(type)) throw new Error(`${id}: unknown type ${type}`);
      doc.t(body.slice(last, m.index)).v(type, m[2] ?? '');
      last = m.index + m[0].length;
    }
    doc.t(body.slice(last));
    docs.push(doc.finish(id ?? '?', kind ?? 'unknown'));
  }
  return docs;
}

export function writeHandCorpus(target: string): number {
  const docs = parseHandSource(readFileSync(HAND_SOURCE, 'utf8'));
  writeFileSync(target, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  return docs.length;
}
