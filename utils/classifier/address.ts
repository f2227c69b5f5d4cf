/**
 * STREET_ADDRESS: the street line, through the ZIP when city, state and ZIP follow on the same line
 * ("1200 Oak Ridge Dr, Apt 4B, Austin, TX 78701"). A multi-line address yields its street line only.
 * Tried only where a short number is followed by a capitalised word, with one bounded sticky regex.
 */
import { evidenceOf, type ScanState } from './state';
import { WordSet } from './word-set';

const SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Way|Court|Ct|Place|Pl|Terrace|Ter|Parkway|Pkwy|' +
  'Highway|Hwy|Circle|Cir|Square|Sq|Trail|Trl|Plaza|Plz|Loop|Pike|Row|Alley|Crossing|Xing|Run|Path|Point|Pt|' +
  'Ridge|Hollow|Creek|Crescent|Cres|Expressway|Expy|Freeway|Fwy|Turnpike|Tpke|Broadway';
const STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|' +
  'OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI';
/** Words before a unit or floor number; printed in capitals too, as mailing lists and tax extracts are. */
const UNIT = 'Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|Bldg|#';
const WORD = "(?:[A-Z][A-Za-z'.-]*|\\d{1,3}(?:st|nd|rd|th))";

const ADDRESS = new RegExp(
  `\\d{1,6}[A-Z]?(?: 1/2)? (?:(?:[NSEW]|North|South|East|West)\\.? )?` +
    // "Avenue of the Americas": a street named after its suffix.
    `(?:(?:Avenue|Ave\\.?) of (?:the )?[A-Z][A-Za-z]+|(?:${WORD} ){0,3}(?:${SUFFIX}|${SUFFIX.toUpperCase()})\\.?(?: [NSEW]{1,2}\\.?)?)(?![A-Za-z])` +
    `(?:,? (?:(?:${UNIT}|${UNIT.toUpperCase()})\\.? ?#?[A-Za-z0-9-]{1,6}|\\d{1,3}(?:st|nd|rd|th) (?:Floor|Fl\\.?)(?![A-Za-z])))?` +
    `(?:,? [A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3},? (?:${STATES})(?: \\d{5}(?:-\\d{4})?)?(?![A-Za-z0-9]))?`,
  'y',
);
const PO_BOX = new RegExp(
  `(?:P\\.? ?O\\.?|Post Office) Box \\d{1,6}(?:,? [A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3},? (?:${STATES})(?: \\d{5}(?:-\\d{4})?)?(?![A-Za-z0-9]))?`,
  'y',
);
// "Broadway" alone is a street name with no suffix after it.
const BROADWAY_FIX = / Broadway\.?$/;

/** The suffixes, looked up in place (case-folded: a looser test than the regex, which decides). */
let suffixes: WordSet | undefined;

/**
 * Whether one of the six words after the space at `space` is a street suffix. The regex needs one there (after
 * an optional "1/2", a direction and up to three street-name words), so without one it cannot match and is
 * not run: it is the costliest regex to compile (~3 ms on the first call, in every frame the content script
 * runs in) and numbers followed by a capitalised word ("2 Shares", "10 AM") are common in broker text.
 */
function suffixAhead(text: string, space: number): boolean {
  suffixes ??= new WordSet(SUFFIX.toLowerCase().split('|'));
  let i = space;
  for (let word = 0; word < 6 && text.charCodeAt(i) === 32; word++) {
    const start = ++i;
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      while ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) c = text.charCodeAt(++i);
      if (i - start <= 10 && suffixes.hasAt(text, start, i)) return true;
    }
    while (i < text.length && text.charCodeAt(i) !== 32) i++;
  }
  return false;
}

/** Tries an address at the house number starting at `start` (its digits end at `space`, a space); returns its end, or -1. */
export function scanAddress(state: ScanState, start: number, space: number): number {
  if (!suffixAhead(state.text, space)) return -1;
  ADDRESS.lastIndex = start;
  const m = ADDRESS.exec(state.text);
  if (!m) return -1;
  const end = ADDRESS.lastIndex;
  // A bare "10 St" or "5 Way" is not an address: a street name or "Broadway" is needed before the suffix.
  const street = m[0].split(',')[0] ?? '';
  if (street.split(' ').length < 3 && !BROADWAY_FIX.test(street)) return -1;
  state.emit('STREET_ADDRESS', start, end, 0.85, 'street-address', evidenceOf(undefined));
  return end;
}

/** A post-office box ("PO Box 1234, Austin, TX 78701") starting at `start`; returns its end, or -1. */
export function scanPoBox(state: ScanState, start: number): number {
  PO_BOX.lastIndex = start;
  if (!PO_BOX.test(state.text)) return -1;
  state.emit('STREET_ADDRESS', start, PO_BOX.lastIndex, 0.8, 'po-box', evidenceOf(undefined));
  return PO_BOX.lastIndex;
}
