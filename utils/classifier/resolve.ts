/**
 * Overlap resolution: recognizers may claim the same characters (an email holding digits, a person name
 * inside a street address). The result is sorted by start and non-overlapping; of two overlapping findings
 * the higher score wins, then the longer one.
 */
import type { Finding } from './types';

function beats(a: Finding, b: Finding): boolean {
  if (a.score !== b.score) return a.score > b.score;
  return a.end - a.start > b.end - b.start;
}

/** `inOrder`: the caller saw every finding emitted at or after the previous one's start (no sort needed). */
export function resolveOverlaps(findings: Finding[], minScore: number, inOrder = false): Finding[] {
  // The scanner emits in text order; sort only when a recognizer looked back (firm patterns, overlaps).
  let ordered = inOrder;
  if (!ordered) {
    ordered = true;
    for (let i = 1; i < findings.length && ordered; i++) ordered = (findings[i - 1] as Finding).start <= (findings[i] as Finding).start;
  }
  if (!ordered) findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i] as Finding;
    if (finding.score < minScore) continue;
    let wins = true;
    // Drop every kept finding this one overlaps and beats; stop if one of them beats it.
    while (kept.length > 0) {
      const last = kept[kept.length - 1] as Finding;
      if (last.end <= finding.start) break;
      if (beats(finding, last)) kept.pop();
      else {
        wins = false;
        break;
      }
    }
    if (wins) kept.push(finding);
  }
  return kept;
}
