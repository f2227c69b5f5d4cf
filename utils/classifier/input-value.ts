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

/** The cue of the form field whose value attribute starts at `start`, or undefined when the value is not one. */
export function inputFieldCue(text: string, start: number): FieldName | undefined {
  const quote = text.charCodeAt(start - 1);
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
