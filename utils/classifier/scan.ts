/**
 * The one pass over the text (issue #2: ≥ 100 MB/s). A charCodeAt loop skips spaces, punctuation and
 * lower-case words cheaply and stops only at candidates — a digit, an '@', a capitalised word, a word
 * mixing letters and digits — where the recognizers run on a small neighbourhood.
 */
import { letteredAccountEnd, readAlnumWord, scanAlnumWord } from './alnum';
import { scanAddress, scanPoBox } from './address';
import { classOf, DIGIT, isDash, isDigit, isSpaceSeparator, LOWER, OTHER, UPPER } from './chars';
import { scanEmail } from './contact';
import { Cue } from './context';
import { plausibleBirthYear, textualDateAround } from './dates';
import { Cursor } from './cursor';
import { birthNamedAround, namesBirth, scanNumericToken } from './numeric';
import { scanCapitalisedWord } from './person';
import { evidenceOf, type ScanState } from './state';
import { NumericToken, readDigitRun, readNumericToken } from './tokens';

/** Characters that mask a number: "XXX-XX-1234", "***-**-1234", "••••5678". */
function isMaskChar(c: number): boolean {
  return c === 88 || c === 120 || c === 42 || c === 0x2022 || c === 0x25cf || c === 0xb7 || c === 0x2217;
}

/** Whether a number after `previous` can be masked at all: most follow neither a separator nor a mask character. */
function mayBeMasked(previous: number): boolean {
  return isDash(previous) || isSpaceSeparator(previous) || isMaskChar(previous);
}

function maskedBefore(text: string, i: number): boolean {
  let p = i - 1;
  for (let k = 0; k < 2 && p >= 0 && (isDash(text.charCodeAt(p)) || isSpaceSeparator(text.charCodeAt(p))); k++) p--;
  if (p < 0 || !isMaskChar(text.charCodeAt(p))) return false;
  // The mask run must stand alone: "XXX-XX-1234" is masked, "Amex 6011…" and "Box 12" are not.
  while (p >= 0 && isMaskChar(text.charCodeAt(p))) p--;
  const before = p >= 0 ? classOf(text.charCodeAt(p)) : OTHER;
  return before !== UPPER && before !== LOWER;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function skipDigits(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

function onDigit(state: ScanState, cursor: Cursor, i: number): number {
  const text = state.text;
  const previous = i > 0 ? text.charCodeAt(i - 1) : 0;
  // "1,234,567" and "3.14159": the rest of a number already seen. (A CSV cell after a number — "…3377,02/14/1966"
  // — is not: a thousands group has exactly three digits and is not followed by a date or id separator.)
  if (previous === 46 && isDigit(text.charCodeAt(i - 2))) return skipDigits(text, i);
  // "ACH_OUT_20250613.csv", "run_20261114": digits after an underscore belong to a file or field name.
  if (previous === 95) return skipDigits(text, i);
  // "10:02:41 -0400": the minutes or seconds of a time (and the zone after them) start no number.
  if (previous === 58 && isDigit(text.charCodeAt(i - 2)) && isDigit(text.charCodeAt(i - 3)) && !isDigit(text.charCodeAt(i - 4)) && isDigit(text.charCodeAt(i + 1)) && !isDigit(text.charCodeAt(i + 2))) return i + 2;
  // Every cell after the first of a numeric CSV row starts here: its digits are read once, by readDigitRun.
  const runEnd = readDigitRun(text, i, cursor.token);
  // The characters around the run are read once here and handed on (each read of a sliced or cons string
  // costs more than the test it feeds; issue #2 speed).
  const next = text.charCodeAt(runEnd);
  if (previous === 44 && isDigit(text.charCodeAt(i - 2))) {
    if (runEnd - i === 3 && next !== 47 && !isDash(next) && !(next === 46 && dottedAfter(text, runEnd + 1))) return runEnd;
  }
  if (mayBeMasked(previous) && maskedBefore(text, i)) return readNumericToken(text, i, cursor.token).end;
  // The minutes of a time ("09:40 Lauren Pike: …") never start a street address.
  if (runEnd - i <= 6 && next === 32 && !(previous === 58 && isDigit(text.charCodeAt(i - 2)))) {
    const after = text.charCodeAt(runEnd + 1);
    if ((after >= 65 && after <= 90) || (after >= 48 && after <= 57 && ordinalOrHalfAt(text, runEnd + 1))) {
      const addressEnd = scanAddress(state, i, runEnd);
      if (addressEnd > 0) return addressEnd;
    }
  }
  // A day with a month name around it: "March 4, 1961", "Feb 14 1966", "4 Mar 1961".
  if (runEnd - i <= 2 && mayBeTextualDate(text, i, runEnd)) {
    const dayEnd = onDay(state, i, runEnd);
    if (dayEnd > runEnd) return dayEnd;
  }
  // Any other short number standing alone ("[09:12]", "2 shares", "$45") is nothing.
  if (runEnd - i <= 4 && !continuesNumber(text, runEnd, next)) return runEnd;
  const token = readNumericToken(text, i, cursor.token, runEnd, previous, next);
  if (token.gluedRight) return scanAlnumWord(state, readAlnumWord(text, i));
  scanNumericToken(cursor);
  return token.end;
}

/** Whether digits at `i` end in another dot and digit: "…,646.555.0190" is a dotted phone cell, not "1,646.55". */
function dottedAfter(text: string, i: number): boolean {
  const end = skipDigits(text, i);
  return end > i && text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1));
}

/**
 * Whether the digits at `i` can continue a street address: an ordinal street ("12 3rd Ave") or a half
 * number ("12 1/2 Main St"). Checked before the address regex, which is otherwise run on every
 * "212 555 0143" phone number of a contact export (issue #2 speed).
 */
function ordinalOrHalfAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) === 49 && text.charCodeAt(i + 1) === 47) return true;
  let end = i;
  while (end < i + 3 && isDigit(text.charCodeAt(end))) end++;
  const suffix = text.charCodeAt(end);
  return suffix === 115 || suffix === 110 || suffix === 114 || suffix === 116;
}

/** Whether the digits before `end` go on: a separator and more digits, a letter, an invisible character or a tag. */
function continuesNumber(text: string, end: number, next: number): boolean {
  if (next === 32 || next === 45 || next === 46 || next === 47 || next === 41 || next === 0xa0) {
    const after = text.charCodeAt(end + 1);
    // "771 - 08 - 3342", "12 / 05 / 1990": a dash or slash with a space on each side, as forms print them.
    return isDigit(after) || isDigit(text.charCodeAt(end + 2)) || after === 38 || (next === 32 && (isDash(after) || after === 47) && isDigit(text.charCodeAt(end + 3)));
  }
  return next > 127 || next === 60 || next === 38 || classOf(next) !== OTHER;
}

const MONTH_CODES = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m) => (m.charCodeAt(0) << 16) | (m.charCodeAt(1) << 8) | m.charCodeAt(2)));

/** Whether the word ending at `end` (after an optional '.') starts with a month's first three letters. */
function startsWithMonth(text: string, end: number): boolean {
  if (text.charCodeAt(end - 1) === 46) end--;
  let start = end;
  while (start > end - 10 && start > 0 && classOf(text.charCodeAt(start - 1)) >= UPPER) start--;
  if (end - start < 3 || end - start > 9) return false;
  const code = ((text.charCodeAt(start) | 32) << 16) | ((text.charCodeAt(start + 1) | 32) << 8) | (text.charCodeAt(start + 2) | 32);
  return MONTH_CODES.has(code);
}

/**
 * Cheap test before the month-name regexes: a word just before ("March 4", "Mar. 4") or just after ("4 March"),
 * or a foreign month in lower case ("7 févr. 1979", "12 de mayo de 1972", "14. März 1962").
 */
function mayBeTextualDate(text: string, start: number, end: number): boolean {
  const space = text.charCodeAt(start - 1);
  if ((space === 32 || space === 45) && startsWithMonth(text, start - 1)) return true;
  const after = text.charCodeAt(end);
  if (after === 46 || after === 0xba) return text.charCodeAt(end + 1) === 32 && classOf(text.charCodeAt(end + 2)) >= UPPER;
  if (after !== 32 && after !== 45) return false;
  const next = classOf(text.charCodeAt(end + 1));
  return next === UPPER || (next === LOWER && yearWithin(text, end + 2));
}

/** Whether a 19xx or 20xx year starts within the 24 characters from `from` (a foreign month name and "de" fit). */
function yearWithin(text: string, from: number): boolean {
  for (let i = from; i < from + 24; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c !== c) return false;
    if ((c === 49 && text.charCodeAt(i + 1) === 57) || (c === 50 && text.charCodeAt(i + 1) === 48)) return isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3));
  }
  return false;
}

function onDay(state: ScanState, start: number, end: number): number {
  const date = textualDateAround(state.text, start, end);
  if (!date) return end;
  const lookup = state.lookup(date.start);
  if (!plausibleBirthYear(date.year)) return date.end;
  if (namesBirth(lookup, state.text, date.start)) {
    state.emit('DATE_OF_BIRTH', date.start, date.end, 0.95, 'dob', evidenceOf(lookup));
  } else if (lookup.cue === Cue.None && !state.tables.locate(date.start) && birthNamedAround(state.text, date.start, date.end)) {
    state.emit('DATE_OF_BIRTH', date.start, date.end, 0.75, 'dob', evidenceOf(lookup));
  }
  return date.end;
}

/**
 * The token every classify() call reads its digit runs into: one, reused, as the calls are synchronous and
 * never nested (like the delimiter buffers). Its typed arrays cost a malloc each when made per call, 5 % of
 * the time on a short paste.
 */
const TOKEN = new NumericToken();

export function scan(state: ScanState): void {
  const text = state.text;
  const cursor = new Cursor(state, TOKEN);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 48) {
      i++;
    } else if (c <= 57) {
      i = onDigit(state, cursor, i);
    } else if (c >= 97 && c <= 122) {
      // Lower-case word: skip it, unless digits follow ("acct12345678", "x1234").
      let j = i + 1;
      let d = text.charCodeAt(j);
      while ((d >= 97 && d <= 122) || (d >= 65 && d <= 90)) d = text.charCodeAt(++j);
      if (d >= 48 && d <= 57) i = scanAlnumWord(state, readAlnumWord(text, i));
      else if (d >= 128 && classOf(d) !== OTHER) i = readAlnumWord(text, i).end;
      else i = j;
    } else if (c >= 65 && c <= 90) {
      if (c === 80 && (text.charCodeAt(i + 1) === 79 || text.charCodeAt(i + 1) === 46 || text.charCodeAt(i + 1) === 111)) {
        const boxEnd = scanPoBox(state, i);
        if (boxEnd > 0) {
          i = boxEnd;
          continue;
        }
      }
      const word = readAlnumWord(text, i);
      if (word.digits > 0) i = scanAlnumWord(state, word);
      else if (word.letters >= 2) {
        // "HV 207-55813": a firm's letters before a dashed branch and account.
        const accountEnd = word.end - i <= 3 && text.charCodeAt(word.end) === 32 && isDigit(text.charCodeAt(word.end + 1)) ? letteredAccountEnd(state, i, word.end) : 0;
        i = accountEnd > 0 ? accountEnd : scanCapitalisedWord(state, i, word.end);
      }
      else if (isApostrophe(text.charCodeAt(word.end)) && isUpper(text.charCodeAt(word.end + 1))) {
        // "O'Connor", "D’Amato": a one-letter prefix and an apostrophe start the name.
        const rest = readAlnumWord(text, word.end + 1);
        i = rest.digits === 0 ? scanCapitalisedWord(state, i, rest.end) : rest.end;
      }
      else i = word.end;
    } else if (c === 64) {
      i = scanEmail(state, i);
    } else if (c >= 128) {
      const k = classOf(c);
      if (k === UPPER) {
        const word = readAlnumWord(text, i);
        i = word.letters >= 2 && word.digits === 0 ? scanCapitalisedWord(state, i, word.end) : word.end;
      } else if (k === LOWER || k === DIGIT) i = readAlnumWord(text, i).end;
      else i++;
    } else {
      i++;
    }
  }
}
