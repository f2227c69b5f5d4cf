/**
 * Column headers for spreadsheet pastes (TSV from Excel, CSV exports, Markdown/pipe tables): a value under
 * "SSN", "DOB" or "Acct #" gets that column's context even though no keyword stands next to it. Lines and
 * table blocks are cached, so a 200 KB export is walked once, not once per value.
 */
import { Cue, cueOfHeader } from './context';

interface Line {
  start: number;
  end: number;
  /** Delimiter char code (tab, '|' or ','), 0 when the line is not a table row. */
  delimiter: number;
  /** Index of the first character of each cell. */
  cellStarts: number[];
}

interface Block {
  delimiter: number;
  /** First and last index covered by rows under this header. */
  from: number;
  to: number;
  cues: Cue[];
  names: string[];
  hasName: boolean;
}

export interface ColumnInfo {
  cue: Cue;
  header: string;
  /** The cell the position is in (trimmed bounds). */
  cellStart: number;
  cellEnd: number;
}

const TAB = 9;
const PIPE = 124;
const COMMA = 44;

// Where each candidate delimiter stands on the line being read: filled by one pass over the line (reused
// across lines; a CSV export has a line every ~50 characters and each was read twice before: issue #2 speed).
let tabsAt = new Int32Array(256);
let pipesAt = new Int32Array(256);
/** Commas outside double quotes ("Smith, Ann" in a quoted cell is one cell). */
let commasAt = new Int32Array(256);

function cellStartsFrom(start: number, delimiters: Int32Array, count: number): number[] {
  const starts = [start];
  for (let k = 0; k < count; k++) starts.push((delimiters[k] as number) + 1);
  return starts;
}

export class Tables {
  private line: Line | undefined;
  private block: Block | undefined;

  constructor(private readonly text: string) {}

  private lineAt(pos: number): Line {
    const cached = this.line;
    if (cached && pos >= cached.start && pos <= cached.end) return cached;
    const text = this.text;
    const start = text.lastIndexOf('\n', pos - 1) + 1;
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    if (end - start > tabsAt.length) {
      tabsAt = new Int32Array(end - start);
      pipesAt = new Int32Array(end - start);
      commasAt = new Int32Array(end - start);
    }
    let tabs = 0;
    let pipes = 0;
    let unquotedCommas = 0;
    let commas = 0;
    let proseCommas = 0;
    let quoted = false;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      // Most characters are none of these: one range test skips them (',' 44, '"' 34, tab 9 < 45; '|' 124).
      if (c > 44 && c !== PIPE) continue;
      if (c === COMMA) {
        commas++;
        if (text.charCodeAt(i + 1) === 32) proseCommas++;
        if (!quoted) commasAt[unquotedCommas++] = i;
      } else if (c === TAB) tabsAt[tabs++] = i;
      else if (c === 34) quoted = !quoted;
      else if (c === PIPE) pipesAt[pipes++] = i;
    }
    // Two columns of CSV have one comma per line; prose puts a space after its commas, exports do not.
    const csv = commas >= 2 || (commas === 1 && proseCommas === 0);
    const delimiter = tabs > 0 ? TAB : pipes >= 2 ? PIPE : csv ? COMMA : 0;
    const cellStarts =
      delimiter === TAB ? cellStartsFrom(start, tabsAt, tabs) : delimiter === PIPE ? cellStartsFrom(start, pipesAt, pipes) : delimiter === COMMA ? cellStartsFrom(start, commasAt, unquotedCommas) : [];
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
    const block: Block = { delimiter: line.delimiter, from: top.start, to: line.end, cues: [], names: [], hasName: false };
    this.block = block;
    // The top line of the block is its header when it reads like one (short labels, hardly any digits).
    if (countDigits(this.text, top.start, top.end) > 3) return undefined;
    if (Math.abs(top.cellStarts.length - line.cellStarts.length) > 1) return undefined;
    for (let i = 0; i < top.cellStarts.length; i++) {
      const cellEnd = (top.cellStarts[i + 1] ?? top.end + 1) - 1;
      const name = this.text.slice(top.cellStarts[i], cellEnd).trim();
      // A header cell is a short label; prose with commas ("Hi Ann, please send the account number, …") is not a header.
      if (name.length > 32 || name.split(/\s+/).length > 4) return undefined;
      block.names.push(name);
      block.cues.push(cueOfHeader(name));
    }
    block.hasName = block.cues.includes(Cue.Name);
    return block;
  }

  /** Whether `pos` is in a table row under a header with a name column (cheap: line and block are cached). */
  hasNameColumn(pos: number): boolean {
    const line = this.lineAt(pos);
    if (line.delimiter === 0) return false;
    const block = this.blockFor(line);
    return block !== undefined && block.hasName;
  }

  /** The cell containing `pos` and its column header (cue None for a header we do not know), if `pos` is in a table row under a header. */
  columnAt(pos: number): ColumnInfo | undefined {
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
    const cue = block.cues[column] ?? Cue.None;
    let cellStart = starts[column] ?? line.start;
    let cellEnd = (starts[column + 1] ?? line.end + 1) - 1;
    while (cellStart < cellEnd && isCellPadding(this.text.charCodeAt(cellStart))) cellStart++;
    while (cellEnd > cellStart && isCellPadding(this.text.charCodeAt(cellEnd - 1))) cellEnd--;
    return { cue, header: block.names[column] ?? '', cellStart, cellEnd };
  }
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
