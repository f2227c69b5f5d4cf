/**
 * A firm's account numbers share one shape: once "RKT-604288" is named an account, "RKW-330159" further on
 * ("accounts covered: RKT-604288 (Individual), RKW-330159") is one too, as is "HV-9P3-70125" after
 * "HV-5R2-88304". Only shapes that say "a firm's format" on their own: a separator, at least six digits,
 * and a letter or several groups. The sibling must start like the value it follows (its first character:
 * a branch letter or digit differs, a firm's prefix does not), stand alone, and not be labelled as an order,
 * a reference or a ticket. Bounded like repeats.ts: pastes up to 64 KB, up to 4 shapes.
 */
import { classOf, DIGIT, LOWER, OTHER, UPPER } from './chars';
import { contextBefore, Cue, isColumnar } from './context';
import { overlapsAny } from './repeats';
import type { Finding } from './types';

const MAX_TEXT = 64 * 1024;
const MAX_SHAPES = 4;
const MIN_DIGITS = 6;

/** The shape of an account value as a regex source ("RKT-604288" → "R[A-Z]{2}-\d{6}"), or '' when the shape is too plain to carry. */
export function shapeOf(value: string): string {
  let source = '';
  let digits = 0;
  let letters = 0;
  let separators = 0;
  let runClass = -1;
  let run = 0;
  const flush = () => {
    if (run > 0) source += `${runClass === DIGIT ? '\\d' : '[A-Z]'}{${run}}`;
    run = 0;
  };
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const kind = classOf(c);
    if (kind === LOWER) return '';
    if (i === 0) {
      if (kind !== UPPER && kind !== DIGIT) return '';
      source += value[0];
      if (kind === DIGIT) digits++;
      else letters++;
      continue;
    }
    if (kind === DIGIT || kind === UPPER) {
      if (kind !== runClass) flush();
      runClass = kind;
      run++;
      if (kind === DIGIT) digits++;
      else letters++;
    } else if (c === 45) {
      flush();
      runClass = -1;
      source += '-';
      separators++;
    } else return '';
  }
  flush();
  if (digits < MIN_DIGITS || separators === 0 || (letters === 0 && separators < 2 && value.indexOf('-') < 3)) return '';
  return source;
}

/** Unlabelled accounts of the same shape as a named one among `findings` (sorted, non-overlapping); [] when there are none. */
export function findSiblings(text: string, findings: readonly Finding[]): Finding[] {
  if (text.length > MAX_TEXT) return [];
  const shapes = new Map<string, Finding>();
  for (const finding of findings) {
    // Column values are found by their column; only values named in prose or a form leave siblings unnamed.
    // Only an account named by a keyword next to it: a guess would multiply ("FI0618-0025" in a report's column).
    if (finding.type !== 'BROKERAGE_ACCOUNT' || finding.evidence.columnHeader !== undefined || finding.evidence.context.length === 0 || finding.score < 0.8) continue;
    const shape = shapeOf(text.slice(finding.start, finding.end));
    if (shape !== '' && !shapes.has(shape)) shapes.set(shape, finding);
    if (shapes.size >= MAX_SHAPES) break;
  }
  const siblings: Finding[] = [];
  for (const [shape, original] of shapes) {
    const pattern = new RegExp(shape, 'g');
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (classOf(text.charCodeAt(start - 1)) !== OTHER || classOf(text.charCodeAt(end)) !== OTHER || text.charCodeAt(end) === 45) continue;
      if (overlapsAny(findings, start, end)) continue;
      // A report laid out in columns names each column by its header, and another column may share the shape.
      const lineEnd = text.indexOf('\n', end);
      if (isColumnar(text, text.lastIndexOf('\n', start) + 1, lineEnd < 0 ? text.length : lineEnd)) continue;
      // "order ORD-604288", "ref 311-006917": a label that says it is something else.
      const labelled = contextBefore(text, start);
      if ((labelled.nearest & (Cue.NotPii | Cue.Phone | Cue.Amount | Cue.OtherDate)) !== 0) continue;
      siblings.push({
        type: 'BROKERAGE_ACCOUNT',
        start,
        end,
        score: Math.min(original.score, 0.7),
        detector: 'account-sibling',
        evidence: { context: [], notes: [`the shape of the account named at offset ${original.start}`] },
      });
    }
  }
  return siblings;
}
