/**
 * Scores the classifier on labelled JSONL corpora: document-level should-block recall and clean-block rate,
 * and per-type span precision/recall/F1, exact (type and both boundaries) and overlap (type and any overlap).
 * Run with `npm run corpus -- --eval`.
 */
import { readFileSync } from 'node:fs';
import { classify } from '../../utils/classifier/index';
import { HIGH_RISK_TYPES, PII_TYPES, type Finding, type PiiType } from '../../utils/classifier/types';
import type { LabelledDoc, Span } from './doc';

export interface Counts {
  gold: number;
  predicted: number;
  exact: number;
  overlapGold: number;
  overlapPredicted: number;
}

export interface Report {
  documents: number;
  shouldBlock: number;
  blockedShouldBlock: number;
  clean: number;
  blockedClean: number;
  recall: number;
  cleanBlockRate: number;
  perType: Record<PiiType, Counts>;
  highRisk: { exactF1: number; overlapF1: number };
  allTypes: { exactF1: number; overlapF1: number };
  /** Documents the classifier got wrong at document level, for debugging. */
  misses: string[];
  falseBlocks: string[];
}

export function readCorpus(path: string): LabelledDoc[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() && !line.startsWith('//')).map((line) => JSON.parse(line) as LabelledDoc);
}

const empty = (): Counts => ({ gold: 0, predicted: 0, exact: 0, overlapGold: 0, overlapPredicted: 0 });
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const overlaps = (a: Span | Finding, b: Span | Finding) => a.type === b.type && a.start < b.end && b.start < a.end;

function microF1(counts: Counts[]): { exactF1: number; overlapF1: number } {
  const sum = counts.reduce((acc, c) => ({ gold: acc.gold + c.gold, predicted: acc.predicted + c.predicted, exact: acc.exact + c.exact, overlapGold: acc.overlapGold + c.overlapGold, overlapPredicted: acc.overlapPredicted + c.overlapPredicted }), empty());
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    exactF1: f1(ratio(sum.exact, sum.predicted), ratio(sum.exact, sum.gold)),
    overlapF1: f1(ratio(sum.overlapPredicted, sum.predicted), ratio(sum.overlapGold, sum.gold)),
  };
}

export function evaluate(docs: readonly LabelledDoc[]): Report {
  const perType = Object.fromEntries(PII_TYPES.map((t) => [t, empty()])) as Record<PiiType, Counts>;
  let shouldBlock = 0, blockedShouldBlock = 0, clean = 0, blockedClean = 0;
  const misses: string[] = [];
  const falseBlocks: string[] = [];
  for (const doc of docs) {
    const findings = classify(doc.text);
    const blocked = findings.some((f) => HIGH_RISK_TYPES.has(f.type));
    if (doc.shouldBlock) {
      shouldBlock++;
      if (blocked) blockedShouldBlock++;
      else misses.push(doc.id);
    } else {
      clean++;
      if (blocked) {
        blockedClean++;
        falseBlocks.push(doc.id);
      }
    }
    for (const span of doc.spans) {
      const c = perType[span.type];
      c.gold++;
      if (findings.some((f) => overlaps(f, span))) c.overlapGold++;
    }
    for (const f of findings) {
      const c = perType[f.type];
      c.predicted++;
      if (doc.spans.some((s) => s.type === f.type && s.start === f.start && s.end === f.end)) c.exact++;
      if (doc.spans.some((s) => overlaps(f, s))) c.overlapPredicted++;
    }
  }
  const all = PII_TYPES.map((t) => perType[t]);
  return {
    documents: docs.length, shouldBlock, blockedShouldBlock, clean, blockedClean,
    recall: shouldBlock ? blockedShouldBlock / shouldBlock : 1,
    cleanBlockRate: clean ? blockedClean / clean : 0,
    perType,
    highRisk: microF1(PII_TYPES.filter((t) => HIGH_RISK_TYPES.has(t)).map((t) => perType[t])),
    allTypes: microF1(all),
    misses, falseBlocks,
  };
}

const pct = (x: number) => x.toFixed(3);

export function formatReport(name: string, report: Report): string {
  const out = [
    `== ${name}: ${report.documents} documents`,
    `should-block recall ${pct(report.recall)} (${report.blockedShouldBlock}/${report.shouldBlock}); clean block rate ${pct(report.cleanBlockRate)} (${report.blockedClean}/${report.clean})`,
    `high-risk F1 exact ${pct(report.highRisk.exactF1)} overlap ${pct(report.highRisk.overlapF1)}; all types F1 exact ${pct(report.allTypes.exactF1)} overlap ${pct(report.allTypes.overlapF1)}`,
    'type               gold  pred   P(ex)  R(ex)  F1(ex)  F1(ov)',
  ];
  for (const type of PII_TYPES) {
    const c = report.perType[type];
    if (c.gold === 0 && c.predicted === 0) continue;
    const p = c.predicted ? c.exact / c.predicted : 1;
    const r = c.gold ? c.exact / c.gold : 1;
    const po = c.predicted ? c.overlapPredicted / c.predicted : 1;
    const ro = c.gold ? c.overlapGold / c.gold : 1;
    out.push(`${type.padEnd(18)} ${String(c.gold).padStart(5)} ${String(c.predicted).padStart(5)}  ${pct(p)}  ${pct(r)}  ${pct(f1(p, r))}   ${pct(f1(po, ro))}`);
  }
  if (report.misses.length) out.push(`missed: ${report.misses.slice(0, 15).join(' ')}`);
  if (report.falseBlocks.length) out.push(`false blocks: ${report.falseBlocks.slice(0, 15).join(' ')}`);
  return out.join('\n');
}

export function evaluateFiles(paths: readonly string[]): void {
  for (const path of paths) console.log(formatReport(path.split('/').pop() ?? path, evaluate(readCorpus(path))) + '\n');
}
