/**
 * Reads a run of digit groups ("123-45-6789", "(212) 555-0143", "4111 1111 1111 1111", "11/14/2026") starting
 * at a digit, straight from the original text: invisible characters and inline HTML tags inside the run are
 * skipped, Unicode dashes, NBSP and separator entities count as separators, anything else ends the run.
 *
 * Speed (issue #2: ≥ 100 MB/s on PII-dense exports): a CSV export holds a run every ~12 characters, so the
 * token holds numbers only — digit counts, values, separator bits — and the recognizers read those; a
 * group's digit string is built only when a validator that needs one (Luhn, SSA ranges) is reached.
 */
import { entitySeparator, isDash, isDigit, isIgnorable, isLetter, isSpaceSeparator, skipInvisible } from './chars';

/** Separator kinds as bits, so "one of '-', ' ' or '.'" is one mask test: `(sep & (DASH | SPACE | DOT)) !== 0`. */
export const SEP_DASH = 1;
export const SEP_SPACE = 2;
export const SEP_DOT = 4;
export const SEP_SLASH = 8;
/** '(' or ')': a parenthesised area code. */
export const SEP_PAREN = 16;

/** What stands directly before a run: '+' or '(' (phone numbers), or nothing. */
export const PREFIX_NONE = 0;
export const PREFIX_PLUS = 43;
export const PREFIX_PAREN = 40;

const MAX_GROUPS = 12;
const MAX_SEPARATOR_CHARS = 3;

/**
 * One run of digit groups. Reused for every run of a classify() call (the scanner meets thousands): the
 * per-group arrays are overwritten and `count` says how many entries are live.
 */
export class NumericToken {
  text = '';
  count = 0;
  /** Per group: index of its first digit, index after its last digit (invisible characters inside included). */
  readonly starts = new Int32Array(MAX_GROUPS + 1);
  readonly ends = new Int32Array(MAX_GROUPS + 1);
  /** Per group: how many digits it has, and their value (exact up to 15 digits; only short groups are read as numbers). */
  readonly lengths = new Int32Array(MAX_GROUPS + 1);
  readonly values = new Float64Array(MAX_GROUPS + 1);
  /** Per group: whether invisible characters or tags sit between its digits (its digits then need filtering). */
  readonly clean = new Uint8Array(MAX_GROUPS + 1);
  /** seps[i] is the SEP_* bit of the separator between group i and i + 1; 0 after the last group. */
  readonly seps = new Uint8Array(MAX_GROUPS + 1);
  /** PREFIX_PLUS or PREFIX_PAREN when the run is directly preceded by one (phone numbers); PREFIX_NONE otherwise. */
  prefix = PREFIX_NONE;
  /** A letter touches the run on the right ("123abc", "2026-11-14T10:42"): it is part of a word, not a number. */
  gluedRight = false;
  /** Index after the whole run (after the last group). */
  end = 0;

  /** The digits of group g as a string (built on demand: only validators need it). */
  groupDigits(g: number): string {
    const raw = this.text.slice(this.starts[g], this.ends[g]);
    return this.clean[g] === 1 ? raw : raw.replace(/\D+/g, '');
  }
}

/** Reads the group starting at the digit at `i` into slot `slot` of `token`; returns the index after it. */
function readGroup(text: string, i: number, token: NumericToken, slot: number): number {
  const start = i;
  let end = i;
  let clean = 1;
  let length = 0;
  let value = 0;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      length++;
      i++;
      end = i;
    } else {
      // Only a zero-width character or an inline tag can continue the group (both are rare).
      if (c < 128 && c !== 60) break;
      const next = skipInvisible(text, i);
      if (next === i || !isDigit(text.charCodeAt(next))) break;
      clean = 0;
      i = next;
    }
  }
  token.starts[slot] = start;
  token.ends[slot] = end;
  token.lengths[slot] = length;
  token.values[slot] = value;
  token.clean[slot] = clean;
  return end;
}

/**
 * Reads the plain digits from `start` into group 0 of `token` and returns the index after them. The scanner
 * needs the run's length before deciding whether it is worth a token at all; reading it here lets
 * readNumericToken start from group 1 instead of reading the digits a second time.
 */
export function readDigitRun(text: string, start: number, token: NumericToken): number {
  let i = start;
  let value = 0;
  for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) value = value * 10 + (c - 48);
  token.starts[0] = start;
  token.ends[0] = i;
  token.lengths[0] = i - start;
  token.values[0] = value;
  token.clean[0] = 1;
  return i;
}

/** Index of the next group's first digit after the last `readSeparator` that found one (no tuple allocated). */
let separatorNext = 0;

function sepOf(c: number): number {
  if (isSpaceSeparator(c)) return SEP_SPACE;
  if (isDash(c)) return SEP_DASH;
  if (c === 46) return SEP_DOT;
  if (c === 47) return SEP_SLASH;
  if (c === 41 || c === 40) return SEP_PAREN;
  return 0;
}

/**
 * The SEP_* kind of the separator starting at `i` (the next digit's index in `separatorNext`), or 0 when the
 * run ends. One kind of punctuation per separator; spaces may surround it ("212 - 555"), but "5. 12" is a
 * sentence end.
 */
function readSeparator(text: string, i: number): number {
  // The usual separator: one ASCII '-', ' ', '.', '/', '(' or ')' with a digit after it.
  const first = text.charCodeAt(i);
  if (first < 128 && isDigit(text.charCodeAt(i + 1))) {
    const kind = sepOf(first);
    if (kind === 0) return 0;
    separatorNext = i + 1;
    return kind;
  }
  let chars = 0;
  let marks = 0;
  let mark = 0;
  // A line break straight after a dash: a number wrapped at its hyphen by a chat client or a PDF ("318-06-\n4472").
  let wrapAllowed = false;
  while (chars < MAX_SEPARATOR_CHARS) {
    i = skipInvisible(text, i);
    const c = text.charCodeAt(i);
    if (isDigit(c)) break;
    if (wrapAllowed && (c === 10 || c === 13)) {
      wrapAllowed = c === 13;
      i++;
      chars++;
      continue;
    }
    let kind = sepOf(c);
    wrapAllowed = kind === SEP_DASH;
    if (kind === 0) {
      if (c !== 38) return 0;
      const entity = entitySeparator(text, i);
      if (!entity) return 0;
      kind = entity.kind === ' ' ? SEP_SPACE : SEP_DASH;
      i = entity.next;
    } else i++;
    chars++;
    if (kind !== SEP_SPACE) {
      if (marks === 0) mark = kind;
      marks++;
    }
  }
  if (chars === 0 || !isDigit(text.charCodeAt(i))) return 0;
  separatorNext = i;
  if (marks === 0) return chars === 1 ? SEP_SPACE : 0;
  if (marks > 1 || (mark === SEP_DOT && chars > 1)) return 0;
  return mark;
}

/**
 * Reads the run starting at the digit at `start` into `token` (reused). `runEnd`, when given, is what
 * readDigitRun(text, start, token) just returned: group 0 is then already read, unless invisible characters
 * or a tag continue it. `before` and `stop` are the characters before `start` and at `runEnd`, when the
 * caller has them already.
 */
export function readNumericToken(
  text: string,
  start: number,
  token: NumericToken,
  runEnd = -1,
  before = start > 0 ? text.charCodeAt(start - 1) : 0,
  stop = runEnd >= 0 ? text.charCodeAt(runEnd) : 0,
): NumericToken {
  token.text = text;
  token.prefix = before === PREFIX_PLUS || before === PREFIX_PAREN ? before : PREFIX_NONE;
  token.count = 1;
  // `c` is always the character at `end`: read once and reused below (each read of a sliced or cons string
  // costs more than the comparison it feeds; issue #2 speed).
  let end = runEnd;
  let c = stop;
  if (runEnd < 0 || c === 60 || isIgnorable(c)) {
    end = readGroup(text, start, token, 0);
    c = text.charCodeAt(end);
  }
  while (token.count < MAX_GROUPS) {
    // Fast exit: most runs end at a character that cannot start a separator.
    if (c !== 32 && c !== 45 && c !== 46 && c !== 47 && c !== 40 && c !== 41 && c !== 38 && c !== 60 && c < 128) break;
    const sep = readSeparator(text, end);
    if (sep === 0) break;
    token.seps[token.count - 1] = sep;
    end = readGroup(text, separatorNext, token, token.count);
    token.count++;
    c = text.charCodeAt(end);
  }
  token.seps[token.count - 1] = 0;
  token.end = end;
  const invisible = c === 60 || isIgnorable(c);
  const after = invisible ? skipInvisible(text, end) : end;
  const next = invisible ? text.charCodeAt(after) : c;
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
