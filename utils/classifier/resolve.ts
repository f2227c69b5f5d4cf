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

/**
 * Adds `finding` (the next by start) to `kept` (sorted, non-overlapping): it drops every kept finding it
 * overlaps and beats, and is dropped itself if one of them beats it. The scanner calls this as it emits,
 * while the finding is still in cache (a PII-dense export yields one every ~20 characters; issue #2 speed).
 */
export function keepResolved(kept: Finding[], finding: Finding, minScore: number): void {
  if (finding.score < minScore) return;
  while (kept.length > 0) {
    const last = kept[kept.length - 1] as Finding;
    if (last.end <= finding.start) break;
    if (!beats(finding, last)) return;
    kept.pop();
  }
  kept.push(finding);
}

export function resolveOverlaps(findings: Finding[], minScore: number): Finding[] {
  // The scanner emits in text order; sort only when a recognizer looked back (firm patterns, overlaps).
  let ordered = true;
  for (let i = 1; i < findings.length && ordered; i++) ordered = (findings[i - 1] as Finding).start <= (findings[i] as Finding).start;
  if (!ordered) findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (let i = 0; i < findings.length; i++) keepResolved(kept, findings[i] as Finding, minScore);
  return kept;
}
