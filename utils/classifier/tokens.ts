/**
 * Reads a run of digit groups ("123-45-6789", "(212) 555-0143", "4111 1111 1111 1111", "11/14/2026") starting
 * at a digit, straight from the original text: invisible characters and inline HTML tags inside the run are
 * skipped, Unicode dashes, NBSP and separator entities count as separators, anything else ends the run.
 */
import { entitySeparator, isDash, isDigit, isLetter, isSpaceSeparator, skipInvisible } from './chars';

/**
 * One run of digit groups. Reused for every run of a classify() call (the scanner meets thousands): the
 * per-group arrays are overwritten and `count` says how many entries are live.
 */
export class NumericToken {
  count = 0;
  /** Per group: index of its first digit, index after its last digit, its digits (invisible characters removed). */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly digits: string[] = [];
  /** seps[i] is the kind of separator between group i and i + 1: '-', ' ', '.', '/' or '(' (a parenthesised area code). */
  readonly seps: string[] = [];
  /** '+' or '(' when the run is directly preceded by one (phone numbers); '' otherwise. */
  prefix = '';
  /** A letter touches the run on the right ("123abc", "2026-11-14T10:42"): it is part of a word, not a number. */
  gluedRight = false;
  /** Index after the whole run (after the last group). */
  end = 0;
}

const MAX_GROUPS = 12;
const MAX_SEPARATOR_CHARS = 3;

/** Reads the group starting at the digit at `i` into slot `slot` of `token`; returns the index after it. */
function readGroup(text: string, i: number, token: NumericToken, slot: number): number {
  const start = i;
  let end = i;
  let clean = true;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      i++;
      end = i;
    } else {
      const next = skipInvisible(text, i);
      if (next === i || !isDigit(text.charCodeAt(next))) break;
      clean = false;
      i = next;
    }
  }
  const raw = text.slice(start, end);
  token.starts[slot] = start;
  token.ends[slot] = end;
  token.digits[slot] = clean ? raw : raw.replace(/\D+/g, '');
  return end;
}
/** The separator starting at `i` (kind and the index of the next digit), or undefined when the run ends. */
function readSeparator(text: string, i: number): { kind: string; next: number } | undefined {
  let kinds = '';
  let count = 0;
  while (count < MAX_SEPARATOR_CHARS) {
    i = skipInvisible(text, i);
    const c = text.charCodeAt(i);
    if (isDigit(c)) break;
    let kind: string;
    if (isSpaceSeparator(c)) kind = ' ';
    else if (isDash(c)) kind = '-';
    else if (c === 46) kind = '.';
    else if (c === 47) kind = '/';
    else if (c === 41 || c === 40) kind = '(';
    else if (c === 38) {
      const entity = entitySeparator(text, i);
      if (!entity) return undefined;
      kinds += entity.kind;
      count++;
      i = entity.next;
      continue;
    } else return undefined;
    kinds += kind;
    count++;
    i++;
  }
  if (count === 0 || !isDigit(text.charCodeAt(i))) return undefined;
  // One kind of punctuation per separator; spaces may surround it ("212 - 555"), but "5. 12" is a sentence end.
  const marks = kinds.replace(/ /g, '');
  if (marks.length === 0) return kinds.length === 1 ? { kind: ' ', next: i } : undefined;
  const mark = marks[0] ?? '';
  if (marks.length > 1) return undefined;
  if (mark === '.' && kinds.length > 1) return undefined;
  return { kind: mark, next: i };
}

/** Reads the run starting at the digit at `start` into `token` (reused). */
export function readNumericToken(text: string, start: number, token: NumericToken): NumericToken {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  token.prefix = before === 43 ? '+' : before === 40 ? '(' : '';
  token.count = 1;
  let end = readGroup(text, start, token, 0);
  while (token.count < MAX_GROUPS) {
    const c = text.charCodeAt(end);
    // Fast exit: most runs end at a character that cannot start a separator.
    if (c !== 32 && c !== 45 && c !== 46 && c !== 47 && c !== 40 && c !== 41 && c !== 38 && c !== 60 && c < 128) break;
    const sep = readSeparator(text, end);
    if (!sep) break;
    token.seps[token.count - 1] = sep.kind;
    end = readGroup(text, sep.next, token, token.count);
    token.count++;
  }
  token.seps[token.count - 1] = '';
  token.end = end;
  const after = skipInvisible(text, end);
  const next = text.charCodeAt(after);
  // "234.567.8901x2345": an extension, not a word.
  if ((next === 120 || next === 88) && isDigit(text.charCodeAt(after + 1))) {
    token.gluedRight = false;
    return token;
  }
  // "78305246-1028-4323-a159-…" (a UUID) or "2026-11-14T10:42": the digits are part of a longer word.
  const joinsWord = (isDash(next) || next === 95) && isLetter(text.charCodeAt(after + 1));
  token.gluedRight = isLetter(next) || joinsWord;
  return token;
}
