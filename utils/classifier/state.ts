/**
 * What one classify() call carries around: the text, its tables, the findings so far, and the context
 * lookup every context-dependent recognizer uses (column header first, then keywords before the value).
 */
import { LoneColumns } from './lone-column';
import { Cue, contextBefore, NO_CONTEXT, type WindowContext } from './context';
import { documentTypeAbove, ID_NUMBER_HEADER, tickedTypeFor } from './checkbox';
import { FixedWidth } from './fixed-width';
import { HtmlTables } from './html-table';
import { inputFieldCue } from './input-value';
import { jsonObjectCue } from './json-object';
import { keepResolved } from './resolve';
import { Tables, type Block, type ColumnHeader } from './table';
import type { AccountPattern, ContextHit, Evidence, Finding, PiiType } from './types';

export interface Lookup {
  /** The deciding cue: the column header's if there is one, else the nearest keyword's. */
  cue: Cue;
  /** Every cue seen (header and window). */
  all: Cue;
  column: ColumnHeader | undefined;
  window: WindowContext;
  /** The shared column evidence last made from this lookup, and for which checksum (see evidenceOf). */
  columnEvidence?: Evidence;
  columnChecksum?: string;
}

export interface RowShape {
  /** A delimited row holding a name, a 9-digit (SSN-shaped) value and a date: "name, SSN, DOB" without a header. */
  birthRow: boolean;
  /** A delimited row with a checking/savings cell ("…,084000026,100428839215,CHK,3400.00"): an ACH or wire list without a header. */
  bankRow: boolean;
}

/** Whether a column of the block holds bank account numbers ("Bank Acct", "DFI acct #", "acct_or_iban"; not "bank_name"). */
function hasBankAccountColumn(block: Block): boolean {
  // ("acct_or_iban" beside "rtg_or_swift" is the payee's bank account too.)
  return block.cues.some((cue, k) => (cue === Cue.Bank || cue === Cue.Iban) && /acc|num|no\b|#/i.test(block.names[k] ?? ''));
}

/**
 * The account column that goes with the routing column: the nearest one. A returned-items list has two
 * ("drawee_rtn | drawer_acct | credited_acct"): the drawer's bank account beside the routing number, and the
 * firm's account it was credited to further along.
 */
function accountColumnOfRouting(block: Block): number {
  const routing = block.cues.indexOf(Cue.Routing);
  let nearest = -1;
  block.cues.forEach((cue, k) => {
    // "acct_type", "Account Name": columns about the account, not its number.
    if (cue !== Cue.Account || /type|name|status|class|title/i.test(block.names[k] ?? '')) return;
    if (nearest < 0 || Math.abs(k - routing) < Math.abs(nearest - routing)) nearest = k;
  });
  return nearest;
}

const NO_ROW: RowShape = { birthRow: false, bankRow: false };
/** A FIX message's Account field (tag 1): shared, never mutated. */
const FIX_ACCOUNT: Lookup = { cue: Cue.Account, all: Cue.Account, column: { cue: Cue.Account, header: 'FIX tag 1 (Account)' }, window: NO_CONTEXT };

/** Whether a FIX field starts at `at`: after '|', SOH or "^A". */
function fixFieldStart(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return before === 124 || before === 1 || (before === 65 && text.charCodeAt(at - 2) === 94);
}
/** No header and no keyword: shared, never mutated. */
const NO_LOOKUP: Lookup = { cue: Cue.None, all: Cue.None, column: undefined, window: NO_CONTEXT };
const SSN_CELL = /(?:^|[,\t|])\s*"?\d{3}[- ]?\d{2}[- ]?\d{4}"?\s*(?=[,\t|]|$)/;
const DATE_CELL = /(?:^|[,\t|])\s*"?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}"?\s*(?=[,\t|]|$)/;
const NAME_CELL = /(?:^|[,\t|])\s*"?[A-Z][a-z'-]+(?: [A-Z]\.?| [A-Z][a-z'-]+)+"?\s*(?=[,\t|]|$)/;
/** A name in capitals ("HOWARD DUNLEAVY", "DUNLEAVY HOWARD J"), as mainframe exports write them… */
const CAPS_NAME_CELL = /(?:^|[,\t|])\s*"?[A-Z][A-Z'-]+(?: [A-Z]\.?| [A-Z][A-Z'-]+){1,3}"?\s*(?=[,\t|]|$)/;
/** …unless the row names a security or a firm ("APPLE INC", "US TREASURY NOTE"), whose 9-digit id is a CUSIP. */
const ISSUER_WORD = /\b(?:INC|CORP|CO|LTD|LLC|LP|PLC|ETF|FUND|TRUST|TREASURY|NOTE|NOTES|BOND|BONDS|BANK|GROUP|HOLDINGS|SHARES|CLASS|SER|REV|GO|MUNI|INDEX|PORTFOLIO|BUY|SELL)\b/;
const BANK_TYPE_CELL = /(?:^|[,\t|])\s*"?(?:chk|sav|checking|savings|dda)"?\s*(?=[,\t|]|$)/i;
/** A name split over two cells, last name then first (or first then last): "Nakamura\tKenji\t312682562\t11/30/1949". */
const SPLIT_NAME_CELLS = /(?:^|[,\t|])\s*"?[A-Z][a-z'-]+"?\s*[,\t|]\s*"?[A-Z][a-z'-]+"?\s*(?=[,\t|]|$)/;

export class ScanState {
  /** Every finding emitted, kept only in `keepAll` mode (see emit). */
  readonly findings: Finding[] = [];
  readonly tables: Tables;
  /** Column headers of reports laid out with spaces, built on the first value outside a delimited table. */
  private fixedWidth: FixedWidth | undefined;
  private htmlTables: HtmlTables | undefined;
  private rowCache: { start: number; end: number; shape: RowShape } | undefined;
  private loneColumns: LoneColumns | undefined;

  constructor(
    readonly text: string,
    readonly accountPatterns: readonly AccountPattern[],
    private readonly minScore: number,
    private readonly keepAll: boolean,
  ) {
    this.tables = new Tables(text);
  }

  lookup(start: number): Lookup {
    // FIX tag 1 is the account: "…|49=MKSEC|1=8MK550163|11=…" (fields split by '|', SOH or "^A").
    if (this.text.charCodeAt(start - 1) === 61 && this.text.charCodeAt(start - 2) === 49 && fixFieldStart(this.text, start - 2)) return FIX_ACCOUNT;
    const tables = this.tables;
    const block = tables.locate(start);
    // In a table under a header, only words in the value's own cell count ("SSN: …" in a notes column);
    // the neighbouring cells belong to other columns.
    const window = contextBefore(this.text, start, block ? tables.cellStart : -1);
    if (!block) {
      // A form's number field under its ticked document type ("☒ Driver's License  ☐ Passport … ID Number: …"):
      // the ticked box names it, not the row's last word.
      if (window === NO_CONTEXT || (window.nearest & (Cue.License | Cue.Passport)) !== 0) {
        const ticked = tickedTypeFor(this.text, start);
        if (ticked) return { cue: ticked.cue, all: ticked.cue, column: { cue: ticked.cue, header: ticked.label }, window: NO_CONTEXT };
      }
      // A form field's value, named by the field: <input name="aba" value="122105155">.
      if (window === NO_CONTEXT) {
        const field = inputFieldCue(this.text, start);
        if (field) return { cue: field.cue, all: field.all, column: { cue: field.cue, header: field.name }, window: NO_CONTEXT };
        // A JSON value under a generic key, named by its object ({"type": "PASSPORT", …, "number": "C03861175"}).
        const document = jsonObjectCue(this.text, start);
        if (document !== Cue.None) return { cue: document, all: document, column: { cue: document, header: 'JSON object' }, window: NO_CONTEXT };
      }
      // A cell of an HTML table, under its <th>.
      const html = (this.htmlTables ??= new HtmlTables(this.text)).columnAt(start);
      if (html) return this.cellLookup(start, html.cue, html.header, html.cellStart, window);
      const fixedWidth = (this.fixedWidth ??= new FixedWidth(this.text));
      let cue = fixedWidth.columnCue(start, tables.currentLineStart, tables.currentLineEnd);
      // A label on the value's own line ("    Routing Number (ABA)   026009593": a key and its value) outranks
      // one on the line above, or a first line of key and value taken for a header.
      if (cue !== Cue.None && window !== NO_CONTEXT && window.wordStart >= tables.currentLineStart && (fixedWidth.fromLineAbove || isKeyValueLine(this.text, tables.currentLineStart, tables.currentLineEnd))) {
        cue = Cue.None;
      } else if (cue === Cue.None && fixedWidth.header !== '' && ID_NUMBER_HEADER.test(fixedWidth.header)) {
        // A form's "ID Number" column under its ticked document type ("☒ U.S. Passport").
        cue = documentTypeAbove(this.text, start)?.cue ?? Cue.None;
      }
      if (cue !== Cue.None) return this.cellLookup(start, cue, fixedWidth.header, fixedWidth.cellStart(start), window);
      if (window !== NO_CONTEXT) return { cue: window.nearest, all: window.all, column: undefined, window };
      // A value alone on its line, in a column pasted with its header above the values ("Clearing Acct\n318…\n318…").
      const lone = (this.loneColumns ??= new LoneColumns(this.text)).columnAt(start);
      return lone ? { cue: lone.cue, all: lone.cue, column: lone, window: NO_CONTEXT } : NO_LOOKUP;
    }
    const columnCue = block.cues[tables.column] ?? Cue.None;
    if (window !== NO_CONTEXT) {
      const column = columnCue !== Cue.None ? { cue: columnCue, header: block.names[tables.column] ?? '' } : undefined;
      return { cue: column && window.nearest === Cue.None ? columnCue : window.nearest, all: window.all | columnCue, column, window };
    }
    // "ID Type | ID Number" (a KYC log): the row's type cell names the number ("DRIVER LICENSE", "PASSPORT").
    if (columnCue === Cue.None && ID_NUMBER_HEADER.test(block.names[tables.column] ?? '')) {
      const rowCue = tables.rowIdType();
      if (rowCue !== Cue.None) return { cue: rowCue, all: rowCue, column: { cue: rowCue, header: block.names[tables.column] ?? '' }, window: NO_CONTEXT };
    }
    // A value alone in its cell: its lookup is the column's, the same on every row. Built once per column
    // and shared (only its evidence cache is ever written): a CSV export asks for one per value (issue #2
    // speed and GC pauses).
    let lookup = block.lookups[tables.column];
    if (!lookup) {
      const column = columnCue !== Cue.None ? { cue: columnCue, header: block.names[tables.column] ?? '' } : undefined;
      // An account column beside a routing column is a bank account ("aba | acct_type | acct_number"), unless
      // another column is the bank account ("Acct # | … | ABA | Bank Acct": then "Acct #" is ours).
      const routing = columnCue === Cue.Account && block.cues.includes(Cue.Routing) && !hasBankAccountColumn(block) && accountColumnOfRouting(block) === tables.column ? Cue.Routing : Cue.None;
      lookup = { cue: columnCue, all: columnCue | routing, column, window: NO_CONTEXT };
      block.lookups[tables.column] = lookup;
    }
    return lookup;
  }

  /**
   * The lookup of a value in a cell under a column header (a report laid out with spaces, an HTML table): a
   * row's other cells belong to other columns ("WIRE OUT  8XR-80286  …" under "ACCT"), so as in a delimited
   * table only words in the value's own cell count, and the header names the rest.
   */
  private cellLookup(start: number, cue: Cue, header: string, cellStart: number, window: WindowContext): Lookup {
    const column = { cue, header };
    const own = window === NO_CONTEXT ? NO_CONTEXT : contextBefore(this.text, start, cellStart);
    return own === NO_CONTEXT ? { cue, all: cue, column, window: NO_CONTEXT } : { cue: own.nearest, all: own.all | cue, column, window: own };
  }

  /**
   * End of the cell starting at `start` when it is under a "Name" header of a report laid out with spaces
   * ("ACCOUNT      NAME\n8MC-204633   NADIA HADDAD      447902318"), or -1. The cell ends at a gap of two
   * spaces or a tab.
   */
  fixedWidthNameCellEnd(start: number): number {
    const tables = this.tables;
    if (tables.locate(start)) return -1;
    const fixedWidth = (this.fixedWidth ??= new FixedWidth(this.text));
    const lineEnd = tables.currentLineEnd;
    if (fixedWidth.columnCue(start, tables.currentLineStart, lineEnd) !== Cue.Name) return -1;
    const text = this.text;
    let end = start;
    while (end < lineEnd && text.charCodeAt(end) !== 9 && !(text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 32)) end++;
    return end;
  }

  /** The shape of the line containing `pos` (cached per line). */
  rowShape(pos: number): RowShape {
    const cached = this.rowCache;
    if (cached && pos >= cached.start && pos <= cached.end) return cached.shape;
    // Under a header the columns say what each value is: "Last_Updated" and "Entered" dates are not birth dates.
    if (this.tables.locate(pos)) return NO_ROW;
    const start = this.text.lastIndexOf('\n', pos - 1) + 1;
    let end = this.text.indexOf('\n', pos);
    if (end < 0) end = this.text.length;
    const line = end - start > 2000 ? '' : this.text.slice(start, end);
    const birthRow =
      line !== '' && SSN_CELL.test(line) && DATE_CELL.test(line) && (NAME_CELL.test(line) || SPLIT_NAME_CELLS.test(line) || (CAPS_NAME_CELL.test(line) && !ISSUER_WORD.test(line)));
    const bankRow = line !== '' && BANK_TYPE_CELL.test(line);
    // A row with a CHK/SAV cell is payment instructions: its 9-digit number is a routing number, not an SSN.
    const shape = birthRow || bankRow ? { birthRow: birthRow && !bankRow, bankRow } : NO_ROW;
    this.rowCache = { start, end, shape };
    return shape;
  }

  /**
   * The findings resolved so far (see keepResolved), valid while `inOrder`: false once a finding starts
   * before the one emitted before it. Then this pass's result is abandoned and classify() scans again in
   * `keepAll` mode, keeping every finding for resolveOverlaps to sort (also the mode for firm patterns,
   * which are matched after the scan). Keeping one list instead of two saves an array of every finding
   * on PII-dense exports (issue #2 speed).
   */
  readonly resolved: Finding[] = [];
  inOrder = true;
  private lastStart = -1;

  /** Where the last SSN or ITIN found ends (numeric.ts: a date sent right after one is the same person's birth date). */
  lastTaxIdEnd = -1;

  emit(type: PiiType, start: number, end: number, score: number, detector: string, evidence: Evidence): void {
    // A form's instructions show how to write a birth date ("For example, if you were born on April 15, 1956,
    // you would enter 04-15-1956"): found, like a sample SSN, but below the reporting threshold.
    // (A value under a column header is a record, not an instruction: an export emits thousands of them.)
    if (type === 'DATE_OF_BIRTH' && evidence.columnHeader === undefined && writtenAsExample(this.text, start)) score = Math.min(score, 0.3);
    const finding = { type, start, end, score, detector, evidence };
    if (type === 'US_SSN' || type === 'US_ITIN') this.lastTaxIdEnd = end;
    if (this.keepAll) {
      this.findings.push(finding);
      return;
    }
    if (start < this.lastStart) this.inOrder = false;
    this.lastStart = start;
    if (this.inOrder) keepResolved(this.resolved, finding, this.minScore);
  }
}

const EXAMPLE = /for example|e\.g\.|example:/g;
/** How far back on its line an example word may stand before the value. */
const EXAMPLE_REACH = 160;

/**
 * Whether the value at `start` is given as an example: "for example", "e.g." or "example:" earlier on its line
 * (at most 160 characters back), with no sentence end (". X") and no closing bracket between it and the value
 * ("DOB (e.g. 01/31/1980): 04/12/1961" gives an example, then the value). The line is first walked for an
 * 'x' or a 'g' between dots, so a birth date with neither before it costs no slice (issue #2 speed: one
 * search of the whole text was 3 % of a chat transcript's time).
 */
function writtenAsExample(text: string, start: number): boolean {
  let from = start;
  let cue = false;
  while (from > 0 && start - from < EXAMPLE_REACH) {
    const c = text.charCodeAt(from - 1);
    if (c === 10) break;
    if (c === 120 || c === 88 || (c === 46 && (text.charCodeAt(from - 2) | 32) === 103)) cue = true;
    from--;
  }
  if (!cue) return false;
  const window = text.slice(from, start).toLowerCase();
  let last = -1;
  EXAMPLE.lastIndex = 0;
  for (let m = EXAMPLE.exec(window); m; m = EXAMPLE.exec(window)) last = m.index + m[0].length;
  if (last < 0) return false;
  const after = window.slice(last);
  return !after.includes(')') && !/\. [a-z]/.test(after);
}

/** Whether the line [start, end) is one label and one value: two cells, split by one gap of two spaces or more (indent aside). */
function isKeyValueLine(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i++;
  let gaps = 0;
  for (; i < end; i++) {
    if (text.charCodeAt(i) === 32 && text.charCodeAt(i + 1) === 32) {
      gaps++;
      while (i < end && text.charCodeAt(i + 1) === 32) i++;
    } else if (text.charCodeAt(i) === 9) gaps++;
  }
  return gaps === 1;
}

const SHARED = new Map<string, Evidence>();

/**
 * Evidence with no context, column or notes is the same for every finding of a detector: one frozen object
 * per checksum rule, shared (a 200 KB export yields thousands of findings; issue #2 speed).
 */
function sharedEvidence(checksum: string | undefined): Evidence {
  const key = checksum ?? '';
  let evidence = SHARED.get(key);
  if (!evidence) {
    evidence = checksum ? { context: [], checksum, checksumPassed: true } : { context: [] };
    Object.freeze(evidence.context);
    Object.freeze(evidence);
    SHARED.set(key, evidence);
  }
  return evidence;
}

const BY_HEADER = new Map<string, Map<string, Evidence>>();

/** Evidence that is only "under column X" is shared too, per header and checksum (a CSV export repeats it per row). */
function columnEvidence(header: string, checksum: string | undefined): Evidence {
  let byChecksum = BY_HEADER.get(header);
  if (!byChecksum) {
    if (BY_HEADER.size > 500) BY_HEADER.clear();
    byChecksum = new Map();
    BY_HEADER.set(header, byChecksum);
  }
  const key = checksum ?? '';
  let evidence = byChecksum.get(key);
  if (!evidence) {
    evidence = checksum ? { context: [], checksum, checksumPassed: true, columnHeader: header } : { context: [], columnHeader: header };
    Object.freeze(evidence.context);
    Object.freeze(evidence);
    byChecksum.set(key, evidence);
  }
  return evidence;
}

/** Evidence from a lookup (keyword and/or column header), plus a checksum when one was applied. */
export function evidenceOf(lookup: Lookup | undefined, checksum?: string, notes?: string[]): Evidence {
  if (!notes && (!lookup || (lookup.window.wordStart < 0 && !lookup.column))) return sharedEvidence(checksum);
  if (!notes && lookup && lookup.window.wordStart < 0 && lookup.column) {
    // A column's lookup is shared by every row (ScanState.lookup): remember its evidence on it.
    if (lookup.columnEvidence && lookup.columnChecksum === checksum) return lookup.columnEvidence;
    lookup.columnChecksum = checksum;
    return (lookup.columnEvidence = columnEvidence(lookup.column.header, checksum));
  }
  const context: ContextHit[] = [];
  if (lookup && lookup.window.wordStart >= 0) {
    const { word, wordStart } = lookup.window;
    context.push({ word, start: wordStart, end: wordStart + word.length });
  }
  const evidence: Evidence = { context };
  if (checksum) {
    evidence.checksum = checksum;
    evidence.checksumPassed = true;
  }
  if (lookup?.column) evidence.columnHeader = lookup.column.header;
  if (notes) evidence.notes = notes;
  return evidence;
}
