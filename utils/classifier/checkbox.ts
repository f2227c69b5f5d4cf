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
import { Cue, cueOfHeader } from './context';

/** A ticked box and the label after it (one or two words): "☒ Driver's License", "[X] Passport". */
const TICKED = /(?:[☒☑✔✓■]|\[[xX✓]\]|\([xX]\))[ \t\u00a0]*([A-Za-z][A-Za-z'’]*(?:[ \t][A-Za-z'’]+)?)/g;
/** Whether a text holds a ticked box at all: asked once per text, so text without forms pays one regex. */
const ANY_TICK = /[☒☑✔✓■]|\[[xX✓]\]|\([xX]\)/;
/** What labels a document number on its own line or just above it: "ID Number", "ID #:", "Number". */
const NUMBER_LABEL = /(?:\bid\b|\bnumber\b|\bno\b\.?|#)[ \t:.#-]*$/i;
/** How far above the number the ticked type may stand (the form's type row, then its number row). */
const LINES_ABOVE = 3;

export interface TickedType {
  cue: Cue;
  /** The ticked label as written ("Driver's License"). */
  label: string;
}

/** Per text: whether it holds any ticked box (undefined until asked). */
export class TickedBoxes {
  private any: boolean | undefined;

  constructor(private readonly text: string) {}

  /**
   * The identity-document type ticked above the value at `start`, when the value is labelled as a number
   * ("ID number: 31847729", or "ID Number" on the line above it); undefined otherwise.
   */
  typeFor(start: number): TickedType | undefined {
    this.any ??= ANY_TICK.test(this.text);
    if (!this.any) return undefined;
    const text = this.text;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const before = text.slice(lineStart, start);
    let labelled = NUMBER_LABEL.test(before);
    if (!labelled && before.trim() === '' && lineStart > 0) {
      const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      labelled = NUMBER_LABEL.test(text.slice(previousStart, lineStart - 1).replace(/[\u200b-\u200d\u2060\ufeff\r]/g, '').trimEnd());
    }
    if (!labelled) return undefined;
    let from = lineStart;
    for (let k = 0; k < LINES_ABOVE && from > 0; k++) from = text.lastIndexOf('\n', from - 2) + 1;
    let found: TickedType | undefined;
    for (const m of text.slice(from, start).matchAll(TICKED)) {
      const label = m[1] ?? '';
      const cue = cueOfHeader(label);
      if (cue === Cue.License || cue === Cue.Passport) found = { cue, label };
    }
    return found;
  }
}
