/**
 * Identity documents on forms copied as text: the form ticks the document's type, then asks for its number.
 *
 *   ID Type   ☒ Driver's License   ☐ Passport   ☐ State ID
 *   ID Number
 *   W-352-684-219-730
 *
 * The number has no keyword of its own ("ID number" names nothing), so the ticked box names it: a licence
 * or a passport. An unticked box (☐, [ ]) names nothing.
 */
import { Cue, cueOfHeader, lineStartBefore } from './context';

/** A ticked box and the label after it (one or two words): "☒ Driver's License", "[X] Passport", "☒ U.S. Passport". */
const TICKED = /(?:[☒☑✔✓■]|\[[xX✓]\]|\([xX]\))[ \t\u00a0]*([A-Za-z][A-Za-z.'’]*(?:[ \t][A-Za-z.'’]+)?)/g;
/** A header or label asking for an identity document's number, whose type is given elsewhere ("ID Number", "Document No."). */
export const ID_NUMBER_HEADER = /^(?:id|id[ _]?(?:number|num|no\.?|#)|id#|(?:doc|document)[ _]?(?:number|num|no\.?|#))$/i;
/** What labels a document number on its own line or just above it: "ID Number", "ID #:", "Number". */
const NUMBER_LABEL = /\b(?:id|number|no)$/i;
/** How far above the number the ticked type may stand (the form's type row, then its number row). */
const LINES_ABOVE = 3;

/** Characters between a label and its value: spaces, ':', '.', '#', '-', invisible characters and line ends. */
function isLabelGap(c: number): boolean {
  return c === 32 || c === 9 || c === 58 || c === 46 || c === 35 || c === 45 || c === 13 || c === 0xa0 || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/**
 * End of the label before the value at `start` (on its line, or ending the line above when the value starts
 * its own), or -1 when the text before it is not a word ending in d, r or o ("ID", "Number", "No", "ID #:").
 */
function labelEndBefore(text: string, start: number): number {
  let i = start;
  let newlines = 0;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10) {
      if (++newlines > 1) return -1;
    } else if (!isLabelGap(c)) break;
    i--;
  }
  if (i === start && i > 0) return -1;
  const last = text.charCodeAt(i - 1) | 32;
  return last === 100 || last === 114 || last === 111 ? i : -1;
}

export interface TickedType {
  cue: Cue;
  /** The ticked label as written ("Driver's License"). */
  label: string;
}

/** Whether [from, to) holds a ticked box: ☒ ☑ ✔ ✓ ■, [x] or (x). A loop, not a regex: asked for every value labelled "ID" or "number". */
function hasTick(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2612 || c === 0x2611 || c === 0x2714 || c === 0x2713 || c === 0x25a0) return true;
    if ((c === 91 || c === 40) && (text.charCodeAt(i + 1) | 32) === 120 && text.charCodeAt(i + 2) === (c === 91 ? 93 : 41)) return true;
  }
  return false;
}

/**
 * The identity-document type ticked above the value at `start` — or written there, "ID Type: U.S. Passport"
 * — when the value is labelled as a number ("ID number: 31847729", or "ID Number" on the line above it);
 * undefined otherwise.
 */
export function tickedTypeFor(text: string, start: number): TickedType | undefined {
  // The label first, read in place: most values are not labelled "ID number", and the text is searched
  // for a ticked box only when one is (issue #2 speed: a regex over every 200 KB transcript cost 6 %).
  const labelEnd = labelEndBefore(text, start);
  if (labelEnd < 0) return undefined;
  // Lines are looked back over 200 characters at most (lineStartBefore): a 200 KB text without line breaks
  // must not be searched from every value.
  if (!NUMBER_LABEL.test(text.slice(Math.max(labelEnd - 24, lineStartBefore(text, labelEnd)), labelEnd))) return undefined;
  return documentTypeAbove(text, start);
}

/**
 * The identity-document type ticked or written on the three lines above `start` (a number under a column
 * labelled "ID Number" asks for it without a label of its own before it).
 */
export function documentTypeAbove(text: string, start: number): TickedType | undefined {
  let from = lineStartBefore(text, start);
  for (let k = 0; k < LINES_ABOVE && from > 0 && text.charCodeAt(from - 1) === 10; k++) from = lineStartBefore(text, from - 1);
  if (!hasTick(text, from, start)) return namedTypeAbove(text, from, start);
  const valueColumn = start - lineStartBefore(text, start);
  let found: TickedType | undefined;
  let foundColumn = -1;
  const above = text.slice(from, start);
  for (const m of above.matchAll(TICKED)) {
    const label = m[1] ?? '';
    const cue = cueOfHeader(label);
    if (cue !== Cue.License && cue !== Cue.Passport) continue;
    // A form in two columns ticks one type per column: the value's is the tick nearest its column.
    const column = m.index - (above.lastIndexOf('\n', m.index) + 1);
    if (!found || Math.abs(column - valueColumn) < Math.abs(foundColumn - valueColumn)) {
      found = { cue, label };
      foundColumn = column;
    }
  }
  // ("[X] No" ticks another question: the type may still be written out.)
  return found ?? namedTypeAbove(text, from, start);
}

/** A form's "ID Type: U.S. Passport" (or "Type of ID", "Document Type"); the type ends at a column gap. */
const ID_TYPE_LINE = /\b(?:(?:ID|Identification|Document)[ \t]*Type|Type[ \t]+of[ \t]+ID)[ \t]*[:.-]?[ \t]*([A-Za-z][A-Za-z.'’]*(?: [A-Za-z.'’]+){0,3})/gi;

/** The document type a form names in words on the lines above the number (two-column layouts print it so). */
function namedTypeAbove(text: string, from: number, start: number): TickedType | undefined {
  let found: TickedType | undefined;
  for (const m of text.slice(from, start).matchAll(ID_TYPE_LINE)) {
    const label = m[1] ?? '';
    const cue = cueOfHeader(label);
    if (cue === Cue.License || cue === Cue.Passport) found = { cue, label };
  }
  return found;
}
