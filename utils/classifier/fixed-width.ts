/**
 * Reports laid out in columns with spaces (options blotters, position reports printed by a back office):
 *
 *     Acct         Rep   Side  Qty  Underlying
 *     4TR-771903   4471  STO   5    QQQ
 *
 * Nothing but the header word above it names a value in such a report. The header is the top line of the
 * run of columnar lines the value's line belongs to; the runs found are cached, so a long report is walked
 * up once.
 */
import { ID_NUMBER_HEADER } from './checkbox';
import { Cue, cueOfHeader, isColumnar, lineStartBefore } from './context';

export class FixedWidth {
  /** The last run of columnar lines: [runStart, runEnd] and its header line [headerStart, headerEnd). */
  private runStart = -1;
  private runEnd = -1;
  private headerStart = -1;
  private headerEnd = -1;
  /** The last line found not to be columnar. */
  private plainStart = -1;
  private plainEnd = -1;

  /** The header cell the last columnCue() found ('' when it found none). */
  header = '';
  /** Whether that cell is on the line just above the value's rather than the report's header (see cueAbove). */
  fromLineAbove = false;

  constructor(private readonly text: string) {}

  /**
   * The cue of the header word above the value at `start`, or None when its line is not in a report. The
   * value's line [lineStart, lineEnd) comes from the caller, which has it already (Tables).
   */
  columnCue(start: number, lineStart: number, lineEnd: number): Cue {
    const text = this.text;
    this.header = '';
    if (start >= this.plainStart && start <= this.plainEnd) return Cue.None;
    const inRun = this.runStart >= 0 && lineStart >= this.runStart && lineStart <= this.runEnd + 1;
    // A line of the run seen before is in it; the line after the run joins it only when it is columnar too
    // (a form's "Bank ABA/Routing #: …" under an "Amount: …   ☐ Full   ☒ Partial" line is not a report row).
    if (!inRun || lineStart > this.runEnd) {
      if (!this.gapWithin(lineStart, lineEnd)) return this.plain(lineStart, lineEnd);
      if (!isColumnar(text, lineStart, lineEnd)) {
        // A form printed in two columns, its labels on the line above ("IRA Account Number      Account Owner
        // Name" over "7QK-130744      Frances L. Aberdeen"): one gap, lined up with the label line's.
        const labelStart = lineStart > 0 ? lineStartBefore(text, lineStart - 1) : -1;
        if (labelStart < 0 || !labelsAbove(text, labelStart, lineStart - 1, lineStart, lineEnd)) return this.plain(lineStart, lineEnd);
        this.runStart = labelStart;
        this.headerStart = labelStart;
        this.headerEnd = lineStart - 1;
        this.runEnd = lineEnd;
        return this.headerCueAt(start - lineStart);
      }
    }
    if (!inRun) {
      let top = lineStart;
      for (let guard = 0; guard < 500 && top > 0; guard++) {
        let previousStart = lineStartBefore(text, top - 1);
        // A rule under the header ("------- ------------") belongs to the report: the header is above it.
        if (isRule(text, previousStart, top - 1) && previousStart > 0) previousStart = lineStartBefore(text, previousStart - 1);
        if (previousStart === top - 1 || !isColumnar(text, previousStart, lineEndAt(text, previousStart))) break;
        top = previousStart;
      }
      this.runStart = top;
      this.headerStart = headerBelowTitles(text, top);
      this.headerEnd = lineEndAt(text, this.headerStart);
    }
    if (lineEnd > this.runEnd) this.runEnd = lineEnd;
    if (lineStart <= this.headerStart) return Cue.None;
    return this.cueAbove(start - lineStart, lineStart);
  }

  private plain(lineStart: number, lineEnd: number): Cue {
    this.plainStart = lineStart;
    this.plainEnd = lineEnd;
    return Cue.None;
  }

  /**
   * Whether [start, end) holds a tab or three spaces in a row, which every columnar line does. Found with
   * indexOf and remembered, so a chat transcript's lines are not each read character by character (issue #2
   * speed); lines are asked about in text order, and an earlier line searches again.
   */
  private gapWithin(start: number, end: number): boolean {
    const text = this.text;
    if (start < this.searchedFrom) {
      // A line before the searched stretch (rare: a value looked up again) is read as it is: searching again
      // from it would read to the end of a text that has no gap at all.
      if (this.searchedFrom !== Infinity) return hasGap(text, start, end);
      this.searchedFrom = start;
      this.nextSpaces = text.indexOf('   ', start);
      this.nextTab = text.indexOf('\t', start);
    } else if ((this.nextSpaces >= 0 && this.nextSpaces < start) || (this.nextTab >= 0 && this.nextTab < start)) {
      // Passed: search on from here (a -1 stays -1: there is none after the stretch's start, so none after this).
      this.searchedFrom = start;
      if (this.nextSpaces >= 0 && this.nextSpaces < start) this.nextSpaces = text.indexOf('   ', start);
      if (this.nextTab >= 0 && this.nextTab < start) this.nextTab = text.indexOf('\t', start);
    }
    return (this.nextSpaces >= 0 && this.nextSpaces < end) || (this.nextTab >= 0 && this.nextTab < end);
  }

  private searchedFrom = Infinity;
  private nextSpaces = -1;
  private nextTab = -1;

  /** Start of the report cell holding `pos`: after the last gap of two spaces or more before it on its line. */
  cellStart(pos: number): number {
    const text = this.text;
    let i = pos;
    while (i > 0 && text.charCodeAt(i - 1) !== 10 && !(text.charCodeAt(i - 1) === 32 && text.charCodeAt(i - 2) === 32)) i--;
    // Columns one space apart ("WIRE OUT 8XR-80286" under "TYPE     ACCT"): the header cell's start bounds it too.
    const lineStart = lineStartBefore(text, pos);
    return Math.min(pos, Math.max(i, lineStart + this.headerCellOffset));
  }

  /** Offset in its line of the header cell the last columnCue() found. */
  private headerCellOffset = 0;

  /** The header cell at column `offset`: the text between gaps of two spaces or more that covers it. */
  private headerCueAt(offset: number, headerStart = this.headerStart, headerEnd = this.headerEnd): Cue {
    const text = this.text;
    let at = headerStart + offset;
    // A value may start a character or two right of its header word.
    for (let k = 0; k < 2 && at < headerEnd && text.charCodeAt(at) === 32; k++) at++;
    if (at >= headerEnd || text.charCodeAt(at) === 32) return Cue.None;
    let from = at;
    while (from > headerStart && !(text.charCodeAt(from - 1) === 32 && text.charCodeAt(from - 2) === 32)) from--;
    let to = at;
    while (to < headerEnd && !(text.charCodeAt(to) === 32 && text.charCodeAt(to + 1) === 32)) to++;
    const cell = text.slice(from, to).trim();
    this.header = cell;
    this.headerCellOffset = from - headerStart;
    return cell.length > 0 && cell.length <= 32 && !/\d{3}/.test(cell) ? cueOfHeader(cell) : Cue.None;
  }

  /**
   * The cue of the cell at `offset` in the top header, or, when that names nothing, in the line just above
   * the value's when it holds labels (no number): a form laid out in columns labels each row of values on
   * the line above it ("ID Number      Place of Issuance" over "A04918376      U.S. Department of State").
   */
  private cueAbove(offset: number, lineStart: number): Cue {
    this.fromLineAbove = false;
    const cue = this.headerCueAt(offset);
    if (cue !== Cue.None || lineStart <= this.headerEnd + 1) return cue;
    const above = lineStartBefore(this.text, lineStart - 1);
    if (above <= this.headerStart || hasDigitRun(this.text, above, lineStart - 1, 3)) return cue;
    const header = this.header;
    const offsetInHeader = this.headerCellOffset;
    const labelCue = this.headerCueAt(offset, above, lineStart - 1);
    if (labelCue !== Cue.None || ID_NUMBER_HEADER.test(this.header)) {
      this.fromLineAbove = true;
      return labelCue;
    }
    this.header = header;
    this.headerCellOffset = offsetInHeader;
    return cue;
  }
}

/**
 * The header line of a run of columnar lines starting at `top`: the top line, unless it is a report's title
 * ("FIRM LLC      CIP EXCEPTION REPORT - BRANCH 027      RUN 03/14/2025"), which carries numbers where a
 * header carries only names. A line without numbers above a rule ("-------") within six lines is the header;
 * without one, up to three title lines and rules are passed over, to the first columnar line without a number.
 */
function headerBelowTitles(text: string, top: number): number {
  // A rule under a line without numbers names it the header, whatever the titles above hold ("REP: AD7
  // BRANCH: 07   PAGE 1 OF 1" carries no date; "SELECTION: OPEN DT 03/01/25-…" over a rule does).
  let previous = -1;
  let previousEnd = -1;
  let line = top;
  for (let k = 0; k < 6; k++) {
    const end = lineEndAt(text, line);
    if (previous >= 0 && isRule(text, line, end) && !isRule(text, previous, previousEnd) && !hasDigitRun(text, previous, previousEnd, 3)) return previous;
    if (end >= text.length) break;
    previous = line;
    previousEnd = end;
    line = end + 1;
  }
  line = top;
  for (let k = 0; k < 4; k++) {
    const end = lineEndAt(text, line);
    const rule = isRule(text, line, end);
    if (!rule && !hasDigitRun(text, line, end, 3)) return k === 0 || isColumnar(text, line, end) ? line : top;
    if (end >= text.length) break;
    line = end + 1;
  }
  return top;
}

/**
 * Whether the line [labelStart, labelEnd) labels the two-column line [start, end) below it: it holds no
 * number (labels, not values), and each cell of the line below that follows a gap of three spaces or more
 * starts where a cell of the label line does (within two characters).
 */
function labelsAbove(text: string, labelStart: number, labelEnd: number, start: number, end: number): boolean {
  if (labelEnd - labelStart < 8 || hasDigitRun(text, labelStart, labelEnd, 3)) return false;
  let aligned = 0;
  for (let i = start + 3; i < end; i++) {
    if (text.charCodeAt(i) === 32 || text.charCodeAt(i - 1) !== 32 || text.charCodeAt(i - 2) !== 32 || text.charCodeAt(i - 3) !== 32) continue;
    const offset = i - start;
    let matched = false;
    for (let d = -2; d <= 2 && !matched; d++) {
      const at = labelStart + offset + d;
      matched = at > labelStart && at < labelEnd && text.charCodeAt(at) !== 32 && text.charCodeAt(at - 1) === 32 && text.charCodeAt(at - 2) === 32;
    }
    if (!matched) return false;
    aligned++;
  }
  return aligned > 0;
}

/** Whether [start, end) holds `length` digits in a row. */
function hasDigitRun(text: string, start: number, end: number, length: number): boolean {
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    if (run === length) return true;
  }
  return false;
}

/** Whether [start, end) is a rule line: dashes, equals signs, plus signs and spaces, with some dashes or equals. */
function isRule(text: string, start: number, end: number): boolean {
  let marks = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 61) marks++;
    else if (c !== 32 && c !== 43 && c !== 13 && c !== 124) return false;
  }
  return marks >= 3;
}

/** Index of the '\n' ending the line that holds `start`, or the text's length. */
export function lineEndAt(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

/** Whether [start, end) holds a tab or three spaces in a row. */
function hasGap(text: string, start: number, end: number): boolean {
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) return true;
    run = c === 32 ? run + 1 : 0;
    if (run === 3) return true;
  }
  return false;
}
