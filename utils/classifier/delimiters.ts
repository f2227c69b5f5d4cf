/**
 * Where the table delimiters (tab, '|', ',') and double quotes stand in a text, found once per classify()
 * with String#indexOf. Every candidate value asks which table row it is in (table.ts); reading each line
 * character by character to count its delimiters cost as much as the whole scan on chat transcripts and CSV
 * exports (issue #2 speed), while indexOf skips the characters in between natively.
 */

/** Every position of `char` in `text`, ascending. */
function positionsOf(text: string, char: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) at.push(i);
  return at;
}

/**
 * Index of the first entry of `sorted` that is >= `value` (sorted.length when none is). Lines are asked
 * for mostly in text order, so the search starts from where the last one ended (`hint`): usually a step or
 * two, not a binary search over every comma of a CSV export.
 */
function firstAtOrAfter(sorted: readonly number[], value: number, hint: number): number {
  if (hint <= sorted.length && (hint === 0 || (sorted[hint - 1] as number) < value)) {
    for (let k = hint; k < hint + 8; k++) if (k === sorted.length || (sorted[k] as number) >= value) return k;
  }
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** What one line's delimiters say: counts, and the cell starts for the line's delimiter. */
export interface LineDelimiters {
  tabs: number;
  pipes: number;
  commas: number;
  /** Commas followed by a space: prose ("Hi Ann, please…"), not an export. */
  proseCommas: number;
}

export class Delimiters {
  private readonly tabs: number[];
  private readonly pipes: number[];
  private readonly commas: number[];
  private readonly quotes: number[];
  private readonly newlines: number[];
  /** Where the last search in tabs, pipes, commas, quotes, newlines ended (see firstAtOrAfter). */
  private readonly hints = new Int32Array(5);

  constructor(private readonly text: string) {
    this.tabs = positionsOf(text, '\t');
    this.pipes = positionsOf(text, '|');
    this.commas = positionsOf(text, ',');
    this.quotes = positionsOf(text, '"');
    this.newlines = positionsOf(text, '\n');
  }

  /** Start of the line holding `pos` (after the last '\n' before it): text.lastIndexOf('\n', pos - 1) + 1. */
  lineStart(pos: number): number {
    const k = this.seek(4, this.newlines, pos);
    return k > 0 ? (this.newlines[k - 1] as number) + 1 : 0;
  }

  /** The first '\n' at or after `pos`, or the text's length: what text.indexOf('\n', pos) finds. */
  lineEnd(pos: number): number {
    const k = this.seek(4, this.newlines, pos);
    return k < this.newlines.length ? (this.newlines[k] as number) : this.text.length;
  }

  private seek(list: number, sorted: readonly number[], value: number): number {
    const k = firstAtOrAfter(sorted, value, this.hints[list] ?? 0);
    this.hints[list] = k;
    return k;
  }

  /** Counts for the line [start, end). */
  count(start: number, end: number, into: LineDelimiters): LineDelimiters {
    into.tabs = -this.seek(0, this.tabs, start) + this.seek(0, this.tabs, end);
    into.pipes = -this.seek(1, this.pipes, start) + this.seek(1, this.pipes, end);
    const first = this.seek(2, this.commas, start);
    let k = first;
    let prose = 0;
    for (; k < this.commas.length && (this.commas[k] as number) < end; k++) if (this.text.charCodeAt((this.commas[k] as number) + 1) === 32) prose++;
    into.commas = k - first;
    into.proseCommas = prose;
    return into;
  }

  /** The first index of each cell of the line [start, end) split at `delimiter` (9, 124 or 44; commas inside double quotes do not split). */
  cellStarts(start: number, end: number, delimiter: number): number[] {
    const starts = [start];
    const at = delimiter === 9 ? this.tabs : delimiter === 124 ? this.pipes : this.commas;
    let quote = delimiter === 44 ? this.seek(3, this.quotes, start) : this.quotes.length;
    let quoted = false;
    for (let k = this.seek(delimiter === 9 ? 0 : delimiter === 124 ? 1 : 2, at, start); k < at.length && (at[k] as number) < end; k++) {
      const position = at[k] as number;
      // Each quote before this comma opens or closes a quoted cell ("Smith, Ann").
      for (; quote < this.quotes.length && (this.quotes[quote] as number) < position; quote++) quoted = !quoted;
      if (!quoted) starts.push(position + 1);
    }
    return starts;
  }
}
