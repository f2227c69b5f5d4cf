/**
 * Words that mix letters and digits: IBANs, passport numbers ("A12345678"), driver's licences ("D1234567",
 * "S530-4128-7733"), brokerage accounts ("ABC-123456", "5XY12345"). Only IBANs stand on their own; the others
 * need context, and everything else (CUSIPs, UUIDs, order ids, tickers like "2025Q3") stays silent.
 */
import { classOf, DIGIT, entitySeparator, isDash, isIgnorable, LOWER, OTHER, UPPER, withoutIgnorable } from './chars';
import { contextAfter, contextBefore, Cue, keywordGap } from './context';
import { cueOfWord, TRANSFER_WORDS } from './keywords';
import { cusipValid, isinValid } from './checksums';
import { isExampleIban, readIban } from './iban';
import { isPlaceholderOrStamped } from './contextual';
import { professionalLicence } from './licence';
import { evidenceOf, type Lookup, type ScanState } from './state';

export interface AlnumWord {
  start: number;
  end: number;
  digits: number;
  letters: number;
}

const WORD: AlnumWord = { start: 0, end: 0, digits: 0, letters: 0 };

/**
 * The word starting at `start`: letters and digits, with single inner hyphens ("ABC-123456"). The result is
 * one shared object, overwritten by the next call (the scanner reads every capitalised word through here;
 * no allocation per word): use it before reading another word.
 */
export function readAlnumWord(text: string, start: number): AlnumWord {
  let i = start;
  let digits = 0;
  let letters = 0;
  for (;;) {
    const k = classOf(text.charCodeAt(i));
    if (k === DIGIT) digits++;
    else if (k === UPPER || k === LOWER) letters++;
    else if (isDash(text.charCodeAt(i)) && classOf(text.charCodeAt(i + 1)) !== OTHER && i > start) {
      // keep going across the hyphen
    } else if (isIgnorable(text.charCodeAt(i)) && i > start && classOf(text.charCodeAt(i + 1)) !== OTHER) {
      // A zero-width character inside an id ("8ZD-88\u200b3386"), as pastes from chat clients carry.
    } else if (text.charCodeAt(i) === 38 && i > start) {
      // A hyphen written as an entity in copied HTML: "5KD&#8209;417730".
      const entity = entitySeparator(text, i);
      if (!entity || entity.kind !== '-' || classOf(text.charCodeAt(entity.next)) === OTHER) break;
      i = entity.next;
      continue;
    } else break;
    i++;
  }
  WORD.start = start;
  WORD.end = i;
  WORD.digits = digits;
  WORD.letters = letters;
  return WORD;
}

/** Passport numbers of many countries: 6–12 capitals and digits, at least five digits ("K2281947N", "C01X00T47", "18AV52913"). */
const SPACED_GROUPS = / \d{4,5} \d{4,5}(?![\w-])/y;

/**
 * A driver's licence printed in spaced groups after its keyword: New Jersey's "D4136 55820 07941" (a letter
 * and four digits, then two groups of five). Returns the end of the licence when it was emitted, else 0.
 */
function spacedLicenceEnd(state: ScanState, word: AlnumWord): number {
  const text = state.text;
  if (word.letters !== 1 || word.digits < 4 || word.digits > 5 || word.end - word.start !== word.digits + 1) return 0;
  SPACED_GROUPS.lastIndex = word.end;
  if (!SPACED_GROUPS.test(text)) return 0;
  const end = SPACED_GROUPS.lastIndex;
  const lookup = state.lookup(word.start);
  if (lookup.cue !== Cue.License || professionalLicence(text, lookup)) return 0;
  state.emit('US_DRIVER_LICENSE', word.start, end, 0.85, 'driver-license', evidenceOf(lookup));
  return end;
}

/**
 * A passport number: 6–12 letters and digits, mostly digits ("A12345678", "563421879")… or nine characters
 * with letters throughout, as Germany and others issue them ("C4J7R0NM2"): three digits at least, so that a
 * word such as "REVIEWED1" after the keyword is not one.
 */
const PASSPORT = /^(?:(?=(?:[A-Z]*\d){5})[A-Z0-9]{6,12}|(?=(?:[A-Z]*\d){3})[A-Z0-9]{9})$/;
/** Cues that give a mixed word a type. */
const APPLIES = new Set<number>([Cue.Passport, Cue.License, Cue.Account, Cue.Brokerage, Cue.Bank]);
const ACCOUNT_CUES = Cue.Account | Cue.Brokerage | Cue.Bank;
const ISO_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d/;
/** A UPS tracking number ("1Z4W8E990312345670"): a parcel, whatever account word stands near it. */
const UPS_TRACKING = /^1Z[0-9A-Z]{16}$/;
/** Digits that are all zeros ("TEST-000000"), or a number part that is ("4RK-000000"): a placeholder, never an id. */
const NO_NONZERO_DIGIT = /^[^1-9]*$|-0{4,}$/;
/** A hyphen written as an HTML entity inside a word ("5KD&#8209;417730"), read as '-'. */
const ENTITY_HYPHEN = /&(?:#8209|#x2011|#8208|#x2010|#8211|#x2013|#45|#x2d|ndash|hyphen|dash);/gi;

/** The hyphens (plain, Unicode or written as entities) between letters and digits of the word [start, end). */
function hyphensIn(text: string, start: number, end: number): number {
  let hyphens = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDash(c) || c === 38) hyphens++;
  }
  return hyphens;
}

/** Mask letters between or before digits inside one word: "Z40-XXX273", "4RK-xx8810". */
const MASKED_INSIDE = /[\d-][Xx]{2,}\d/;
/** A test fixture's id: a test word and a counter ("TST000001", "TEST-0042", "QA_000123"). */
const FIXTURE_ID = /^(?:TST|TEST|QA|UAT|DEMO|SAMPLE|DUMMY|FAKE|MOCK)[-_]?\d+$/i;
/** A hash or key in lower-case hex, letters among the digits ("e8b10f2d7", "c81d2e7a0"), never an account. */
const HEX_KEY = /^(?=(?:[0-9]*[a-f]){3})(?=[a-f]*[0-9][a-f]*[0-9])[0-9a-f]*[0-9][a-f][0-9a-f]*$/;
/** A reference stamped with its date: letters, then a full date as one group, then a sequence ("WR-20250618-00214", "INC-20250318-0071"). */
const DATE_STAMPED = /^[A-Z]{1,5}-?(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d{1,6}$/;

/** How far the keyword may stand before a mixed word: 28 characters, or the whole clause for a licence ("her DL on file updated, new one is Ohio TK482913"). */
function maxGap(text: string, lookup: Lookup, start: number): number {
  if (lookup.cue !== Cue.License) return 28;
  for (let i = lookup.window.wordStart + lookup.window.word.length; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 59 || c === 63 || c === 33 || (c === 46 && text.charCodeAt(i + 1) === 32)) return 28;
  }
  return Infinity;
}

/**
 * The shape brokerage accounts are written in across firms' books: a three-character branch or product
 * prefix mixing digits and capitals, a hyphen, five or six digits ("5KF-302951", "72K-114480", "PA1-580233"), or
 * a two-digit branch and a two-letter rep code ("34DI-517204", or the other way round: "OK14-308562"); some firms add a check digit ("T41-20758-3"),
 * which makes a two-letter prefix an account too ("HL-482917-3"); a digit and two capitals glued to the account
 * ("8JV70062", "5IG098439") is one of a clearing firm's shapes.
 * Reference ids use letters only before the hyphen ("FI-66120", "WQ-33018", "TOA-882070") and stay silent.
 * Measured on the hand-written corpus: 459 of 466 such words are accounts, and 278 of 278 in the generated one.
 */
const ACCOUNT_SHAPE = /^(?:(?:(?=[A-Z0-9]{0,2}\d)(?=\d{0,2}[A-Z])[A-Z0-9]{3}|\d{2}[A-Z]{2}|[A-Z]{2}\d{2})-\d{5,7}(?:-\d)?|[A-Z]{2}-\d{6}-\d|\d[A-Z]{2}\d{5,6}(?:-\d)?)$/;
/** The same typed in lower case, as chat is ("wire 180k out of nf1-219047"). */
const ACCOUNT_SHAPE_LOWER = /^(?:(?:(?=[a-z0-9]{0,2}\d)(?=\d{0,2}[a-z])[a-z0-9]{3}|\d{2}[a-z]{2}|[a-z]{2}\d{2})-\d{5,6}(?:-\d)?|\d[a-z]{2}\d{5,6})$/;
/**
 * Letters, a short group and another: a household, appointment or case id ("HH-47-01340", "APPT-47-3305",
 * "INC-2024-0071"), never an account. (Two letters, a three-digit branch and the account are a firm's account:
 * "PS-412-08851", and so is a four-digit branch that is neither a year nor a month and day: "MKI-2208-6154",
 * unlike "WR-0215-0041".)
 */
const LETTERED_REFERENCE = /^(?:[A-Za-z]+-\d{1,2}|[A-Za-z]{3,}-\d{3}|[A-Za-z]+-(?:(?:19|20)\d\d|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])))-\d+$/;


/** A shaped account: a brokerage account, named by its keyword or column when it has one, else by its shape alone (scored lower). */
function emitShaped(state: ScanState, word: AlnumWord, lookup: Lookup): void {
  const named = lookup.cue === Cue.Account || lookup.cue === Cue.Brokerage;
  state.emit('BROKERAGE_ACCOUNT', word.start, word.end, named ? 0.8 : 0.6, named ? 'brokerage-account' : 'account-shape', evidenceOf(lookup));
}

function scanPassport(state: ScanState, word: AlnumWord): number {
  const value = state.text.slice(word.start, word.end);
  if (PASSPORT.test(value)) state.emit('US_PASSPORT', word.start, word.end, 0.9, 'passport', evidenceOf(state.lookup(word.start)));
  return word.end;
}

/**
 * A branch prefix of a digit and two letters, a space, then the account and an optional check digit: "3IG
 * 22410-7", "7HR 734105", "cv7 262935". The prefix's digit makes it a code, not a word or a state. Returns the
 * end of the account when it was emitted, else 0.
 */
const SPACED_ACCOUNT = / \d{5,6}(?:-\d)?(?![\w-])/y;
function spacedPrefixAccountEnd(state: ScanState, word: AlnumWord): number {
  if (word.end - word.start !== 3 || word.digits !== 1 || word.letters !== 2 || state.text.charCodeAt(word.end) !== 32) return 0;
  const first = state.text.charCodeAt(word.start);
  const last = state.text.charCodeAt(word.end - 1);
  // A digit and two letters, the digit at one end: "3IG", "CV7", "7HR" (not "4B2", a room).
  if (!((first >= 48 && first <= 57) || (last >= 48 && last <= 57))) return 0;
  SPACED_ACCOUNT.lastIndex = word.end;
  if (!SPACED_ACCOUNT.test(state.text)) return 0;
  const end = SPACED_ACCOUNT.lastIndex;
  // "0IG 00000-0", "9IG 99999-9": a template's placeholder.
  const digits = state.text.slice(word.end + 1, end).replace('-', '');
  if (NO_NONZERO_DIGIT.test(digits) || isPlaceholderOrStamped(digits)) return 0;
  const lookup = state.lookup(word.start);
  if (lookup.cue === Cue.NotPii || lookup.cue === Cue.Masked || lookup.cue === Cue.Amount) return 0;
  emitShaped(state, { start: word.start, end, digits: word.digits, letters: word.letters }, lookup);
  return end;
}

/**
 * Two or three capitals, a space, then a branch and an account dashed ("HV 207-55813", "PS 640-58127"): a firm's
 * letters before the number it prints. Returns the end of the account when it was emitted, else 0. Called for
 * capitalised words followed by a space and a digit only.
 */
const LETTERED_BRANCH_ACCOUNT = / \d{3}-\d{5,6}(?:-\d{1,2})?(?![\w-])/y;
const NOT_ACCOUNT_LETTERS = new Set(['PO', 'ID', 'NO', 'NR', 'TX', 'NY', 'NJ', 'CA', 'FL', 'IL', 'PA', 'MA', 'OH', 'GA', 'VA', 'WA', 'AZ', 'DL', 'SSN', 'TIN', 'EIN', 'DOB', 'ZIP', 'REF', 'ORD', 'INV', 'TKT', 'APT', 'STE', 'RM', 'FAX', 'TEL']);
export function letteredAccountEnd(state: ScanState, start: number, end: number): number {
  const text = state.text;
  if (end - start < 2 || end - start > 3) return 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return 0;
  }
  LETTERED_BRANCH_ACCOUNT.lastIndex = end;
  if (!LETTERED_BRANCH_ACCOUNT.test(text)) return 0;
  const letters = text.slice(start, end);
  // A keyword is no firm's letters ("IRA 605-19824-13" names the account's registration).
  if (NOT_ACCOUNT_LETTERS.has(letters) || cueOfWord(letters.toLowerCase()) !== Cue.None) return 0;
  const accountEnd = LETTERED_BRANCH_ACCOUNT.lastIndex;
  const lookup = state.lookup(start);
  if (lookup.cue === Cue.NotPii || lookup.cue === Cue.Masked || lookup.cue === Cue.Amount || lookup.cue === Cue.Phone) return 0;
  emitShaped(state, { start, end: accountEnd, digits: 0, letters: end - start }, lookup);
  return accountEnd;
}

/** Handles a mixed word; returns the index where scanning resumes. */
export function scanAlnumWord(state: ScanState, word: AlnumWord): number {
  const text = state.text;
  const first = text.charCodeAt(word.start);
  const spacedAccountEnd = spacedPrefixAccountEnd(state, word);
  if (spacedAccountEnd > 0) return spacedAccountEnd;
  if (((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) && classOf(text.charCodeAt(word.start + 2)) === DIGIT) {
    const iban = readIban(text, word.start);
    if (iban) {
      // A published example IBAN ("DE89 3704 0044 0532 0130 00") is found but scored below the threshold.
      const example = isExampleIban(iban.value);
      state.emit('IBAN', word.start, iban.end, example ? 0.3 : 0.97, 'iban-mod97', evidenceOf(undefined, 'iban-mod97', example ? ['a published example IBAN'] : undefined));
      return iban.end;
    }
  }
  // (A hyphen written as an entity counts as one character: "PS&#8209;412&#8209;60981" is eleven long.)
  const length = word.letters + word.digits + hyphensIn(text, word.start, word.end);
  const spacedEnd = spacedLicenceEnd(state, word);
  if (spacedEnd > 0) return spacedEnd;
  if (word.digits < 5 || length < 6 || length > 20 || word.letters > 4) {
    // Nine characters with letters throughout: only a passport after its keyword ("C4J7R0NM2", see PASSPORT).
    if (length === 9 && word.digits >= 3 && state.lookup(word.start).cue === Cue.Passport) return scanPassport(state, word);
    if (word.digits < 5 || length < 6 || length > 20) return word.end;
    // Five or six letters: only a licence after its keyword (Washington's "WDLLK1424087").
    if (word.letters > 6 || state.lookup(word.start).cue !== Cue.License) return word.end;
  }
  const raw = text.slice(word.start, word.end);
  const value = withoutIgnorable(raw.includes('&') ? raw.replace(ENTITY_HYPHEN, '-') : raw);
  // Timestamps and security identifiers (ISIN US0378331005, CUSIP 38259P508) are never customer data.
  // (A CUSIP starts with its issuer number; letter-first 9-character ids are passports and accounts, X12345678.)
  if (ISO_TIMESTAMP.test(value) || (length === 12 && isinValid(value)) || UPS_TRACKING.test(value) || NO_NONZERO_DIGIT.test(value) || DATE_STAMPED.test(value)) return word.end;
  // "Z40-XXX273": masked in the middle, as statements print other custodians' accounts.
  if (MASKED_INSIDE.test(value)) return word.end;
  const folded = first | 32;
  // (Cheap first-letter tests before the regexes: a blotter reads an account word per row.)
  if ((folded === 116 || folded === 113 || folded === 117 || folded === 100 || folded === 115 || folded === 102 || folded === 109) && FIXTURE_ID.test(value)) return word.end;
  if (((first >= 97 && first <= 102) || (first >= 48 && first <= 57)) && HEX_KEY.test(value)) return word.end;
  // One nine-character id in ten passes the CUSIP check digit by chance: after "passport" it is a passport.
  if (length === 9 && first <= 57 && cusipValid(value) && state.lookup(word.start).cue !== Cue.Passport) return word.end;
  let lookup = state.lookup(word.start);
  // "Estate acct opened 4/29 (2HB-512290)": a date word cannot name an id; an account keyword before it can.
  if (lookup.cue === Cue.OtherDate && !lookup.column) {
    const wider = contextBefore(text, word.start, -1, true);
    if ((wider.all & ACCOUNT_CUES) !== 0) lookup = { cue: wider.all & Cue.Bank ? Cue.Bank : wider.all & Cue.Brokerage ? Cue.Brokerage : Cue.Account, all: wider.all, column: undefined, window: lookup.window };
  }
  // An amount keyword cannot name a word with letters in it ("journal $25,000 cash from 48B-112907 (indiv)").
  // (Not in a table under a header, whose header names the column: "crm_entity_id,reg_type" over "ENT-0044019,LLC".)
  if (!APPLIES.has(lookup.cue) && !lookup.column && lookup.cue !== Cue.NotPii && !state.tables.locate(word.start)) {
    // "SDI-543228 is her Schwab account": the keyword may follow the value.
    // (Only an identifier's keyword or a "not PII" word: "from 7HK-118741 amount $22,600" names no amount.)
    const after = contextAfter(text, word.end);
    if (APPLIES.has(after.nearest) || after.nearest === Cue.NotPii) lookup = { cue: after.nearest, all: after.all, column: undefined, window: after };
  }
  const cue = lookup.cue;
  // A brokerage account by its shape alone ("5KF-302951", "72K-114480"), unless something names it otherwise.
  const shaped = ACCOUNT_SHAPE.test(value) || ACCOUNT_SHAPE_LOWER.test(value);
  // As for digit runs: the keyword must stand next to the value, not a sentence before it.
  if (!lookup.column && lookup.window.wordStart < word.start && keywordGap(lookup.window, word.start, text) > maxGap(text, lookup, word.start)) {
    if (shaped && cue !== Cue.NotPii) emitShaped(state, word, lookup);
    return word.end;
  }
  // ("used for ACH to 1JY-882707", "wire to 5KF-302951": the transfer word names the movement, not the account.)
  const transferWord = cue === Cue.Bank && !lookup.column && TRANSFER_WORDS.has(lookup.window.word.toLowerCase());
  // (A word naming no identifier leaves the shape to speak: "need an addr change on rk7-117402".)
  const namesNoId = cue === Cue.Address || cue === Cue.Name || cue === Cue.Email || cue === Cue.Phone;
  if (shaped && (cue === Cue.None || cue === Cue.Account || cue === Cue.Brokerage || transferWord || namesNoId) && (!lookup.column || lookup.column.cue !== Cue.Bank)) {
    emitShaped(state, word, lookup);
    return word.end;
  }
  if (cue === Cue.Passport && PASSPORT.test(value)) {
    state.emit('US_PASSPORT', word.start, word.end, 0.9, 'passport', evidenceOf(lookup));
  } else if (cue === Cue.License) {
    if (!professionalLicence(text, lookup)) state.emit('US_DRIVER_LICENSE', word.start, word.end, 0.85, 'driver-license', evidenceOf(lookup));
  } else if (cue === Cue.Account || cue === Cue.Brokerage || cue === Cue.Bank) {
    if (LETTERED_REFERENCE.test(value) && !lookup.column) return word.end;
    // US bank account numbers are digits: a word with letters after a bank or payment word ("Fed wire
    // WR-20250618-00214", "ACH link AL-0618-00337", "Positive Pay file PP-0618-03") is a reference, and an
    // account word with bank words around names the client's account at the firm ("Trust account at H&V:
    // HV-TR-900417"). Only a bank account column says otherwise.
    const bankColumn = lookup.column !== undefined && lookup.column.cue === Cue.Bank;
    if (cue === Cue.Bank && !bankColumn && (lookup.all & (Cue.Account | Cue.Brokerage)) === 0) return word.end;
    state.emit(bankColumn ? 'US_BANK_ACCOUNT' : 'BROKERAGE_ACCOUNT', word.start, word.end, 0.8, bankColumn ? 'bank-account' : 'brokerage-account', evidenceOf(lookup));
  }
  return word.end;
}
