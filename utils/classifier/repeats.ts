/**
 * A value named once is the same value when it comes back without its label: "acct 5HP-336190 … take both,
 * into 5HP-336190". Context-dependent types only — a formatted SSN, a card or an IBAN is found by its shape
 * anyway, and a date mentioned again may be another date. Bounded: pastes up to 64 KB naming up to 8 distinct
 * values (a large export names its values by column, row after row; a long form labels each one).
 * A person's full name found once ("[10:42] Sam Oduya: …", "Client: Sam Oduya") is the same person further on
 * ("… ask Sam Oduya"), where an uncommon given name alone would not be recognised; up to 8 names.
 */
import { classOf, OTHER } from './chars';
import type { Finding, PiiType } from './types';

const REPEATABLE = new Set<PiiType>(['BROKERAGE_ACCOUNT', 'US_BANK_ACCOUNT', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_SSN', 'US_ITIN']);
const MAX_TEXT = 64 * 1024;
const MAX_VALUES = 8;
const MIN_LENGTH = 6;
const MAX_NAMES = 8;

/** Whether [start, end) overlaps a finding of `sorted` (sorted by start, non-overlapping). */
export function overlapsAny(sorted: readonly Finding[], start: number, end: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as Finding).end <= start) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && (sorted[low] as Finding).start < end;
}

/** Whether the occurrence [start, end) stands alone: no letter or digit glued to either side. */
function standsAlone(text: string, start: number, end: number): boolean {
  return classOf(text.charCodeAt(start - 1)) === OTHER && classOf(text.charCodeAt(end)) === OTHER;
}

/** Unlabelled repeats of the repeatable values among `findings` (sorted, non-overlapping); [] when there are none. */
export function findRepeats(text: string, findings: readonly Finding[]): Finding[] {
  if (text.length > MAX_TEXT || findings.length === 0) return [];
  const first = new Map<string, Finding>();
  const names = new Map<string, Finding>();
  for (const finding of findings) {
    if (finding.type === 'PERSON') {
      // Names found by a known given name are found again the same way; only those found by where they stand
      // (a chat speaker, a label, a title: scored 0.8 and up) need carrying to their repeats.
      if (names.size < MAX_NAMES && finding.score >= 0.8 && finding.evidence.columnHeader === undefined) {
        const name = text.slice(finding.start, finding.end);
        if (name.includes(' ') && !names.has(name)) names.set(name, finding);
      }
      continue;
    }
    // Values under a column header are found by their column wherever they stand in it: only values named
    // by a keyword can come back unnamed (and skipping exports keeps 10 KB pastes fast).
    if (first.size > MAX_VALUES || !REPEATABLE.has(finding.type) || finding.end - finding.start < MIN_LENGTH || finding.evidence.columnHeader !== undefined) continue;
    const value = text.slice(finding.start, finding.end);
    if (!first.has(value)) first.set(value, finding);
  }
  const repeats: Finding[] = [];
  // A text naming many values labels them as it goes (a form, a list): searching each again costs a pass
  // over the text per value (a quarter of a 10 KB form's time at 32 values; issue #2 p99).
  for (const [value, original] of first.size > MAX_VALUES ? names : [...first, ...names]) {
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length)) {
      const end = at + value.length;
      if (at === original.start || !standsAlone(text, at, end) || overlapsAny(findings, at, end)) continue;
      repeats.push({
        type: original.type,
        start: at,
        end,
        score: Math.min(original.score, 0.8),
        detector: `${original.detector}-repeat`,
        evidence: { context: [], notes: [`the value named at offset ${original.start}`] },
      });
    }
  }
  return repeats;
}
