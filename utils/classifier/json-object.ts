/**
 * A value under a generic JSON key, named by its object: `{"type": "PASSPORT", "issuingCountry": "USA",
 * "number": "C03861175"}`, `"driversLicense": {"state": "NJ", "number": "K2186 40917 03529"}`. The key next to
 * the value ("number", "id", "value") names nothing; a document type among its siblings, or the key that holds
 * the object, does.
 */
import { Cue, cueOfHeader } from './context';

const GENERIC_KEY = /"(?:number|num|no|id|value|text|doc_?number|document_?number)"\s*:\s*"$/i;
/** A quoted key or value in the object before the value: read like a column header ("passport", "drivers_license"). */
const QUOTED = /"([A-Za-z][A-Za-z _-]{1,30})"/g;
// (An account object's number too: "account": {"number": "2IG60903-0"}.)
const DOCUMENT_CUES = Cue.Passport | Cue.License | Cue.Account | Cue.Brokerage;
const REACH = 300;

/** The document type named by the JSON object holding the value at `start`, when its own key is generic. */
export function jsonObjectCue(text: string, start: number): Cue {
  if (text.charCodeAt(start - 1) !== 34) return Cue.None;
  const from = Math.max(0, start - REACH);
  const before = text.slice(from, start);
  if (!GENERIC_KEY.test(before)) return Cue.None;
  // The object holding the value: from its '{' (and the key just before it, "driversLicense": {).
  const open = before.lastIndexOf('{');
  if (open < 0) return Cue.None;
  const keyBefore = before.lastIndexOf('"', Math.max(0, open - 2));
  const scope = before.slice(Math.max(0, before.lastIndexOf('"', keyBefore - 1)), before.length);
  for (const m of scope.matchAll(QUOTED)) {
    const cue = cueOfHeader((m[1] ?? '').replace(/[-\s]/g, '_'));
    if ((cue & DOCUMENT_CUES) !== 0) return cue;
  }
  return Cue.None;
}
