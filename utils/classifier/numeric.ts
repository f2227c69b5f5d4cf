/**
 * Recognizers for runs of digit groups: SSN/ITIN/EIN, cards, phones, dates, ZIP+4 and context-dependent
 * bare numbers (accounts, routing, passport, licence). Each pattern either claims some groups — emitting a
 * finding, or nothing when the lookalike fails validation — or lets the next pattern try.
 */
import { isLetter } from './chars';
import { abaRoutingValid, cardIssuer, einPrefixValid, isTestCardNumber, luhnValid } from './checksums';
import { contextAfter, contextBefore, Cue, keywordGap, lineStartBefore, WINDOW } from './context';
import { cueOfWord } from './keywords';
import { numericDateYearOf, plausibleBirthYear } from './dates';
import { emitContextual, emitMicr, emitTaxId } from './contextual';
import type { Cursor } from './cursor';
import { evidenceOf, type Lookup, type ScanState } from './state';
import { PREFIX_NONE, PREFIX_PLUS, SEP_DASH, SEP_DOT, SEP_PAREN, SEP_SLASH, SEP_SPACE } from './tokens';

/**
 * A self-evident value (formatted SSN, card, phone, EIN) is silenced by an order/ticket/CRD keyword only when
 * that keyword labels it ("Ref: 524-71-9638"), not when it belongs to an earlier phrase ("1,000 shares, call …").
 */
function labelledNotPii(lookup: Lookup, start: number, text: string): boolean {
  if (lookup.cue !== Cue.NotPii) return false;
  // A column under an order, request or reference header ("FINRA REQ #") names every cell of it.
  if (lookup.column && lookup.window.wordStart < 0) return true;
  const gap = keywordGap(lookup.window, start);
  return gap <= 12 || (gap <= 40 && listOfNumbersBetween(text, start - gap, start));
}

const LIST_BETWEEN = /^(?:[\s\d#:,;/&.-]|\band\b|\bor\b)*$/;

/** Whether text[from, to) is only other numbers and list punctuation: "refs 908-91-6741 and 908-91-6742". */
function listOfNumbersBetween(text: string, from: number, to: number): boolean {
  return LIST_BETWEEN.test(text.slice(from, to));
}

/** Score of a formatted SSN by its separator: '-' 0.9, ' ' 0.8, '.' 0.7. */
function formattedSsnScore(sep: number): number {
  return sep === SEP_DASH ? 0.9 : sep === SEP_SPACE ? 0.8 : 0.7;
}

function trySsn(c: Cursor, g: number): number {
  if (c.len(g) !== 3 || c.len(g + 1) !== 2 || c.len(g + 2) !== 4 || !c.sameSep(g, 3, SEP_DASH | SEP_SPACE | SEP_DOT)) return 0;
  const lookup = c.lookup(g);
  // ("ssn + dob on the cost basis req: 583-41-6672": a request word nearer, the SSN word a little further.)
  if (labelledNotPii(lookup, c.start(g), c.state.text) && (contextBefore(c.state.text, c.start(g), -1, true).all & (Cue.Ssn | Cue.TaxId)) === 0) return 3;
  const supported = (lookup.cue & (Cue.Ssn | Cue.Itin | Cue.TaxId)) !== 0;
  const base = formattedSsnScore(c.sep(g));
  emitTaxId(c.state, c.joinedValue(g, 3), c.start(g), c.end(g + 2), supported ? 0.97 : base, lookup);
  return 3;
}

/**
 * An SSN read out digit by digit or copied from a form that spaces its characters: "my social is 2 6 7 4 0 3
 * 9 1 8", "5 0 1 72 8815", "7 0 0 - 1 4 - 2 2 8 5". Short groups (none longer than four) that hold nine digits
 * together, the whole run, right after an SSN keyword; the SSA rules decide.
 */
function trySpacedSsn(c: Cursor, g: number): number {
  if (g !== 0 || c.token.count < 4 || c.len(0) > 2) return 0;
  let digits = 0;
  for (let k = 0; k < c.token.count; k++) {
    const length = c.len(k);
    if (length > 4 || ((c.sep(k) & ~(SEP_SPACE | SEP_DASH)) !== 0)) return 0;
    digits += length;
  }
  if (digits !== 9) return 0;
  const lookup = c.lookup(g);
  // (Spoken, the keyword may stand a clause before: "asking for my social security number again … but it's 2 6 7 …".)
  if ((lookup.cue & (Cue.Ssn | Cue.TaxId)) === 0) return 0;
  const count = c.token.count;
  return emitTaxId(c.state, c.joinedValue(0, count), c.start(0), c.end(count - 1), 0.85, lookup, 'digits spaced out') ? count : 0;
}

function tryCard(c: Cursor, g: number): number {
  let count = 0;
  const l0 = c.len(g);
  if (l0 >= 13 && l0 <= 19) count = 1;
  else if (l0 === 4 && c.len(g + 1) === 6 && (c.len(g + 2) === 5 || c.len(g + 2) === 4) && c.sameSep(g, 3, SEP_DASH | SEP_SPACE)) count = 3;
  else if (l0 === 4 && c.len(g + 1) === 4 && c.len(g + 2) === 4 && c.sameSep(g, 3, SEP_DASH | SEP_SPACE)) {
    const l3 = c.len(g + 3);
    if (l3 >= 1 && l3 <= 4 && c.sameSep(g, 4, SEP_DASH | SEP_SPACE)) {
      count = 4;
      if (c.len(g + 4) === 3 && c.sameSep(g, 5, SEP_DASH | SEP_SPACE)) count = 5;
    }
  }
  if (count === 0) return g === 0 ? tryOddlyGroupedCard(c) : 0;
  if (count === 1 && !c.standsAlone(g)) return 0;
  const digits = c.digits(g, count);
  const issuer = cardIssuer(digits);
  if (!issuer) return 0;
  const lookup = c.lookup(g);
  // An unformatted run after "checking"/"acct" is an account number even when it happens to pass Luhn.
  if (count === 1 && (lookup.cue === Cue.Bank || lookup.cue === Cue.Account || lookup.cue === Cue.Brokerage)) return 0;
  // "ending in 4242 — full number 4242424242424242": a masked mention nearby does not make a full number safe.
  // ("read me his card over the phone: 4532 …" — a phone keyword does not make a Luhn-valid card a phone.)
  if (labelledNotPii(lookup, c.start(g), c.state.text)) return count;
  if (!luhnValid(digits)) {
    // A failing 16-digit number after "account" may still be an account number; after "card" it is nothing.
    return lookup.cue === Cue.Card ? count : 0;
  }
  const test = isTestCardNumber(digits);
  const score = test ? 0.3 : lookup.cue === Cue.Card || lookup.column ? 0.98 : 0.9;
  c.state.emit('CREDIT_CARD', c.start(g), c.end(g + count - 1), score, 'card-luhn',
    evidenceOf(lookup, 'luhn', test ? [`issuer ${issuer}, ${digits.length} digits`, 'a published test card number'] : [`issuer ${issuer}, ${digits.length} digits`]));
  return count;
}

/**
 * A card number grouped as it was read out or typed, not as printed ("here it is 54129 430 702 82530"): the
 * whole run, two to six groups of spaces or dashes holding 13 to 19 digits, right after a card keyword, and
 * Luhn-valid with an issuer's prefix.
 */
function tryOddlyGroupedCard(c: Cursor): number {
  const count = c.token.count;
  if (count < 2 || count > 6) return 0;
  let total = 0;
  for (let k = 0; k < count; k++) {
    if (k < count - 1 && (c.sep(k) & (SEP_SPACE | SEP_DASH)) === 0) return 0;
    total += c.len(k);
  }
  if (total < 13 || total > 19) return 0;
  const lookup = c.lookup(0);
  if (lookup.cue !== Cue.Card || keywordGap(lookup.window, c.start(0), c.state.text) > 28) return 0;
  const digits = c.digits(0, count);
  const issuer = cardIssuer(digits);
  if (!issuer || !luhnValid(digits) || isTestCardNumber(digits)) return 0;
  c.state.emit('CREDIT_CARD', c.start(0), c.end(count - 1), 0.9, 'card-luhn', evidenceOf(lookup, 'luhn', [`issuer ${issuer}, ${digits.length} digits`, 'unusual grouping']));
  return count;
}

/** NANP rules over 3-digit area code and exchange: neither starts with 0 or 1, the area code is not N11. */
function nanpValid(area: number, exchange: number): boolean {
  return area >= 200 && exchange >= 200 && area % 100 !== 11;
}

function tryPhone(c: Cursor, g: number): number {
  const token = c.token;
  let from = g;
  let spanStart = c.start(g);
  // "+1 212 555 0143", "1-800-555-0143": a leading country code 1.
  if (c.len(g) === 1 && c.value(g) === 1 && c.len(g + 1) === 3) from = g + 1;
  if (c.len(from) === 3 && c.len(from + 1) === 3 && c.len(from + 2) === 4) {
    const s1 = c.sep(from);
    const s2 = c.sep(from + 1);
    const shapeOk = (s1 === s2 && (s1 & (SEP_DASH | SEP_DOT | SEP_SPACE)) !== 0) || (s1 === SEP_PAREN && (s2 & (SEP_DASH | SEP_SPACE | SEP_DOT)) !== 0);
    if (!shapeOk) return 0;
    if (g === 0 && token.prefix !== PREFIX_NONE) spanStart -= 1;
    const nanp = nanpValid(c.value(from), c.value(from + 1));
    if (nanp) {
      // A valid NANP number needs no context (and phones are not high-risk): skipping the lookup keeps
      // contact-heavy exports fast.
      c.state.emit('PHONE', spanStart, c.end(from + 2), 0.8, 'phone-nanp', evidenceOf(undefined));
      return from - g + 3;
    }
    // The 3-3-4 shape is a phone number in broker text even when the digits are not a real NANP number
    // (test and fictional numbers: 555-123-4567); it scores lower then, and an order keyword silences it.
    const lookup = c.lookup(g);
    if (labelledNotPii(lookup, c.start(g), c.state.text)) return from - g + 3;
    c.state.emit('PHONE', spanStart, c.end(from + 2), lookup.cue === Cue.Phone ? 0.9 : 0.6, 'phone-shape', evidenceOf(lookup));
    return from - g + 3;
  }
  // "+17135509012": a North American number written whole, as SMS archives and APIs (E.164) do.
  if (g === 0 && token.prefix === PREFIX_PLUS && token.count === 1 && c.len(g) === 11 && c.state.text.charCodeAt(c.start(g)) === 49) {
    const digits = c.value(g) - 1e10;
    if (!nanpValid(Math.floor(digits / 1e7), Math.floor(digits / 1e4) % 1000)) return 0;
    c.state.emit('PHONE', spanStart - 1, c.end(g), 0.8, 'phone-nanp', evidenceOf(undefined));
    return 1;
  }
  if (g === 0 && token.prefix === PREFIX_PLUS && c.len(g) <= 3) {
    // International: +44 20 7946 0958. Take groups while they look like a phone number (8–15 digits).
    let digits = 0;
    let k = g;
    while (k < token.count && c.len(k) <= 4 && digits + c.len(k) <= 15 && (k === g || (c.sep(k - 1) & SEP_SLASH) === 0)) {
      digits += c.len(k);
      k++;
    }
    if (digits < 8 || k - g < 3) return 0;
    c.state.emit('PHONE', spanStart - 1, c.end(k - 1), 0.8, 'phone-intl', evidenceOf(undefined));
    return k - g;
  }
  return 0;
}

function tryEin(c: Cursor, g: number): number {
  if (c.len(g) !== 2 || c.len(g + 1) !== 7 || c.sep(g) !== SEP_DASH) return 0;
  const lookup = c.lookup(g);
  if (labelledNotPii(lookup, c.start(g), c.state.text) || !einPrefixValid(c.value(g))) return 2;
  const supported = (lookup.cue & (Cue.Ein | Cue.TaxId)) !== 0;
  c.state.emit('US_EIN', c.start(g), c.end(g + 1), supported ? 0.95 : 0.7, 'ein', evidenceOf(lookup, 'irs-prefix'));
  return 2;
}

function tryDate(c: Cursor, g: number): number {
  const l0 = c.len(g);
  if (!(l0 <= 2 || l0 === 4) || c.len(g + 1) > 2 || c.len(g + 1) === 0) return 0;
  // "dob 7 22 63": a date written with spaces, as a whole run right after its birth keyword.
  const spaced = !c.sameSep(g, 3, SEP_SLASH | SEP_DASH | SEP_DOT);
  if (spaced && !(g === 0 && c.token.count === 3 && c.sameSep(g, 3, SEP_SPACE))) return 0;
  const year = numericDateYearOf(l0, c.value(g), c.len(g + 1), c.value(g + 1), c.len(g + 2), c.value(g + 2));
  if (year < 0) return 0;
  if (spaced) {
    const lookup = c.lookup(g);
    if (lookup.cue !== Cue.Birth || keywordGap(lookup.window, c.start(g), c.state.text) > 12 || !plausibleBirthYear(year)) return 0;
    c.state.emit('DATE_OF_BIRTH', c.start(g), c.end(g + 2), 0.9, 'dob', evidenceOf(lookup, undefined, ['written with spaces']));
    return 3;
  }
  // Trade and settlement dates (this year, next year) cannot be birth dates: no context needed.
  if (!plausibleBirthYear(year)) return 3;
  const lookup = c.lookup(g);
  if (namesBirth(lookup, c.state.text, c.start(g))) {
    c.state.emit('DATE_OF_BIRTH', c.start(g), c.end(g + 2), 0.95, 'dob', evidenceOf(lookup));
  } else if (
    lookup.cue === Cue.None &&
    (c.state.rowShape(c.start(g)).birthRow ||
      (!c.state.tables.locate(c.start(g))
        ? birthNamedAround(c.state.text, c.start(g), c.end(g + 2)) || dateAfterSsnLine(c.state, c.start(g), c.end(g + 2))
        : !lookup.column && answersInLastCell(c.state.text, c.end(g + 2)) && birthAskedOnLineBefore(c.state.text, c.start(g), true)))
  ) {
    // "Name, SSN, DOB" rows; a chat answer to "do we have Walter's DOB? the form is asking"; "04/18/1988 is the dob";
    // a date sent on its own right after an SSN ("…Dana: 471-38-2290" / "…Dana: 2/14/61"); an answer in the
    // message column of an exported thread.
    c.state.emit('DATE_OF_BIRTH', c.start(g), c.end(g + 2), 0.75, 'dob', evidenceOf(lookup));
  }
  return 3;
}

/**
 * Whether the context before a date names it a birth date: a birth keyword nearest; a birth keyword just
 * before the identity document it was read from ("DOB on DL 07/14/1961", "dob, it's on the passport:
 * 14/05/1979"); or "b." / "geb." (born) right before it ("Henrik (son, b. 2/3/1984)").
 */
export function namesBirth(lookup: Lookup, text: string, start: number): boolean {
  if (lookup.cue === Cue.Birth) return true;
  if ((lookup.cue & (Cue.Passport | Cue.License)) !== 0) return birthBeforeDocument(text, lookup.window.wordStart);
  return lookup.cue === Cue.None && bornBefore(text, start);
}

/** How far a birth keyword may stand before the document word it was read from, with no number between. */
const BIRTH_TO_DOCUMENT = 16;

function birthBeforeDocument(text: string, documentStart: number): boolean {
  if (documentStart < 0) return false;
  const before = contextBefore(text, documentStart, Math.max(0, documentStart - BIRTH_TO_DOCUMENT - 8));
  if (before.nearest !== Cue.Birth) return false;
  const from = before.wordStart + before.word.length;
  if (documentStart - from > BIRTH_TO_DOCUMENT) return false;
  for (let i = from; i < documentStart; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 48 && ch <= 57) return false;
  }
  return true;
}

/** Whether "b. " or "geb. " (born, as family notes and German documents abbreviate it) stands right before `start`. */
function bornBefore(text: string, start: number): boolean {
  let i = start;
  if (text.charCodeAt(i - 1) === 32) i--;
  if (text.charCodeAt(i - 1) !== 46 || text.charCodeAt(i - 2) !== 98) return false;
  const before = text.charCodeAt(i - 3);
  if (before === 101 && text.charCodeAt(i - 4) === 103) return !isLetter(text.charCodeAt(i - 5));
  return !isLetter(before);
}

/**
 * Whether a date without a keyword before it is still named a birth date: by the words right after it
 * ("04/18/1988 is the dob", "3/9/58 (DOB)") or by the line before, when the date answers it ("need his DOB
 * too" / "December 3, 1990").
 */
export function birthNamedAround(text: string, start: number, end: number): boolean {
  const after = contextAfter(text, end);
  if (after.nearest === Cue.Birth && after.wordStart - end <= 12) return true;
  return birthAskedOnLineBefore(text, start);
}

/** Tries each pattern at every group; returns nothing, the findings go to `state`. */
export function scanNumericToken(c: Cursor): void {
  c.reset();
  const groups = c.token.count;
  // One group of five digits or fewer (a ZIP code, a quantity) can be claimed by no pattern below: each needs
  // two groups or more, or a group of six digits or more. (Skipping them keeps CSV exports fast.)
  if (groups === 1 && (c.token.lengths[0] ?? 0) <= 5) return;
  for (let g = 0; g < groups; ) {
    const taken =
      tryCard(c, g) || trySsn(c, g) || trySpacedSsn(c, g) || tryPhone(c, g) || tryEin(c, g) || tryDate(c, g) || tryZipPlus4(c, g) || tryRoutingPair(c, g) || tryContextual(c, g);
    g += taken || 1;
  }
}

const MAX_KEYWORD_GAP = 28;

/** Whether the line before the one holding `start` mentions a birth date anywhere in its last 48 characters. */
function birthAskedOnLineBefore(text: string, start: number, inTable = false): boolean {
  return askedOnLineBefore(text, start, Cue.Birth, DATE_IN_LINE, inTable);
}

/**
 * Whether the value ending at `end` ends its row's last cell and the row before asks a question near its end:
 * a thread exported as a table ("…","can you confirm your DOB? Or call me" / "…","06/23/1951"), not a
 * header line naming other columns ("Last Name,First Name,DOB,SSN,Last_Updated").
 */
function answersInLastCell(text: string, end: number): boolean {
  let i = end;
  while (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 32) i++;
  if (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) return false;
  return questionOnLineBefore(text, end);
}

/** Whether a '?' ends a sentence in the last 48 characters of the line before the one holding `start`. */
function questionOnLineBefore(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1);
  if (lineStart <= 0) return false;
  const question = text.lastIndexOf('?', lineStart);
  return question >= 0 && lineStart - question <= WINDOW && text.lastIndexOf('\n', lineStart - 1) < question;
}

/** An SSN written out in a line: nine digits standing alone, grouped or not. */
const SSN_IN_LINE = /(?<!\d)\d{3}[- ]?\d{2}[- ]?\d{4}(?!\d)/;

/**
 * Whether the line before the one holding `start` asks about (or names) a value of kind `cue` in its last 48
 * characters without giving one (`given`): "the ira paper says my social dont match??" / "its 412558219".
 */
function askedOnLineBefore(text: string, start: number, cue: Cue, given: RegExp, inTable = false): boolean {
  let lineStart = lineStartBefore(text, start);
  if (lineStart === 0 || text.charCodeAt(lineStart - 1) !== 10) return false;
  // A chat client that puts the speaker on a line of its own ("[8:05 AM] Tom Kessler") puts it between the
  // question and its answer: the question is the line above it.
  const previousStart = lineStartBefore(text, lineStart - 1);
  if (previousStart > 0 && text.charCodeAt(previousStart - 1) === 10 && SPEAKER_LINE.test(text.slice(previousStart, lineStart - 1))) lineStart = previousStart;
  if ((contextBefore(text, lineStart - 1, -1, true).all & cue) === 0) return false;
  // A line that gave the value already ("SSN/DOB: 430-69-1349 / 04-12-1967", "date of birth: June 2, 1938")
  // asked nothing: the next line's value is another one ("Date of death: 03/02/2025"). In a table, only the
  // words read for the keyword count: an exported thread's row starts with its own date ("03/08/2024",…,"confirm your DOB?").
  const askedStart = Math.max(lineStartBefore(text, lineStart - 1), inTable ? lineStart - 1 - WINDOW : 0);
  return !given.test(text.slice(askedStart, lineStart - 1));
}

/**
 * Whether the date [start, end) ends its line and the line before ends with an SSN or ITIN just found: a
 * client's identity given one message at a time, the birth date after the number.
 */
function dateAfterSsnLine(state: ScanState, start: number, end: number): boolean {
  const taxIdEnd = state.lastTaxIdEnd;
  if (taxIdEnd < 0 || taxIdEnd >= start) return false;
  const text = state.text;
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 13)) i++;
  if (i < text.length && text.charCodeAt(i) !== 10) return false;
  // The SSN ends the line just above: only spaces between it and that line's end.
  const lineStart = lineStartBefore(text, start);
  if (lineStart === 0) return false;
  for (let k = taxIdEnd; k < lineStart - 1; k++) {
    const ch = text.charCodeAt(k);
    if (ch !== 32 && ch !== 13) return false;
  }
  return taxIdEnd < lineStart;
}

/** A chat header line with nothing said on it: a time and a name ("[8:05 AM] Tom Kessler", "10:49 Dana Whitfield"). */
const SPEAKER_LINE = /^\s*\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]?\s+[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s*$/;

const DATE_IN_LINE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\b(?:19|20)\d\d\b/;

/** A year and month ("2024-06") or a span of years ("2025-2028"): never an id. */
function isYearMonth(c: Cursor, g: number, count: number): boolean {
  if (count !== 2 || c.len(g) !== 4) return false;
  const year = c.value(g);
  if (year < 1900 || year > 2100) return false;
  const second = c.value(g + 1);
  if (c.len(g + 1) === 2) return second >= 1 && second <= 12;
  return c.len(g + 1) === 4 && second > year && second <= 2100 && c.sep(g) === SEP_DASH;
}

const AMOUNT_AFTER = / ?(?:shares|sh|usd|dollars|units|bucks|in cash|cash)\b/iy;

/** "$250000", "250000 shares", "250000 USD": an amount, whatever keyword stands before it. */
function isAmount(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before === 36 || before === 0x20ac || before === 0xa3) return true;
  // Every word the regex takes starts with one of these letters, after at most one space: most values
  // (a CSV cell before its comma) are ruled out without running it.
  const next = text.charCodeAt(text.charCodeAt(end) === 32 ? end + 1 : end) | 32;
  if (next !== 115 && next !== 117 && next !== 100 && next !== 98 && next !== 105 && next !== 99) return false;
  AMOUNT_AFTER.lastIndex = end;
  return AMOUNT_AFTER.test(text);
}

/** Whether a MICR symbol (U+2446–U+2449) touches the run [start, end). */
function isMicrSymbol(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  return (before >= 0x2446 && before <= 0x2449) || (after >= 0x2446 && after <= 0x2449);
}

/**
 * Bank instructions written as a pair, routing number first: "Bank of America  011000138 / 33667158", "RTN/ACCT
 * 011000138/33667158". The first passes the ABA checksum and a bank or routing word names the pair.
 */
function tryRoutingPair(c: Cursor, g: number): number {
  if (c.len(g) !== 9 || c.sep(g) !== SEP_SLASH || c.len(g + 1) < 6 || c.len(g + 1) > 17 || g + 2 > c.token.count) return 0;
  if (g + 2 < c.token.count && c.sep(g + 1) === SEP_SLASH) return 0;
  const routing = c.digits(g, 1);
  if (!abaRoutingValid(routing)) return 0;
  const lookup = c.lookup(g);
  if (((lookup.cue | lookup.all) & (Cue.Bank | Cue.Routing)) === 0) return 0;
  c.state.emit('ABA_ROUTING', c.start(g), c.end(g), 0.9, 'aba', evidenceOf(lookup, 'aba-3-7-1', ['routing / account pair']));
  c.state.emit('US_BANK_ACCOUNT', c.start(g + 1), c.end(g + 1), 0.85, 'bank-account', evidenceOf(lookup, undefined, ['routing / account pair']));
  return 2;
}

/** A ZIP+4 ("78701-1234"), unless another dash group follows: "88120-4471-3" is an account number. */
function tryZipPlus4(c: Cursor, g: number): number {
  return c.len(g) === 5 && c.len(g + 1) === 4 && c.sep(g) === SEP_DASH && c.sep(g + 1) !== SEP_DASH ? 2 : 0;
}

/** Whether group `k` continues a spaced account number: three or four digits, or two as the last ("4301 8827 16 checking"). */
function spacedGroup(c: Cursor, k: number): boolean {
  const length = c.len(k);
  return length <= 4 && (length >= 3 || (length === 2 && k === c.token.count - 1));
}

/** Capitals that stand between a keyword and an account number without being part of it. */
const NOT_PREFIXES = new Set(['IRA', 'TOD', 'SEP', 'JT', 'TIC', 'POD', 'USD', 'EUR', 'ACH', 'DDA', 'CHK', 'SAV', 'NO', 'NR', 'ID', 'IS', 'AT', 'OF', 'FOR', 'NY', 'NJ', 'CA', 'TX', 'FL', 'MA', 'IL', 'PA', 'PO', 'BOX', 'APT', 'STE', 'FBO', 'FFC', 'ABA', 'RTN']);

/**
 * Where an account number starts when a firm writes it with a prefix and a space ("acct no. NF 3318-7702",
 * "account number 7HR 734105", "acct is CV7 262935", "Q.L. 38817402", a cell "QL 5520 1893" under an account
 * column): at the prefix, two to four capitals and digits (dots aside) with a capital among them, standing
 * alone, that name nothing themselves ("IRA", "ACH", a state). Otherwise at the digits.
 */
function accountPrefixStart(text: string, start: number, lookup: Lookup): number {
  // ("CB/4-716204": the prefix may end in a slash instead of a space.)
  const slash = text.charCodeAt(start - 1) === 47;
  if ((lookup.cue !== Cue.Account && lookup.cue !== Cue.Brokerage) || (text.charCodeAt(start - 1) !== 32 && !slash)) return start;
  let i = start - 2;
  let capitals = 0;
  let chars = 0;
  for (; i >= start - 9 && i >= 0; i--) {
    const ch = text.charCodeAt(i);
    if (ch >= 65 && ch <= 90) capitals++;
    else if (ch < 48 || ch > 57) {
      if (ch !== 46 || (chars === 0 && text.charCodeAt(i - 1) === 32)) break;
      continue;
    }
    chars++;
  }
  const prefixStart = i + 1;
  // The prefix stands alone: a separator, a cell's start or the text's start before it.
  const before = i >= 0 ? text.charCodeAt(i) : 10;
  // A cell starts after a tab, a line break, a quote, a comma, a tag or a fixed-width report's gap.
  const cellStart = before === 9 || before === 10 || before === 34 || before === 44 || before === 62 || (before === 32 && text.charCodeAt(i - 1) === 32);
  if (chars < 2 || chars > 4 || capitals === 0 || !(cellStart || before === 32 || before === 58 || before === 35 || before === 40)) return start;
  const prefix = text.slice(prefixStart, start - 1).replace(/\./g, '');
  if (NOT_PREFIXES.has(prefix) || cueOfWord(prefix.toLowerCase()) !== Cue.None) return start;
  // A column names its cell: the prefix starts it.
  if (lookup.column) return cellStart ? prefixStart : start;
  // A keyword after the value names the whole: "QL 7306 2214 (JTWROS)".
  const keywordStart = lookup.window.wordStart;
  if (keywordStart < 0 || keywordStart > start) return prefixStart;
  // A keyword before: the prefix is not the keyword's own tail ("ACCT 0046…"), and not a bank or a firm after "at",
  // "with", "from" ("acct at UBS 48813392"): "account for the plan is HV 418-22095", "brokerageAccount":"HV 611-50984".
  const keywordEnd = keywordStart + lookup.window.word.length;
  if (prefixStart < keywordEnd) return start;
  return BANK_BEFORE.has(wordBeforeAt(text, prefixStart)) ? start : prefixStart;
}

/** Words that put a bank or another firm, not a prefix, before an account number: "acct at UBS 48813392". */
const BANK_BEFORE = new Set(['at', 'with', 'from', 'via', 'to', 'and', 'or', 'in']);

/** The lower-case word just before `at` (past spaces and punctuation), up to 12 letters. */
function wordBeforeAt(text: string, at: number): string {
  let end = at;
  while (end > 0 && !isLetter(text.charCodeAt(end - 1)) && at - end < 4) end--;
  let begin = end;
  while (begin > 0 && isLetter(text.charCodeAt(begin - 1)) && end - begin < 12) begin--;
  return text.slice(begin, end).toLowerCase();
}

/** Bare or dash-grouped numbers that mean something only with context: accounts, routing, passport, licence, bare SSN. */
/** Whether two to four capitals and a space stand right before `start`, after a space, a tab, a line or cell start ("WT 14 302977"). */
function capitalsBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  let i = start - 2;
  while (i >= 0 && i >= start - 6 && text.charCodeAt(i) >= 65 && text.charCodeAt(i) <= 90) i--;
  const letters = start - 2 - i;
  const before = i >= 0 ? text.charCodeAt(i) : 10;
  return letters >= 2 && letters <= 4 && (before === 32 || before === 9 || before === 10 || before === 44 || before === 34 || before === 58);
}

/** Where a licence starts when its letter stands apart from its digit groups: Michigan's "W 326 701 558 214". */
function licenceLetterStart(text: string, start: number): number {
  const letter = text.charCodeAt(start - 2);
  const before = text.charCodeAt(start - 3);
  return text.charCodeAt(start - 1) === 32 && letter >= 65 && letter <= 90 && (before === 32 || before === 58 || before === 35) ? start - 2 : start;
}

/** Whether "[#" or "(#" stands right before `start`. */
function ticketInBrackets(text: string, start: number): boolean {
  const open = text.charCodeAt(start - 2);
  return text.charCodeAt(start - 1) === 35 && (open === 91 || open === 40);
}

/** Three dashed groups, the whole run: branch, account and check digit (3 + 5 or 6 + 1 digits, "418-46413-7"), or branch, account and suffix (2 or 3 + 5 + 2, "61-04418-22", "417-62718-10"). */
function branchAccountShape(c: Cursor, g: number, count: number): boolean {
  if (count !== 3 || g !== 0 || c.token.count !== 3 || c.sep(g) !== SEP_DASH || c.sep(g + 1) !== SEP_DASH || c.token.prefix !== PREFIX_NONE) return false;
  const branch = c.len(g);
  const account = c.len(g + 1);
  const last = c.len(g + 2);
  return (branch === 3 && account >= 5 && account <= 6 && last === 1) || ((branch === 2 || branch === 3) && account === 5 && last === 2);
}

function tryContextual(c: Cursor, g: number): number {
  let count = 1;
  let total = c.len(g);
  // Account numbers are often grouped: "1234-5678", "123-456789-0"; licences also with spaces ("123 456 789").
  // A branch and an account number ("acct 063 604118"): a short group, a space and the run's one long group…
  // (and its check digit or suffix: "acct # 214 35005 0", "joint acct 417 30572 11")
  // (A two-digit branch only after a firm's letters: "WT 14 302977".)
  const branchPair =
    c.sep(g) === SEP_SPACE && (c.len(g) >= 3 || (c.len(g) === 2 && g === 0 && capitalsBefore(c.state.text, c.start(g)))) && c.len(g) <= 4 && c.len(g + 1) >= 5 && c.len(g + 1) <= 8 &&
    (g + 2 === c.token.count || (c.sep(g + 1) === SEP_SPACE && c.len(g + 2) <= 2 && g + 3 === c.token.count));
  // An account and its check digit ("Account T09 63318 2"): a long group, a space, one digit ending the run.
  const checkDigitPair = c.sep(g) === SEP_SPACE && c.len(g) >= 5 && c.len(g) <= 8 && c.len(g + 1) === 1 && g + 2 === c.token.count;
  // Pennsylvania prints its licences in groups of two, three and three ("PA DL# 28 417 653").
  const pennsylvania = c.sep(g) === SEP_SPACE && c.sep(g + 1) === SEP_SPACE && c.len(g) === 2 && c.len(g + 1) === 3 && c.len(g + 2) === 3 && g + 3 === c.token.count;
  const spaced = (c.sep(g) === SEP_SPACE && (c.len(g) >= 3 || pennsylvania) && c.len(g) <= 4 && c.len(g + 1) >= 3 && c.len(g + 1) <= 4) || branchPair || checkDigitPair;
  while ((c.sep(g + count - 1) === SEP_DASH || (spaced && c.sep(g + count - 1) === SEP_SPACE && (branchPair || checkDigitPair || spacedGroup(c, g + count)))) && total + c.len(g + count) <= 17 && count < 4) {
    total += c.len(g + count);
    count++;
  }
  if (total < 6 || total > 18 || (count === 1 && !c.standsAlone(g))) return 0;
  // A check's MICR line, its account grouped or not ("⑆121301028⑆ 0087 441902⑈").
  if (g === 0 && count === c.token.count && c.token.prefix === PREFIX_NONE && isMicrSymbol(c.state.text, c.start(g), c.end(count - 1)) && emitMicr(c.state, c.digits(g, count), c.start(g), c.end(count - 1))) return count;
  let lookup = c.lookup(g);
  // Eighteen digits are an account only as a Mexican CLABE, after its name; otherwise a trace or wire id.
  if (total === 18 && !(lookup.window.wordStart >= 0 && lookup.window.word.toLowerCase() === 'clabe')) return count;
  if (lookup.cue === Cue.None) {
    // "Maria Gonzalez, 524719638, 04/12/1961": a row shaped name, SSN, DOB needs no header.
    const row = c.state.rowShape(c.start(g));
    if (count === 1 && total === 9 && row.birthRow) {
      emitTaxId(c.state, c.value(g), c.start(g), c.end(g), 0.8, lookup, 'row shape name, SSN, DOB');
      return 1;
    }
    // A message answering the one before it: "…my social dont match??" / "its 412558219 i checked my card".
    // (A question, not a log line naming a masked "taxId" above a trace number.)
    if (count === 1 && total === 9 && c.token.count === 1 && askedOnLineBefore(c.state.text, c.start(g), Cue.Ssn | Cue.TaxId, SSN_IN_LINE) && questionOnLineBefore(c.state.text, c.start(g))) {
      if (emitTaxId(c.state, c.value(g), c.start(g), c.end(g), 0.8, lookup, 'answers the line before')) return 1;
    }
    // A headerless ACH/wire list row ("AMATO FRANCESCA,6JF-118830,084000026,100428839215,CHK,3400.00"): its
    // routing number passes the ABA checksum, the long number after it is the bank account.
    if (count === 1 && row.bankRow && !isAmount(c.state.text, c.start(g), c.end(g))) {
      const digits = c.digits(g, 1);
      if (total === 9 && abaRoutingValid(digits)) c.state.emit('ABA_ROUTING', c.start(g), c.end(g), 0.85, 'aba', evidenceOf(lookup, 'aba-3-7-1', ['row with a checking/savings cell']));
      else c.state.emit('US_BANK_ACCOUNT', c.start(g), c.end(g), 0.75, 'bank-account', evidenceOf(lookup, undefined, ['row with a checking/savings cell']));
      return 1;
    }
    // A broker's account written as branch, account and check digit ("418-46413-7", "318-204771-6"), named by
    // its shape alone like the lettered shapes ("5KF-302951"), and scored as low.
    if (branchAccountShape(c, g, count)) {
      const after = contextAfter(c.state.text, c.end(g + 2));
      if (after.nearest === Cue.None || after.nearest === Cue.Account || after.nearest === Cue.Brokerage) {
        c.state.emit('BROKERAGE_ACCOUNT', c.start(g), c.end(g + 2), 0.6, 'account-shape', evidenceOf(lookup));
        return 3;
      }
    }
    // "524719638 (SSN)", "48813392 is her Schwab account" — only words after the whole run can name it.
    if (g + count < c.token.count) return 0;
    // "#2291902  wire memo …": a number after a bare '#' is an item, case or ticket number.
    if (c.state.text.charCodeAt(c.start(g) - 1) === 35) return 0;
    const after = contextAfter(c.state.text, c.end(g + count - 1));
    if (after.nearest === Cue.None) return 0;
    lookup = { cue: after.nearest, all: after.all, column: undefined, window: after };
  }
  if (lookup.cue === Cue.NotPii || lookup.cue === Cue.Masked || isAmount(c.state.text, c.start(g), c.end(g + count - 1))) return count;
  // "account has been suspended [#2323021]": a ticket number in brackets, as help desks put it in a subject.
  if (ticketInBrackets(c.state.text, c.start(g))) return count;
  // A keyword names a value it stands next to ("acct # 4881…", "SSN on file for the client is 5247…"), not one
  // a sentence later ("account transfer form page 2 of 11, rev 2024-06"); a year-month is never an id.
  // (Where the words cannot name it — an amount word, a keyword too far — the branch-account shape still
  // speaks: "$5,000.00 cash from 522-82044-8", "acct for the deposit is 418-28073-1?".)
  if (lookup.cue === Cue.Amount || (!lookup.column && keywordGap(lookup.window, c.start(g), c.state.text) > MAX_KEYWORD_GAP) || isYearMonth(c, g, count)) {
    if (branchAccountShape(c, g, count)) c.state.emit('BROKERAGE_ACCOUNT', c.start(g), c.end(g + 2), 0.6, 'account-shape', evidenceOf(lookup));
    return count;
  }
  if (spaced && count > 1 && lookup.cue !== Cue.License && lookup.cue !== Cue.Account && lookup.cue !== Cue.Bank && lookup.cue !== Cue.Brokerage) return 0;
  // A branch or check digit joined by a space only right after its keyword ("acct 063 604118"), not a sentence
  // on ("acct 48813392 bought 100 250000 par").
  if ((branchPair || checkDigitPair) && count > 1 && !lookup.column && keywordGap(lookup.window, c.start(g), c.state.text) > 12) return count;
  const digits = c.digits(g, count);
  // A headerless bank-instructions row whose bank name stands in the cell before ("…\tJPMorgan Chase\t025876879\t000712284590\tCHK"):
  // the nine digits passing the ABA checksum are its routing number, the account comes after.
  if (lookup.cue === Cue.Bank && !lookup.column && count === 1 && total === 9 && c.state.rowShape(c.start(g)).bankRow && abaRoutingValid(digits)) {
    c.state.emit('ABA_ROUTING', c.start(g), c.end(g), 0.85, 'aba', evidenceOf(lookup, 'aba-3-7-1', ['row with a checking/savings cell']));
    return 1;
  }
  const start = lookup.cue === Cue.License ? licenceLetterStart(c.state.text, c.start(g)) : accountPrefixStart(c.state.text, c.start(g), lookup);
  const end = c.end(g + count - 1);
  let claimed = emitContextual(c.state, digits, start, end, lookup, count > 1);
  if (!claimed && !lookup.column) {
    // The keyword before named something else ("Client: 8768-4092 (Roth IRA account)"): try the words after.
    const after = contextAfter(c.state.text, end);
    if (after.nearest !== Cue.None && after.nearest !== Cue.NotPii && after.nearest !== Cue.Amount) {
      // The words before still say which kind of account ("checking: 021000021 is the routing and 7730012945 the account").
      claimed = emitContextual(c.state, digits, start, end, { cue: after.nearest, all: after.all | lookup.all, column: undefined, window: after }, count > 1);
    }
  }
  // Claimed or not, the grouped run is one identifier: its tail must not be tried as a value of its own.
  return claimed || count > 1 ? count : 0;
}
