/**
 * Column headers for spreadsheet pastes (TSV from Excel, CSV exports, Markdown/pipe tables): a value under
 * "SSN", "DOB" or "Acct #" gets that column's context even though no keyword stands next to it. Lines and
 * table blocks are cached, so a 200 KB export is walked once, not once per value.
 */
import { Cue, cueOfHeader } from './context';
import type { Lookup } from './state';
import { Delimiters, type LineDelimiters } from './delimiters';

interface Line {
  start: number;
  end: number;
  /** Delimiter char code (tab, '|' or ','), 0 when the line is not a table row. */
  delimiter: number;
  /** Index of the first character of each cell. */
  cellStarts: number[];
}

export interface Block {
  delimiter: number;
  /** First and last index covered by rows under this header. */
  from: number;
  to: number;
  cues: Cue[];
  names: string[];
  hasName: boolean;
  /**
   * Per column, the context lookup of a value standing alone in its cell (no keyword before it in the cell):
   * the same for every row, so a CSV export builds it once per column, not once per value (state.ts).
   */
  lookups: (Lookup | undefined)[];
}

/** A column header and what it names. */
export interface ColumnHeader {
  cue: Cue;
  header: string;
}

export interface ColumnInfo extends ColumnHeader {
  /** The cell the position is in (trimmed bounds). */
  cellStart: number;
  cellEnd: number;
}

const NO_CELLS: number[] = [];
const NO_CUES: Cue[] = [];
const NO_NAMES: string[] = [];
const NO_LOOKUPS: (Lookup | undefined)[] = [];

const TAB = 9;
const PIPE = 124;
const COMMA = 44;

export class Tables {
  private line: Line | undefined;
  private block: Block | undefined;
  private delimiters: Delimiters | undefined;
  private readonly counts: LineDelimiters = { tabs: 0, pipes: 0, commas: 0, proseCommas: 0 };

  constructor(private readonly text: string) {}

  private lineAt(pos: number): Line {
    const cached = this.line;
    if (cached && pos >= cached.start && pos <= cached.end) return cached;
    const text = this.text;
    // Built on the first question, so a paste without candidates never pays for it.
    this.delimiters ??= new Delimiters(text);
    const start = this.delimiters.lineStart(pos);
    let end = this.delimiters.lineEnd(pos);
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    const { tabs, pipes, commas, proseCommas } = this.delimiters.count(start, end, this.counts);
    // Two columns of CSV have one comma per line; prose puts a space after its commas, exports do not.
    const csv = commas >= 2 || (commas === 1 && proseCommas === 0);
    const delimiter = tabs > 0 ? TAB : pipes >= 2 ? PIPE : csv ? COMMA : 0;
    const cellStarts = delimiter ? this.delimiters.cellStarts(start, end, delimiter) : NO_CELLS;
    const line = { start, end, delimiter, cellStarts };
    this.line = line;
    return line;
  }

  /** The header block covering `line`, found by walking up contiguous rows with the same delimiter. */
  private blockFor(line: Line): Block | undefined {
    const cached = this.block;
    if (cached && cached.delimiter === line.delimiter && line.start >= cached.from && line.start <= cached.to + 2) {
      if (line.end > cached.to) cached.to = line.end;
      return cached.cues.length ? cached : undefined;
    }
    let top = line;
    for (let guard = 0; guard < 100_000 && top.start > 0; guard++) {
      const previous = this.lineAt(top.start - 1);
      if (previous.delimiter !== line.delimiter || previous.end === previous.start) break;
      top = previous;
    }
    this.line = line;
    // Most blocks are prose lines with commas and get no header: they share empty lists (a chat transcript
    // makes hundreds), and a header's lists are made only once it is accepted.
    const block: Block = { delimiter: line.delimiter, from: top.start, to: line.end, cues: NO_CUES, names: NO_NAMES, hasName: false, lookups: NO_LOOKUPS };
    this.block = block;
    // The top line of the block is its header when it reads like one (short labels, hardly any digits).
    if (countDigits(this.text, top.start, top.end) > 3) return undefined;
    if (Math.abs(top.cellStarts.length - line.cellStarts.length) > 1) return undefined;
    const text = this.text;
    const names: string[] = [];
    const cues: Cue[] = [];
    for (let i = 0; i < top.cellStarts.length; i++) {
      // The cell trimmed as String#trim would, measured before any string is made: most candidate header
      // lines are prose with commas, rejected at their first cell (issue #2 speed).
      let from = top.cellStarts[i] ?? top.start;
      let to = (top.cellStarts[i + 1] ?? top.end + 1) - 1;
      while (from < to && isJsSpace(text.charCodeAt(from))) from++;
      while (to > from && isJsSpace(text.charCodeAt(to - 1))) to--;
      // A header cell is a short label; prose with commas ("Hi Ann, please send the account number, …") is not a header.
      if (to - from > 32 || wordCount(text, from, to) > 4) return undefined;
      const name = text.slice(from, to);
      names.push(name);
      cues.push(cueOfHeader(name));
    }
    block.names = names;
    block.cues = cues;
    block.lookups = [];
    block.hasName = cues.includes(Cue.Name);
    return block;
  }

  /** Whether `pos` is in a table row under a header with a name column (cheap: line and block are cached). */
  hasNameColumn(pos: number): boolean {
    const line = this.lineAt(pos);
    if (line.delimiter === 0) return false;
    const block = this.blockFor(line);
    return block !== undefined && block.hasName;
  }

  /** Column index and trimmed bounds of the cell the last `locate` found (fields, not a result object: no allocation). */
  column = 0;
  cellStart = 0;
  cellEnd = 0;

  /**
   * The header block when `pos` is in a table row under a header, its column and cell in `column`,
   * `cellStart` and `cellEnd`; undefined otherwise. Allocates nothing: a CSV export asks for every value.
   */
  locate(pos: number): Block | undefined {
    const line = this.lineAt(pos);
    if (line.delimiter === 0) return undefined;
    const block = this.blockFor(line);
    if (!block) return undefined;
    const starts = line.cellStarts;
    // Binary search: a pasted line may hold thousands of cells.
    let column = 0;
    let high = starts.length - 1;
    while (column < high) {
      const middle = (column + high + 1) >> 1;
      if ((starts[middle] ?? Infinity) <= pos) column = middle;
      else high = middle - 1;
    }
    let cellStart = starts[column] ?? line.start;
    let cellEnd = (starts[column + 1] ?? line.end + 1) - 1;
    while (cellStart < cellEnd && isCellPadding(this.text.charCodeAt(cellStart))) cellStart++;
    while (cellEnd > cellStart && isCellPadding(this.text.charCodeAt(cellEnd - 1))) cellEnd--;
    this.column = column;
    this.cellStart = cellStart;
    this.cellEnd = cellEnd;
    return block;
  }

  /** The cell containing `pos` and its column header (cue None for a header we do not know), if `pos` is in a table row under a header. */
  columnAt(pos: number): ColumnInfo | undefined {
    const block = this.locate(pos);
    if (!block) return undefined;
    return { cue: block.cues[this.column] ?? Cue.None, header: block.names[this.column] ?? '', cellStart: this.cellStart, cellEnd: this.cellEnd };
  }
}

/** What String#trim and /\s/ count as space: ECMAScript WhiteSpace and LineTerminator. */
function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How many pieces text.slice(from, to).split(/\s+/) gives for a trimmed [from, to): one more than its runs of space. */
function wordCount(text: string, from: number, to: number): number {
  let pieces = 1;
  for (let i = from; i < to; i++) if (isJsSpace(text.charCodeAt(i)) && !isJsSpace(text.charCodeAt(i - 1))) pieces++;
  return pieces;
}

function countDigits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Spaces, quotes and pipes around a cell's value. */
function isCellPadding(c: number): boolean {
  return c === 32 || c === 9 || c === 34 || c === 124 || c === 13 || c === 0xa0;
}
