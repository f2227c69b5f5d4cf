/**
 * A column pasted alone: its header on a line of its own, then one value per line ("Clearing Acct\n3184710527\n
 * 3189033842\n…"). The first value has its label on the line above (context.ts); the ones below it have only
 * the values above them, so the header is found by walking up through values of the same shape. Cached, so a
 * column of a thousand values walks up once.
 */
import { cueOfHeader, Cue } from './context';
import { lineEndAt } from './fixed-width';

/** Cues a lone column's header can give its values (identifiers, not amounts or dates in general). */
const ID_CUES = Cue.Account | Cue.Brokerage | Cue.Bank | Cue.Ssn | Cue.TaxId | Cue.Itin | Cue.Ein | Cue.Birth | Cue.Routing | Cue.Passport | Cue.License | Cue.Card | Cue.Iban;
const MAX_VALUES = 2000;

export interface LoneColumn {
  cue: Cue;
  header: string;
}

export class LoneColumns {
  /** The column found last, and where the line after its last value checked starts. */
  private column: LoneColumn | undefined;
  private nextLine = -1;
  private valueLength = 0;

  constructor(private readonly text: string) {}

  /** The header of the lone column whose value fills the line at `start`, if it is one. */
  columnAt(start: number): LoneColumn | undefined {
    const text = this.text;
    const lineStart = lineStartAt(text, start);
    if (!onlyPadding(text, lineStart, start)) return undefined;
    const valueEnd = tokenEnd(text, start);
    const lineEnd = lineEndAt(text, start);
    if (!onlyPadding(text, valueEnd, lineEnd)) return undefined;
    const length = valueEnd - start;
    if (length < 4 || length > 34) return undefined;
    if (this.column && lineStart === this.nextLine && Math.abs(length - this.valueLength) <= 2) {
      this.nextLine = lineEnd + 1;
      return this.column;
    }
    // Walk up through the values above, one per line, of about this length.
    let above = lineStart;
    let values = 0;
    for (; values < MAX_VALUES && above > 0; values++) {
      const previousStart = lineStartAt(text, above - 1);
      const from = skipPadding(text, previousStart, above - 1);
      const end = tokenEnd(text, from);
      if (end === from || !onlyPadding(text, end, above - 1) || Math.abs(end - from - length) > 2 || !hasDigit(text, from, end)) break;
      above = previousStart;
    }
    if (values === 0 || above === 0) return undefined;
    const labelStart = lineStartAt(text, above - 1);
    const label = text.slice(labelStart, above - 1).trim();
    if (label.length === 0 || label.length > 32) return undefined;
    const cue = cueOfHeader(label);
    if ((cue & ID_CUES) === 0) return undefined;
    this.column = { cue, header: label };
    this.nextLine = lineEnd + 1;
    this.valueLength = length;
    return this.column;
  }
}

function lineStartAt(text: string, pos: number): number {
  const newline = text.lastIndexOf('\n', pos - 1);
  return newline + 1;
}

function isPadding(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

function onlyPadding(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isPadding(text.charCodeAt(i))) return false;
  return true;
}

function skipPadding(text: string, from: number, to: number): number {
  while (from < to && isPadding(text.charCodeAt(from))) from++;
  return from;
}

/** End of the run of characters that are not spaces, tabs or line breaks from `from`. */
function tokenEnd(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); i < text.length && c !== 32 && c !== 9 && c !== 10 && c !== 13; c = text.charCodeAt(++i));
  return i;
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
