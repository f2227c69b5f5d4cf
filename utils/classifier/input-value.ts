/**
 * A value typed into an HTML form field and copied with its markup: `<input name="aba" value="122105155">`.
 * Nothing in the text next to it names it — the words around are attributes — but the field's name or id
 * does, read like a column header ("aba", "acct", "dob", "ssn_last").
 */
import { Cue, cueOfHeader } from './context';

const VALUE_ATTRIBUTE = /value\s*=\s*$/i;
const NAME_ATTRIBUTES = /\b(?:name|id)\s*=\s*["']([^"'<>]{1,40})["']/gi;

export interface FieldName {
  cue: Cue;
  /** The cue and, for an account field of a form that also asks for a routing number, Cue.Routing: a bank account. */
  all: Cue;
  /** The attribute's value as written ("aba"). */
  name: string;
}

/** Cues a class or id may give an element's text: identifiers only ("value" and "amount" classes name nothing). */
const IDENTIFIER_CUES = Cue.Ssn | Cue.TaxId | Cue.Itin | Cue.Birth | Cue.Account | Cue.Brokerage | Cue.Bank | Cue.Routing | Cue.Passport | Cue.License | Cue.Iban;
const CLASS_ATTRIBUTES = /\b(?:class|id|name|data-field)\s*=\s*["']([^"'<>]{1,80})["']/gi;

/**
 * The cue of an element's class, id or name when the value is the element's text: `<span class="acct-no">7041-2258`,
 * `<td id="ssn">…`. Each class is read like a column header, its hyphens as underscores ("date-of-birth").
 */
function elementCue(text: string, start: number): FieldName | undefined {
  const tagStart = text.lastIndexOf('<', start - 1);
  if (tagStart < 0 || start - tagStart > 300 || text.charCodeAt(tagStart + 1) === 47) return undefined;
  for (const m of text.slice(tagStart, start - 1).matchAll(CLASS_ATTRIBUTES)) {
    for (const name of (m[1] ?? '').split(/\s+/)) {
      if (name.length < 2 || name.length > 32) continue;
      const cue = cueOfHeader(name.replace(/-/g, '_'));
      if ((cue & IDENTIFIER_CUES) !== 0) return { cue, all: cue, name };
    }
  }
  return undefined;
}

/**
 * The cue of the form field whose value attribute starts at `start`, or of the element whose text starts
 * there (elementCue); undefined when the value is neither.
 */
export function inputFieldCue(text: string, start: number): FieldName | undefined {
  const quote = text.charCodeAt(start - 1);
  if (quote === 62) return elementCue(text, start);
  if (quote !== 34 && quote !== 39) return undefined;
  // The tag is short: a value more than 300 characters into it is not an attribute's.
  const tagStart = text.lastIndexOf('<', start);
  if (tagStart < 0 || start - tagStart > 300 || text.lastIndexOf('>', start) > tagStart) return undefined;
  const before = text.slice(tagStart, start - 1);
  if (!VALUE_ATTRIBUTE.test(before)) return undefined;
  for (const m of before.matchAll(NAME_ATTRIBUTES)) {
    const name = m[1] ?? '';
    const cue = cueOfHeader(name);
    if (cue !== Cue.None) return { cue, all: cue === Cue.Account && routingFieldBefore(text, tagStart) ? cue | Cue.Routing : cue, name };
  }
  return undefined;
}

const ROUTING_FIELD = /\b(?:name|id)\s*=\s*["'](?:aba|rtn|routing[\w-]*)["']/i;

/** Whether a field for a routing number stands in the 600 characters before `tagStart` (the same form). */
function routingFieldBefore(text: string, tagStart: number): boolean {
  return ROUTING_FIELD.test(text.slice(Math.max(0, tagStart - 600), tagStart));
}
