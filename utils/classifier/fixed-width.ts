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

  /** The header cell the last columnCue() found. */
  header = '';

  constructor(private readonly text: string) {}

  /** The cue of the header word above the value at `start`, or None when its line is not in a report. */
  columnCue(start: number): Cue {
    const text = this.text;
    if (start >= this.plainStart && start <= this.plainEnd) return Cue.None;
    const lineStart = start > 0 ? lineStartBefore(text, start) : 0;
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0) lineEnd = text.length;
    if (!(lineStart >= this.runStart && lineStart <= this.runEnd + 1)) {
      if (!isColumnar(text, lineStart, lineEnd)) {
        this.plainStart = lineStart;
        this.plainEnd = lineEnd;
        return Cue.None;
      }
      let top = lineStart;
      for (let guard = 0; guard < 500 && top > 0; guard++) {
        let previousStart = lineStartBefore(text, top - 1);
        // A rule under the header ("------- ------------") belongs to the report: the header is above it.
        if (isRule(text, previousStart, top - 1) && previousStart > 0) previousStart = lineStartBefore(text, previousStart - 1);
        if (previousStart === top - 1 || !isColumnar(text, previousStart, lineEndAt(text, previousStart))) break;
        top = previousStart;
      }
      this.runStart = top;
      this.headerStart = top;
      const headerEnd = text.indexOf('\n', top);
      this.headerEnd = headerEnd < 0 ? text.length : headerEnd;
    }
    if (lineEnd > this.runEnd) this.runEnd = lineEnd;
    if (lineStart === this.headerStart) return Cue.None;
    return this.headerCueAt(start - lineStart);
  }

  /** The header cell at column `offset`: the text between gaps of two spaces or more that covers it. */
  private headerCueAt(offset: number): Cue {
    const text = this.text;
    let at = this.headerStart + offset;
    // A value may start a character or two right of its header word.
    for (let k = 0; k < 2 && at < this.headerEnd && text.charCodeAt(at) === 32; k++) at++;
    if (at >= this.headerEnd || text.charCodeAt(at) === 32) return Cue.None;
    let from = at;
    while (from > this.headerStart && !(text.charCodeAt(from - 1) === 32 && text.charCodeAt(from - 2) === 32)) from--;
    let to = at;
    while (to < this.headerEnd && !(text.charCodeAt(to) === 32 && text.charCodeAt(to + 1) === 32)) to++;
    const cell = text.slice(from, to).trim();
    this.header = cell;
    return cell.length > 0 && cell.length <= 32 && !/\d{3}/.test(cell) ? cueOfHeader(cell) : Cue.None;
  }
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

function lineEndAt(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}
