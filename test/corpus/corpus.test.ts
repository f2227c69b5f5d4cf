import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, readCorpus } from './evaluate';
import { CORPUS_PATH, generateCorpus, HAND_PATH } from './generate';
import { HAND_SOURCE, parseHandSource } from './hand';

// Issue #2 figures. The held-out corpus is hidden; these two are published: the seeded generated corpus
// and the hand-written tricky cases.
const TARGETS = { recall: 0.97, cleanBlockRate: 0.03, highRiskF1: 0.9, allTypesF1: 0.8 };

describe.each([
  ['generated broker corpus', CORPUS_PATH],
  ['hand-labelled corpus', HAND_PATH],
])('%s', (_name, path) => {
  const report = evaluate(readCorpus(path));

  it('has both should-block and clean documents', () => {
    expect(report.shouldBlock).toBeGreaterThan(20);
    expect(report.clean).toBeGreaterThan(20);
  });

  it(`blocks ≥ ${TARGETS.recall} of should-block documents and ≤ ${TARGETS.cleanBlockRate} of clean ones`, () => {
    expect(report.recall).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(report.cleanBlockRate).toBeLessThanOrEqual(TARGETS.cleanBlockRate);
  });

  it(`reaches exact-span F1 ≥ ${TARGETS.highRiskF1} on high-risk types and ≥ ${TARGETS.allTypesF1} over all types`, () => {
    expect(report.highRisk.exactF1).toBeGreaterThanOrEqual(TARGETS.highRiskF1);
    expect(report.allTypes.exactF1).toBeGreaterThanOrEqual(TARGETS.allTypesF1);
  });
});

describe('corpus files', () => {
  it('the committed generated corpus is what the seeded generator produces', () => {
    const committed = readFileSync(CORPUS_PATH, 'utf8').trimEnd().split('\n');
    const fresh = generateCorpus().map((doc) => JSON.stringify(doc));
    expect(committed.length).toBe(fresh.length);
    expect(committed[0]).toBe(fresh[0]);
    expect(committed[committed.length - 1]).toBe(fresh[fresh.length - 1]);
  });

  it('the committed hand-labelled corpus matches its hand-written source, and every span is inside its text', () => {
    const docs = parseHandSource(readFileSync(HAND_SOURCE, 'utf8'));
    expect(readCorpus(HAND_PATH)).toEqual(docs);
    for (const doc of docs) for (const span of doc.spans) expect(span.end).toBeLessThanOrEqual(doc.text.length);
  });
});
