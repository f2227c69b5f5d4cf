/**
 * Column headers for spreadsheet pastes (TSV from Excel, CSV exports, Markdown/pipe tables): a value under
 * "SSN", "DOB" or "Acct #" gets that column's context even though no keyword stands next to it. Lines and
 * table blocks are cached, so a 200 KB export is walked once, not once per value.
 */
import { Cue, cueOfHeader } from './context';
import type { Lookup } from './state';
import { countDigits } from './chars';
import { CellStarts, Delimiters, type LineDelimiters } from './delimiters';

export interface Block {
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


const TAB = 9;
const PIPE = 124;
const COMMA = 44;
const SEMICOLON = 59;

/**
 * Lines and blocks of one text. The line being asked about is held in fields and its cell starts in a
 * reused buffer, and lines walked past while looking for a header are never built: a chat transcript or
 * an email has a comma line every few lines, and building an object and an array for each was the
 * classifier's largest allocation on 10 KB pastes (issue #2: the p99 latency is set by garbage collections).
 */
/** Cell buffers shared by every classify() call (synchronous, never nested): a typed array made per call costs a malloc. */
const LINE_CELLS = new CellStarts();
const HEADER_CELLS = new CellStarts();

export class Tables {
  private delimiters: Delimiters | undefined;
  private readonly counts: LineDelimiters = { tabs: 0, pipes: 0, commas: 0, semicolons: 0, proseCommas: 0 };
  /** The current line [lineStart, lineEnd) (lineEnd before any '\r'), its delimiter and cell starts. */
  private lineStart = -1;
  private lineEnd = -1;
  private lineDelimiter = 0;
  private readonly cells = LINE_CELLS;
  /** The cell starts of a header line being read (blockFor). */
  private readonly headerCells = HEADER_CELLS;
  /**
   * The last block asked about: its rows [blockFrom, blockTo], their delimiter, and its header (undefined
   * when the rows have none, as most comma lines of prose do). Fields, so a block without a header costs
   * no object.
   */
  private blockFrom = -1;
  private blockTo = -1;
  private blockDelimiter = -1;
  /** Cells of the line the last block was found from. */
  private blockCells = 0;
  private block: Block | undefined;
  /** The first line of the last block whose header was looked for again after a row with more cells (see blockFor). */
  private recheckedFrom = -1;

  constructor(private readonly text: string) {}

  /** Makes the line holding `pos` current (cached: values are asked for in text order). */
  private lineAt(pos: number): void {
    if (pos >= this.lineStart && pos <= this.lineEnd) return;
    // Built on the first question, so a paste without candidates never pays for it.
    const delimiters = (this.delimiters ??= new Delimiters(this.text));
    const start = delimiters.lineStart(pos);
    const end = this.trimmedLineEnd(start, delimiters.lineEnd(pos));
    this.lineStart = start;
    this.lineEnd = end;
    this.lineDelimiter = this.delimiterOf(start, end);
    if (this.lineDelimiter) delimiters.cellStarts(start, end, this.lineDelimiter, this.cells);
    else this.cells.count = 0;
  }

  /** The line the last question was about: [currentLineStart, currentLineEnd), before any '\r'. */
  get currentLineStart(): number {
    return this.lineStart;
  }

  get currentLineEnd(): number {
    return this.lineEnd;
  }

  private trimmedLineEnd(start: number, end: number): number {
    return end > start && this.text.charCodeAt(end - 1) === 13 ? end - 1 : end;
  }

  /** The table delimiter of the line [start, end): tab, '|' or ',', or 0 when it is not a table row. */
  private delimiterOf(start: number, end: number): number {
    const { tabs, pipes, commas, semicolons, proseCommas } = (this.delimiters as Delimiters).count(start, end, this.counts);
    // Two columns of CSV have one comma per line; prose puts a space after its commas, exports do not.
    const csv = commas >= 2 || (commas === 1 && proseCommas === 0);
    // A European export ("C-004418;Wladyslaw Zielinski;14.02.1959;1.234,56"): more semicolons than commas.
    if (tabs === 0 && pipes < 2 && semicolons >= 2 && semicolons > commas) return SEMICOLON;
    return tabs > 0 ? TAB : pipes >= 2 ? PIPE : csv ? COMMA : 0;
  }

  /** The header block covering the current line, found by walking up contiguous rows with the same delimiter. */
  private blockFor(): Block | undefined {
    // A line found to stand alone (below) stands alone for every word on it: prose with two commas is asked
    // about at each capitalised word (issue #2 speed).
    if (this.lineStart === this.loneLine) return undefined;
    const delimiter = this.lineDelimiter;
    // (A block found to have no header while only its title line was seen is looked at again once a row
    // with more cells comes: the header may be the next line.)
    // (Likewise, once, a block whose header was taken from a title line with fewer cells — "EXTRACT | AS OF
    // 06/10/2025 | PAGE 1" above an 11-column header — when the first row with more cells comes.)
    const titleOnly =
      (this.block === undefined && this.cells.count - this.blockCells > 1) ||
      (this.block !== undefined && this.recheckedFrom !== this.blockFrom && this.cells.count - this.block.names.length > 1);
    if (titleOnly && this.block !== undefined) this.recheckedFrom = this.blockFrom;
    if (!titleOnly && delimiter === this.blockDelimiter && this.lineStart >= this.blockFrom && this.lineStart <= this.blockTo + 2) {
      if (this.lineEnd > this.blockTo) this.blockTo = this.lineEnd;
      return this.block;
    }
    this.blockCells = this.cells.count;
    const delimiters = this.delimiters as Delimiters;
    let topStart = this.lineStart;
    let topEnd = this.lineEnd;
    for (let guard = 0; guard < 100_000 && topStart > 0; guard++) {
      const start = delimiters.lineStart(topStart - 1);
      const end = this.trimmedLineEnd(start, delimiters.lineEnd(topStart - 1));
      if (end === start || this.delimiterOf(start, end) !== delimiter) break;
      topStart = start;
      topEnd = end;
    }
    // A delimited line on its own (an email's "Hi Ann," or "Best,") is not a table. Nothing is cached, so a
    // header line asked about before its rows is looked at again from the first row (issue #2 speed).
    if (topStart === this.lineStart && !this.nextLineContinues(delimiter)) {
      this.blockDelimiter = -1;
      this.block = undefined;
      this.loneLine = this.lineStart;
      return undefined;
    }
    this.blockFrom = topStart;
    this.blockTo = this.lineEnd;
    this.blockDelimiter = delimiter;
    this.block = undefined;
    // A title line above the header that happens to hold a tab ("Beneficiary Export\tRun 2024-05-28") has
    // fewer cells than the rows: the header is the line under it.
    if (topStart < this.lineStart && this.cells.count - this.countCells(topStart, topEnd, delimiter) > 1) {
      const nextStart = topEnd + 1;
      if (nextStart <= this.lineStart) {
        topStart = nextStart;
        topEnd = this.trimmedLineEnd(nextStart, delimiters.lineEnd(nextStart));
      }
    }
    // Rows copied from a spreadsheet above the header: a title in the first cell and empty cells after it,
    // or group labels over merged cells ("Account\tClient Identity\t\t\tServicing\t\t\t\tFunding"). Mostly
    // empty, they are passed over (up to four) to the first line filled like a header.
    for (let k = 0; k < 4 && this.mostlyEmpty(topStart, topEnd, delimiter); k++) {
      if (topStart >= this.lineStart) {
        // Asked about such a line itself: no header yet, and nothing cached, so the next line looks again.
        this.blockDelimiter = -1;
        return undefined;
      }
      topStart = topEnd + 1;
      topEnd = this.trimmedLineEnd(topStart, delimiters.lineEnd(topStart));
    }
    // The top line of the block is its header when it reads like one (short labels, hardly any digits).
    // ("Balance 11/13" or "2026 contrib" may label a column; a row of values is a fifth digits or more.)
    const digits = countDigits(this.text, topStart, topEnd);
    if (digits > 3 && digits * 5 > topEnd - topStart) return undefined;
    const header = topStart === this.lineStart ? this.cells : delimiters.cellStarts(topStart, topEnd, delimiter, this.headerCells);
    if (Math.abs(header.count - this.cells.count) > 1) return undefined;
    const text = this.text;
    const names: string[] = [];
    const cues: Cue[] = [];
    for (let i = 0; i < header.count; i++) {
      // The cell trimmed as String#trim would, measured before any string is made: most candidate header
      // lines are prose with commas, rejected at their first cell (issue #2 speed).
      let from = header.at[i] as number;
      let to = (i + 1 < header.count ? (header.at[i + 1] as number) : topEnd + 1) - 1;
      while (from < to && isJsSpace(text.charCodeAt(from))) from++;
      while (to > from && isJsSpace(text.charCodeAt(to - 1))) to--;
      // A header cell is a short label; prose with commas ("Hi Ann, please send the account number, …") is not a header.
      if (to - from > 32 || wordCount(text, from, to) > 4) return undefined;
      const name = text.slice(from, to);
      // JSON split at its commas ('"account":{"text":"T**-**618-5"') is not a header row.
      if (name.includes('":') || name.includes('{')) return undefined;
      names.push(name);
      cues.push(cueOfHeader(name));
    }
    this.block = { cues, names, hasName: cues.includes(Cue.Name), lookups: [] };
    return this.block;
  }

  /** Whether the line after the current one is a row with the same delimiter (the current line may be a header). */
  private nextLineContinues(delimiter: number): boolean {
    const delimiters = this.delimiters as Delimiters;
    const next = delimiters.lineEnd(this.lineStart) + 1;
    if (next >= this.text.length) return false;
    const end = this.trimmedLineEnd(next, delimiters.lineEnd(next));
    return end > next && this.delimiterOf(next, end) === delimiter;
  }

  /** Start of the last line found to be a delimited line on its own (no table): see blockFor. */
  private loneLine = -1;

  /** Whether more than half of the cells of the line [start, end) are empty (spaces and quotes aside). */
  private mostlyEmpty(start: number, end: number, delimiter: number): boolean {
    const cells = (this.delimiters as Delimiters).cellStarts(start, end, delimiter, this.headerCells);
    let empty = 0;
    for (let i = 0; i < cells.count; i++) {
      let from = cells.at[i] as number;
      const to = (i + 1 < cells.count ? (cells.at[i + 1] as number) - 1 : end);
      while (from < to && isCellPadding(this.text.charCodeAt(from))) from++;
      if (from >= to) empty++;
    }
    return empty * 2 > cells.count;
  }

    private countCells(start: number, end: number, delimiter: number): number {
    return (this.delimiters as Delimiters).cellStarts(start, end, delimiter, this.headerCells).count;
  }

  /** Whether `pos` is in a table row under a header with a name column (cheap: line and block are cached). */
  hasNameColumn(pos: number): boolean {
    this.lineAt(pos);
    if (this.lineDelimiter === 0) return false;
    const block = this.blockFor();
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
    this.lineAt(pos);
    if (this.lineDelimiter === 0) return undefined;
    const block = this.blockFor();
    if (!block) return undefined;
    const starts = this.cells.at;
    const count = this.cells.count;
    // Binary search: a pasted line may hold thousands of cells.
    let column = 0;
    let high = count - 1;
    while (column < high) {
      const middle = (column + high + 1) >> 1;
      if ((starts[middle] as number) <= pos) column = middle;
      else high = middle - 1;
    }
    // A two-column block whose row starts with a label ("Primary Acct\t5KD-230774", "DOB\tApril 9, 1960") is
    // a record copied from a profile page, not a table: the label names the value, as in prose.
    if (count === 2 && column === 1 && block.names.length === 2 && this.labelsItsRow(starts[1] as number)) return undefined;
    let cellStart = starts[column] as number;
    let cellEnd = (column + 1 < count ? (starts[column + 1] as number) : this.lineEnd + 1) - 1;
    while (cellStart < cellEnd && isCellPadding(this.text.charCodeAt(cellStart))) cellStart++;
    while (cellEnd > cellStart && isCellPadding(this.text.charCodeAt(cellEnd - 1))) cellEnd--;
    this.column = column;
    this.cellStart = cellStart;
    this.cellEnd = cellEnd;
    return block;
  }

  /** Whether the current line's first cell (ending before `secondCell`) is a keyword label such as "SSN" or "Primary Acct". */
  private labelsItsRow(secondCell: number): boolean {
    if (this.labelLine !== this.lineStart) {
      this.labelLine = this.lineStart;
      const cell = this.text.slice(this.lineStart, Math.max(this.lineStart, secondCell - 1));
      this.labelCue = cell.length <= 32 && countDigits(cell, 0, cell.length) === 0 ? cueOfHeader(cell) : Cue.None;
    }
    return this.labelCue !== Cue.None;
  }

  /**
   * The identity-document type named by a cell of the current line ("DRIVER LICENSE", "Passport", "DL"): a
   * licence or passport cue, or None. Cached per line.
   */
  rowIdType(): Cue {
    if (this.idTypeLine !== this.lineStart) {
      this.idTypeLine = this.lineStart;
      this.idTypeCue = Cue.None;
      for (let k = 0; k < this.cells.count && this.idTypeCue === Cue.None; k++) {
        const from = this.cells.at[k] as number;
        const to = k + 1 < this.cells.count ? (this.cells.at[k + 1] as number) - 1 : this.lineEnd;
        if (to - from > 24) continue;
        const cue = cueOfHeader(this.text.slice(from, to));
        if (cue === Cue.License || cue === Cue.Passport) this.idTypeCue = cue;
      }
    }
    return this.idTypeCue;
  }

  private idTypeLine = -1;
  private idTypeCue: Cue = Cue.None;
  private labelLine = -1;
  private labelCue: Cue = Cue.None;

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


/** Spaces, quotes and pipes around a cell's value. */
function isCellPadding(c: number): boolean {
  return c === 32 || c === 9 || c === 34 || c === 124 || c === 13 || c === 0xa0;
}
