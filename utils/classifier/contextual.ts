/**
 * Values that are identified by their context rather than their shape: a bare 9-digit number is an SSN after
 * "SSN", a routing number after "ABA", a passport number after "passport"; 6–17 digits after "acct" are an
 * account (a bank account when bank words are around, otherwise a brokerage account — this is a broker-dealer).
 */
import { abaRoutingValid, cusipValid, einValid, isSampleSsnNumber, itinNumberValid, ssnNumberValid } from './checksums';
import { bankWordAfter, contextAfter, Cue, keywordGap, routingLineBelow, underRoutingLine, WINDOW } from './context';
import { cueOfWordAt, lastWordEnd, normalizeWord, TRANSFER_WORDS, wordStartBefore } from './keywords';
import { compactBirthDate } from './dates';
import { professionalLicence } from './licence';
import { evidenceOf, type Lookup, type ScanState } from './state';

/** Below the default minimum score (0.5): a published sample is reported only to a caller asking for low scores. */
const SAMPLE_SCORE = 0.3;

/** An SSN or ITIN (by its range; `nine` is its nine digits read as a number), or nothing when the number fails the SSA rules. */
export function emitTaxId(state: ScanState, nine: number, start: number, end: number, score: number, lookup: Lookup | undefined, note?: string): boolean {
  const notes = note ? [note] : undefined;
  if (isSampleSsnNumber(nine)) {
    state.emit(itinNumberValid(nine) ? 'US_ITIN' : 'US_SSN', start, end, SAMPLE_SCORE, 'ssn', evidenceOf(lookup, 'ssa-ranges', ['published sample or test number']));
    return true;
  }
  if (itinNumberValid(nine)) {
    state.emit('US_ITIN', start, end, score, 'itin', evidenceOf(lookup, 'itin-ranges', notes));
    return true;
  }
  if (!ssnNumberValid(nine)) return false;
  state.emit('US_SSN', start, end, score, 'ssn', evidenceOf(lookup, 'ssa-ranges', notes));
  return true;
}

/** Words that make a row's holder an entity, not a person: its tax id is an EIN. */
const ENTITY_WORD = /\b(?:TRUST|Trust|LLC|PLLC|LLP|Inc|INC|Corp|CORP|Corporation|CORPORATION|Foundation|FOUNDATION|Partnership|PARTNERSHIP|Ltd|LTD)\b/;

/** Whether the table row holding `pos` names an entity (a row is a line; bounded for a text without line breaks). */
function entityRow(state: ScanState, pos: number): boolean {
  const text = state.text;
  const from = Math.max(text.lastIndexOf('\n', pos - 1) + 1, pos - 300);
  let to = text.indexOf('\n', pos);
  if (to < 0 || to - pos > 300) to = Math.min(text.length, pos + 300);
  return ENTITY_WORD.test(text.slice(from, to));
}

const MICR_TRANSIT = 0x2446;
const MICR_ON_US = 0x2448;

/**
 * A number in the MICR line of a check (E-13B symbols pasted as Unicode): the routing number between transit
 * symbols (⑆021000021⑆), the account before the on-us symbol (4830175563⑈). Returns whether it claimed the value.
 */
export function emitMicr(state: ScanState, digits: string, start: number, end: number): boolean {
  const before = state.text.charCodeAt(start - 1);
  const after = state.text.charCodeAt(end);
  if (before === MICR_TRANSIT && after === MICR_TRANSIT && digits.length === 9 && abaRoutingValid(digits)) {
    state.emit('ABA_ROUTING', start, end, 0.95, 'aba', evidenceOf(undefined, 'aba-3-7-1', ['MICR transit field']));
    return true;
  }
  if (after === MICR_ON_US && digits.length >= 6 && digits.length <= 17) {
    state.emit('US_BANK_ACCOUNT', start, end, 0.9, 'bank-account', evidenceOf(undefined, undefined, ['MICR on-us field']));
    return true;
  }
  return false;
}

/** Emits the finding `lookup` calls for; returns whether the value was claimed. */
export function emitContextual(state: ScanState, digits: string, start: number, end: number, lookup: Lookup, grouped = false): boolean {
  const n = digits.length;
  const cue = lookup.cue;
  if (cue === Cue.Ssn || cue === Cue.TaxId || cue === Cue.Itin) {
    // Formatted SSNs (3-2-4) were handled already; another grouping ("243-148864") is not an SSN.
    if (n !== 9 || grouped) return false;
    // A tax id column on a trust's or a company's row ("Lindqvist Family Trust,TRUST,,842917734") holds an EIN.
    if (cue === Cue.TaxId && lookup.column && einValid(digits) && !itinNumberValid(Number(digits)) && entityRow(state, start)) {
      state.emit('US_EIN', start, end, 0.85, 'ein', evidenceOf(lookup, 'irs-prefix', ['row of a trust or company']));
      return true;
    }
    emitTaxId(state, Number(digits), start, end, 0.93, lookup);
    return true;
  }
  if (cue === Cue.Ein) {
    if (n === 9 && einValid(digits)) state.emit('US_EIN', start, end, 0.9, 'ein', evidenceOf(lookup, 'irs-prefix'));
    return n === 9;
  }
  // "…her Chase checking: 021000021 is the routing and 7730012945 the account": named after it.
  const routingAfter = n === 9 && (cue === Cue.Bank || cue === Cue.Account) && contextAfter(state.text, end).nearest === Cue.Routing;
  if (cue === Cue.Routing || (cue === Cue.Bank && n === 9 && (lookup.all & Cue.Routing) !== 0) || routingAfter) {
    if (n === 9 && abaRoutingValid(digits)) {
      state.emit('ABA_ROUTING', start, end, 0.9, 'aba', evidenceOf(lookup, 'aba-3-7-1'));
      return true;
    }
    if (cue === Cue.Routing || routingAfter) return n === 9;
  }
  if (cue === Cue.Bank || cue === Cue.Account || cue === Cue.Brokerage) {
    // "test bank acct 000123456789": counting digits are a placeholder, not an account.
    if (isCountingPlaceholder(digits) || isPlaceholderOrStamped(digits)) return true;
    // "acct 48813392 bought 037833100": a CUSIP further along the sentence is not the account.
    // (Never a number written in dashed groups: "acct for the deposit is 418-28073-1".)
    if (n === 9 && !grouped && !lookup.column && keywordGap(lookup.window, start) > 12 && cusipValid(digits)) return true;
    const bank =
      cue === Cue.Bank ||
      (cue === Cue.Account &&
        (((lookup.all & (Cue.Bank | Cue.Routing)) !== 0 && !onlyTransferWords(state.text, lookup, start)) ||
          (!lookup.column && (bankWordAfter(state.text, end) || underRoutingLine(state.text, start, lookup.window.wordStart) || routingLineBelow(state.text, end)))));
    if (bank) state.emit('US_BANK_ACCOUNT', start, end, 0.85, 'bank-account', evidenceOf(lookup));
    else if (n <= 14) state.emit('BROKERAGE_ACCOUNT', start, end, 0.8, 'brokerage-account', evidenceOf(lookup));
    else return false;
    return true;
  }
  // A wire list's "Bene IBAN / Acct" column: a domestic beneficiary's is a bank account number.
  if (cue === Cue.Iban && lookup.column && /acc|acct/i.test(lookup.column.header)) {
    if (grouped || n < 6 || n > 17) return false;
    state.emit('US_BANK_ACCOUNT', start, end, 0.8, 'bank-account', evidenceOf(lookup));
    return true;
  }
  // "BENE_DOB … 19620513": a birth date under its column or keyword, written without separators.
  if (cue === Cue.Birth) {
    if (grouped || !compactBirthDate(digits)) return false;
    state.emit('DATE_OF_BIRTH', start, end, 0.9, 'dob', evidenceOf(lookup));
    return true;
  }
  if (cue === Cue.Passport) {
    if (n < 8 || n > 9) return false;
    state.emit('US_PASSPORT', start, end, 0.9, 'passport', evidenceOf(lookup));
    return true;
  }
  if (cue === Cue.License) {
    if (n > 13) return false;
    if (professionalLicence(state.text, lookup)) return true;
    state.emit('US_DRIVER_LICENSE', start, end, 0.85, 'driver-license', evidenceOf(lookup));
    return true;
  }
  if (cue === Cue.Phone) {
    const nanp = n === 10 || (n === 11 && digits.charCodeAt(0) === 49);
    if (!nanp) return false;
    // "+13035550152": the plus belongs to the number.
    state.emit('PHONE', state.text.charCodeAt(start - 1) === 43 ? start - 1 : start, end, 0.8, 'phone-context', evidenceOf(lookup));
    return true;
  }
  return false;
}

/** Digits that count up from 1 after any leading zeros ("123456789", "000123456789", "12345678"): test data. */
/**
 * Whether the only bank words before an account keyword name the movement, not the account: "please wire
 * $18,500.00 from my account 417-88203-16" (the client's account at the firm), unlike "wire to her Chase
 * account 4830…". Read only when an account keyword has a bank word in its window.
 */
function onlyTransferWords(text: string, lookup: Lookup, start: number): boolean {
  if (lookup.column || lookup.window.wordStart < 0) return false;
  const from = Math.max(0, lookup.window.wordStart - WINDOW);
  let transfer = false;
  let fromAccount = false;
  for (let at = start, guard = 0; guard < 16; guard++) {
    const wordStart = wordStartBefore(text, from, at);
    if (wordStart < 0) break;
    const wordEnd = lastWordEnd();
    at = wordStart;
    const word = normalizeWord(text, wordStart, wordEnd);
    // Money leaving the account named ("… from my account"), not sent to it ("ACH out to her acct …").
    if (word === 'from' && !transfer) fromAccount = true;
    const cue = cueOfWordAt(text, from, wordStart, wordEnd);
    if ((cue & (Cue.Bank | Cue.Routing)) === 0) continue;
    if (!TRANSFER_WORDS.has(word)) return false;
    transfer = true;
  }
  return transfer && fromAccount;
}


/**
 * Digits that are no one's number: one digit repeated ("99999999", "0000000"), or a long reference stamped with
 * its date ("2024051500412", a wire recall; "20250640001344", an ACATS control number).
 */
export function isPlaceholderOrStamped(digits: string): boolean {
  if (digits.length >= 6) {
    let same = true;
    for (let i = 1; i < digits.length && same; i++) same = digits.charCodeAt(i) === digits.charCodeAt(0);
    if (same) return true;
  }
  return digits.length >= 12 && DATE_STAMP.test(digits);
}

const DATE_STAMP = /^20[0-4]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/;

function isCountingPlaceholder(digits: string): boolean {
  let i = 0;
  while (i < digits.length && digits.charCodeAt(i) === 48) i++;
  const significant = digits.length - i;
  return significant >= 6 && '1234567890'.startsWith(digits.slice(i));
}
