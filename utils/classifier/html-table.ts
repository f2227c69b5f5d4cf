/**
 * HTML tables copied from web portals: a value in a <td> is named by the <th> above its column, as a CSV
 * value is by its header cell.
 *
 *   <tr><th>Beneficiary</th><th>Relationship</th><th>Birth Date</th><th>SSN</th></tr>
 *   <tr><td>Yuki Ferreira</td><td>Spouse</td><td>10/19/1996</td><td>052&#8209;37&#8209;2133</td></tr>
 *
 * The table tags are indexed in one forward pass with indexOf, on the first question, and every question
 * after that is a few binary searches (a portal page asks for hundreds of values). A text without "<td"
 * costs one indexOf. A row that labels itself (<tr><th>DOB</th><td>…) is left to the keyword window,
 * which reads through markup.
 */
import { Cue, cueOfHeader } from './context';

export interface HtmlColumn {
  cue: Cue;
  header: string;
  /** Where the value's cell content starts (after its <td …>). */
  cellStart: number;
}

/** Ascending positions of one kind of tag. */
type Positions = number[];

interface TagIndex {
  tdOpen: Positions;
  tdClose: Positions;
  thOpen: Positions;
  trOpen: Positions;
  trClose: Positions;
  tableOpen: Positions;
  /** Rows whose cells are all <th>: a table's header row. */
  headerRows: Positions;
}

export class HtmlTables {
  private readonly hasCells: boolean;
  private index: TagIndex | undefined;
  /** Header cues of the last header row read, and where that row starts. */
  private headerRow = -1;
  private headers: { cue: Cue; header: string }[] = [];

  constructor(private readonly text: string) {
    this.hasCells = text.includes('<td') || text.includes('<TD');
  }

  /** The column of the <td> cell holding `pos` and its header, or undefined when `pos` is not in such a cell. */
  columnAt(pos: number): HtmlColumn | undefined {
    if (!this.hasCells) return undefined;
    const index = (this.index ??= indexTags(this.text));
    const cellOpen = lastBefore(index.tdOpen, pos);
    if (cellOpen < 0 || lastBefore(index.tdClose, pos) > cellOpen) return undefined;
    const rowOpen = lastBefore(index.trOpen, cellOpen);
    if (rowOpen < 0 || lastBefore(index.trClose, cellOpen) > rowOpen) return undefined;
    // A <th> in the value's own row labels the row ("<tr><th>DOB</th><td>…"): no column header applies.
    if (countBetween(index.thOpen, rowOpen, cellOpen) > 0) return undefined;
    const column = countBetween(index.tdOpen, rowOpen, cellOpen);
    const headerRow = lastBefore(index.headerRows, rowOpen);
    if (headerRow < 0 || lastBefore(index.tableOpen, rowOpen) > headerRow) return undefined;
    if (headerRow !== this.headerRow) {
      this.headerRow = headerRow;
      this.headers = readHeaders(this.text, index, headerRow);
    }
    const header = this.headers[column];
    if (!header || header.cue === Cue.None) return undefined;
    const cellStart = this.text.indexOf('>', cellOpen) + 1;
    return cellStart > 0 && cellStart <= pos ? { cue: header.cue, header: header.header, cellStart } : undefined;
  }
}

/** The last position in `positions` before `pos`, or -1. */
function lastBefore(positions: Positions, pos: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((positions[middle] as number) < pos) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? (positions[low - 1] as number) : -1;
}

/** How many positions lie in (from, to). */
function countBetween(positions: Positions, from: number, to: number): number {
  let count = 0;
  for (let at = lastBefore(positions, to); at > from; at = lastBefore(positions, at)) count++;
  return count;
}

/** The kind of tag at `at` ('<' there), among those indexed, or '' for any other. */
function tagAt(text: string, at: number): string {
  const close = text.charCodeAt(at + 1) === 47;
  const from = close ? at + 2 : at + 1;
  const a = text.charCodeAt(from) | 32;
  const b = text.charCodeAt(from + 1) | 32;
  if (a !== 116) return '';
  if (b === 97) return !close && text.slice(from, from + 5).toLowerCase() === 'table' && endsName(text.charCodeAt(from + 5)) ? 'table' : '';
  if (!endsName(text.charCodeAt(from + 2))) return '';
  const name = b === 100 ? 'td' : b === 104 ? 'th' : b === 114 ? 'tr' : '';
  return name && close ? `/${name}` : name;
}

function endsName(c: number): boolean {
  return c === 62 || c === 32 || c === 9 || c === 10 || c === 13 || c === 47;
}

function indexTags(text: string): TagIndex {
  const index: TagIndex = { tdOpen: [], tdClose: [], thOpen: [], trOpen: [], trClose: [], tableOpen: [], headerRows: [] };
  let row = -1;
  let rowCells = 0;
  let rowHeaders = 0;
  const endRow = () => {
    if (row >= 0 && rowHeaders > 0 && rowCells === 0) index.headerRows.push(row);
    row = -1;
  };
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    const tag = tagAt(text, at);
    if (tag === 'td') {
      index.tdOpen.push(at);
      rowCells++;
    } else if (tag === 'th') {
      index.thOpen.push(at);
      rowHeaders++;
    } else if (tag === '/td') index.tdClose.push(at);
    else if (tag === 'tr') {
      endRow();
      index.trOpen.push(at);
      row = at;
      rowCells = 0;
      rowHeaders = 0;
    } else if (tag === '/tr') {
      index.trClose.push(at);
      endRow();
    } else if (tag === 'table') {
      endRow();
      index.tableOpen.push(at);
    }
  }
  endRow();
  return index;
}

/** The text of each <th> of the header row at `row`, tags removed and spaces decoded, with its cue. */
function readHeaders(text: string, index: TagIndex, row: number): { cue: Cue; header: string }[] {
  const nextRow = index.trOpen.find((at) => at > row) ?? text.length;
  const rowEnd = Math.min(nextRow, index.trClose.find((at) => at > row) ?? text.length);
  const starts = index.thOpen.filter((at) => at > row && at < rowEnd);
  return starts.map((at, k) => {
    const contentStart = text.indexOf('>', at) + 1;
    const close = text.indexOf('</', contentStart);
    const contentEnd = Math.min(k + 1 < starts.length ? (starts[k + 1] as number) : rowEnd, close < 0 ? rowEnd : close);
    const header = text
      .slice(contentStart, Math.max(contentStart, contentEnd))
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;|&#160;/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return { cue: header.length > 0 && header.length <= 40 ? cueOfHeader(header) : Cue.None, header };
  });
}
