/**
 * Reads a run of digit groups ("123-45-6789", "(212) 555-0143", "4111 1111 1111 1111", "11/14/2026") starting
 * at a digit, straight from the original text: invisible characters and inline HTML tags inside the run are
 * skipped, Unicode dashes, NBSP and separator entities count as separators, anything else ends the run.
 */
import { entitySeparator, isDash, isDigit, isLetter, isSpaceSeparator, skipInvisible } from './chars';

export interface DigitGroup {
  start: number;
  /** End-exclusive index after the group's last digit. */
  end: number;
  digits: string;
}

export interface NumericToken {
  groups: DigitGroup[];
  /** seps[i] is the kind of separator between groups[i] and groups[i + 1]: '-', ' ', '.', '/' or '(' (a parenthesised area code). */
  seps: string[];
  /** '+' or '(' when the run is directly preceded by one (phone numbers); '' otherwise. */
  prefix: string;
  /** A letter touches the run on the right ("123abc", "2026-11-14T10:42"): it is part of a word, not a number. */
  gluedRight: boolean;
  /** Index after the whole run (after the last group). */
  end: number;
}

const MAX_GROUPS = 12;
const MAX_SEPARATOR_CHARS = 3;

function readGroup(text: string, i: number): DigitGroup {
  const start = i;
  let end = i;
  let clean = true;
  for (;;) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
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
  return { start, end, digits: clean ? raw : raw.replace(/\D+/g, '') };
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

/** Reads the run starting at the digit at `start`. */
export function readNumericToken(text: string, start: number): NumericToken {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  const prefix = before === 43 ? '+' : before === 40 ? '(' : '';
  const groups: DigitGroup[] = [];
  const seps: string[] = [];
  let group = readGroup(text, start);
  groups.push(group);
  while (groups.length < MAX_GROUPS) {
    const sep = readSeparator(text, group.end);
    if (!sep) break;
    seps.push(sep.kind);
    group = readGroup(text, sep.next);
    groups.push(group);
  }
  const after = skipInvisible(text, group.end);
  const next = text.charCodeAt(after);
  // "78305246-1028-4323-a159-…" (a UUID) or "2026-11-14T10:42": the digits are part of a longer word.
  const joinsWord = (isDash(next) || next === 95) && isLetter(text.charCodeAt(after + 1));
  // "234.567.8901x2345": an extension, not a word.
  if ((next === 120 || next === 88) && isDigit(text.charCodeAt(after + 1))) return { groups, seps, prefix, gluedRight: false, end: group.end };
  return { groups, seps, prefix, gluedRight: isLetter(next) || joinsWord, end: group.end };
}
