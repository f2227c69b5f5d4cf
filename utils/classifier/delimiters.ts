/**
 * Where the table delimiters (tab, '|', ',') and double quotes stand in a text, found once per classify()
 * with String#indexOf. Every candidate value asks which table row it is in (table.ts); reading each line
 * character by character to count its delimiters cost as much as the whole scan on chat transcripts and CSV
 * exports (issue #2 speed), while indexOf skips the characters in between natively.
 */

/** Ascending positions of one character, in a buffer reused by every classify() call (it is synchronous). */
class Positions {
  at = new Int32Array(1024);
  length = 0;

  fill(text: string, char: string): void {
    this.length = 0;
    for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) {
      if (this.length === this.at.length) {
        const grown = new Int32Array(this.at.length * 2);
        grown.set(this.at);
        this.at = grown;
      }
      this.at[this.length++] = i;
    }
  }

  /**
   * Index of the first position >= `value` (length when none is). Lines are asked for mostly in text order,
   * so the search starts from where the last one ended (`hint`): usually a step or two, not a binary search
   * over every comma of a CSV export.
   */
  firstAtOrAfter(value: number): number {
    const at = this.at;
    const hint = this.hint;
    if (hint <= this.length && (hint === 0 || (at[hint - 1] as number) < value)) {
      for (let k = hint; k < hint + 8; k++) if (k === this.length || (at[k] as number) >= value) return (this.hint = k);
    }
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((at[middle] as number) < value) low = middle + 1;
      else high = middle;
    }
    return (this.hint = low);
  }

  private hint = 0;
}

const TABS = new Positions();
const PIPES = new Positions();
const COMMAS = new Positions();
const SEMICOLONS = new Positions();
const QUOTES = new Positions();
const NEWLINES = new Positions();

/** What one line's delimiters say. */
export interface LineDelimiters {
  tabs: number;
  pipes: number;
  commas: number;
  /** Semicolons: the delimiter of exports from systems set to a European locale, where the comma is the decimal mark. */
  semicolons: number;
  /** Commas followed by a space: prose ("Hi Ann, please…"), not an export. */
  proseCommas: number;
}

/** The delimiter index of one text. Only one is live at a time: building one refills the shared buffers. */
export class Delimiters {
  constructor(private readonly text: string) {
    TABS.fill(text, '\t');
    PIPES.fill(text, '|');
    COMMAS.fill(text, ',');
    SEMICOLONS.fill(text, ';');
    QUOTES.fill(text, '"');
    NEWLINES.fill(text, '\n');
  }

  /** Start of the line holding `pos` (after the last '\n' before it): text.lastIndexOf('\n', pos - 1) + 1. */
  lineStart(pos: number): number {
    const k = NEWLINES.firstAtOrAfter(pos);
    return k > 0 ? (NEWLINES.at[k - 1] as number) + 1 : 0;
  }

  /** The first '\n' at or after `pos`, or the text's length: what text.indexOf('\n', pos) finds. */
  lineEnd(pos: number): number {
    const k = NEWLINES.firstAtOrAfter(pos);
    return k < NEWLINES.length ? (NEWLINES.at[k] as number) : this.text.length;
  }

  /** Counts for the line [start, end). */
  count(start: number, end: number, into: LineDelimiters): LineDelimiters {
    into.tabs = -TABS.firstAtOrAfter(start) + TABS.firstAtOrAfter(end);
    into.pipes = -PIPES.firstAtOrAfter(start) + PIPES.firstAtOrAfter(end);
    let semicolons = 0;
    for (let k = SEMICOLONS.firstAtOrAfter(start); k < SEMICOLONS.length && (SEMICOLONS.at[k] as number) < end; k++) {
      if (!endsEntity(this.text, SEMICOLONS.at[k] as number)) semicolons++;
    }
    into.semicolons = semicolons;
    const first = COMMAS.firstAtOrAfter(start);
    let k = first;
    let prose = 0;
    for (; k < COMMAS.length && (COMMAS.at[k] as number) < end; k++) if (this.text.charCodeAt((COMMAS.at[k] as number) + 1) === 32) prose++;
    into.commas = k - first;
    into.proseCommas = prose;
    return into;
  }

  /**
   * The first index of each cell of the line [start, end) split at `delimiter` (9, 124, 44 or 59; commas and
   * semicolons inside double quotes do not split), written into `into` (reused: no array per line).
   */
  cellStarts(start: number, end: number, delimiter: number, into: CellStarts): CellStarts {
    const positions = delimiter === 9 ? TABS : delimiter === 124 ? PIPES : delimiter === 59 ? SEMICOLONS : COMMAS;
    const first = positions.firstAtOrAfter(start);
    let last = first;
    while (last < positions.length && (positions.at[last] as number) < end) last++;
    into.reset(last - first + 1);
    into.push(start);
    let quote = delimiter === 44 || delimiter === 59 ? QUOTES.firstAtOrAfter(start) : QUOTES.length;
    if (delimiter !== 59 && (quote >= QUOTES.length || (QUOTES.at[quote] as number) >= end)) {
      // No quotes on the line (the usual case): every delimiter splits.
      for (let k = first; k < last; k++) into.push((positions.at[k] as number) + 1);
      return into;
    }
    let quoted = false;
    for (let k = first; k < last; k++) {
      const position = positions.at[k] as number;
      if (delimiter === 59 && endsEntity(this.text, position)) continue;
      // Each quote before this comma opens or closes a quoted cell ("Smith, Ann").
      for (; quote < QUOTES.length && (QUOTES.at[quote] as number) < position; quote++) quoted = !quoted;
      if (!quoted) into.push(position + 1);
    }
    return into;
  }
}

/** Whether the ';' at `pos` ends an HTML entity ("&nbsp;", "&#8209;"): it splits no cell. */
function endsEntity(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0 && i >= pos - 10; i--) {
    const c = text.charCodeAt(i);
    if (c === 38) return i < pos - 1;
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 35)) return false;
  }
  return false;
}

/** The cell starts of one line, in a buffer reused from line to line. */
export class CellStarts {
  at = new Int32Array(64);
  count = 0;

  /** Empties the list, making room for `capacity` entries. */
  reset(capacity: number): void {
    if (capacity > this.at.length) this.at = new Int32Array(Math.max(capacity, this.at.length * 2));
    this.count = 0;
  }

  push(position: number): void {
    this.at[this.count++] = position;
  }
}
