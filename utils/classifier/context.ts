/**
 * Context words: the keywords that make a context-dependent number (bank or brokerage account, passport,
 * driver's licence, date of birth, bare SSN) count, and the ones that say "this is an order number, not PII".
 * Found by walking words backwards from a candidate (nearest first, usually one or two words), with a Map
 * lookup per word — never a regex over the whole text (speed, issue #2).
 */

import { countDigits } from './chars';
import { WordSet } from './word-set';
import { Cue, cueOfWord, cueOfWordAt, isWordChar, lastWordEnd, normalizeWord, wordStartBefore } from './keywords';

export { Cue } from './keywords';

export interface WindowContext {
  /** The cue of the keyword nearest before the candidate (or None). */
  nearest: Cue;
  /** Every cue seen in the window (computed on demand: see `allCues`). */
  all: Cue;
  /** The nearest keyword as written and where it stands, for evidence. */
  word: string;
  wordStart: number;
}

/** No keyword found: one shared object (callers test identity to skip work), never mutated. */
export const NO_CONTEXT: WindowContext = { nearest: Cue.None, all: Cue.None, word: '', wordStart: -1 };

/** How far back a keyword may stand from its value: "Social Security Number (SSN) on file: " fits. */
export const WINDOW = 48;

/**
 * Keywords in the `WINDOW` characters before `start` (not before `floor`, when given), nearest first. `all`
 * covers the rest of the value's line when the nearest is an account keyword (bank or brokerage?) or
 * `wantAll` is set. Walks back word by word: usually the first or second word is the keyword.
 */
export function contextBefore(text: string, start: number, floor = -1, wantAll = false): WindowContext {
  // Tags right before the value do not count in the distance: in "Date of Birth</span><div class="slds-form-
  // element__static">07/21/1946" the label is as near as in "Date of Birth: 07/21/1946".
  const anchor = text.charCodeAt(start - 1) === 62 ? startOfTagsBefore(text, start) : start;
  const from = Math.max(anchor > WINDOW ? anchor - WINDOW : 0, floor);
  if (from >= start) return NO_CONTEXT;
  let result: WindowContext | undefined;
  let all: Cue = 0;
  // Words on earlier lines may name the value ("SSN:\n524…") but do not colour it ("savings…\nacct 1234").
  let lineStart = start - 1;
  while (lineStart >= from && text.charCodeAt(lineStart) !== 10) lineStart--;
  let at = start;
  let wordsOnLine = 0;
  let earlierLine = false;
  let labelLine = false;
  let previousStart = 0;
  let labelWords = 0;
  for (let guard = 0; guard < 16; guard++) {
    const wordStart = wordStartBefore(text, from, at);
    if (wordStart < 0) break;
    const wordEnd = lastWordEnd();
    at = wordStart;
    // Markup is not prose: a tag name, an attribute or its value (class="value") names nothing.
    if (inMarkup(text, wordStart, wordEnd)) continue;
    if (wordStart < lineStart) {
      if (!earlierLine) {
        // An earlier line names the value only by its last word ("SSN:\n524…", "what's her dob?\n[10:01] Dana: 4/7/62"),
        // when it asks or labels: a sentence's end ("…principal account)\n09:55 locate LOC-0618-0129") names nothing
        // on the next line…
        if (result || wordsOnLine > 3 || (wordsOnLine > 0 && !asksOrLabels(text, lineStart))) break;
        earlierLine = true;
        previousStart = lineStartBefore(text, lineStart);
        // …unless it is a row of a fixed-width report, whose last word is a cell ("… 3.733   WELLS\nFI-66144")…
        if (isColumnar(text, previousStart, lineStart)) break;
        // …or a form's label line above a value on a line of its own: "Account Number(s)\n5KF-303118" (a line
        // ending in a number holds a value of its own: "CRD# 6686527\n303228876 is her Schwab account").
        labelLine = wordsOnLine === 0 && lineStart - previousStart <= WINDOW && !(text.charCodeAt(wordStart) <= 57 && wordEnd - wordStart > 4);
      } else if (!labelLine || result || wordStart < previousStart || ++labelWords > 5) break;
    } else wordsOnLine++;
    const first = text.charCodeAt(wordStart);
    // Numbers are never keywords, except "401k" and the "4" of "last 4".
    if (first <= 57 && wordEnd - wordStart > 4) continue;
    // A JSON key names its own value, read as a column header ("routingNumber", "dateOfBirth"); the keys
    // before it name theirs ("acctNo": "4RK-312940", "caseId": "KYC-…").
    // So does a log's or a URL's key ("acct=3MK118250", "bankAcct=0044…", "?acct=…&year=2023").
    const jsonKey = (text.charCodeAt(wordStart - 1) === 34 && text.charCodeAt(wordEnd) === 34 && text.charCodeAt(wordEnd + 1) === 58) || keyOfValue(text, wordEnd);
    const cue = jsonKey ? cueOfHeader(text.slice(wordStart, wordEnd)) : cueOfWordAt(text, from, wordStart, wordEnd);
    if (jsonKey && cue === Cue.None) break;
    if (cue === Cue.None) continue;
    all |= cue;
    if (!result) {
      result = { nearest: cue, all: cue, word: text.slice(wordStart, wordEnd), wordStart };
      // Bank or brokerage? Only an account keyword needs the rest of the window to tell.
      if (!wantAll && (cue & (Cue.Account | Cue.Bank | Cue.Brokerage)) === 0) return result;
    }
  }
  if (!result) return NO_CONTEXT;
  result.all = all;
  return result;
}

/** Whether the line ending at the '\n' at `newline` ends with a question or a label: '?', ':', '#' or '-'. */
function asksOrLabels(text: string, newline: number): boolean {
  let i = newline - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 13 || text.charCodeAt(i) === 9)) i--;
  const c = text.charCodeAt(i);
  return c === 63 || c === 58 || c === 35 || c === 45 || c === 0xff1f;
}

/** Where the run of tags (and spaces between them) ending at `end` starts; at most four tags of 200 characters. */
function startOfTagsBefore(text: string, end: number): number {
  let at = end;
  for (let tags = 0; tags < 4 && text.charCodeAt(at - 1) === 62; tags++) {
    const open = text.lastIndexOf('<', at - 1);
    if (open < 0 || at - open > 200) break;
    at = open;
    while (at > 0 && (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 10)) at--;
  }
  return at;
}

/** Whether the word ending at `end` is a key given its value with '=' and no quote: "acct=3MK118250" in a log line or a URL. */
function keyOfValue(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 61) return false;
  const value = text.charCodeAt(end + 1);
  return value !== 34 && value !== 39 && value !== 61 && value !== 32;
}

/** Whether the word [start, end) is HTML syntax: a tag name (<span, </td), an attribute name (class=) or a quoted value. */
function inMarkup(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  // A quoted word is an attribute's value (class="value") unless a ':' follows it: a JSON key ("ssn": "…") names its value.
  // (A key whose value follows '=' unquoted is a log's or a URL's, not an attribute: see keyOfValue.)
  return before === 60 || (before === 47 && text.charCodeAt(start - 2) === 60) || (after === 61 && !keyOfValue(text, end)) || (before === 34 && after === 34 && text.charCodeAt(end + 1) !== 58);
}

/** Start of the line that ends at the '\n' at `newline` (looking back at most 200 characters). */
export function lineStartBefore(text: string, newline: number): number {
  let i = newline;
  while (i > 0 && newline - i < 200 && text.charCodeAt(i - 1) !== 10) i--;
  return i;
}

/** Whether the line [start, end) is laid out in columns: a tab, or two gaps of three spaces or more. */
export function isColumnar(text: string, start: number, end: number): boolean {
  let gaps = 0;
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) return true;
    if (c === 32) {
      if (++run === 3 && ++gaps === 2) return true;
    } else run = 0;
  }
  return false;
}

/** Header cells seen lately and their cues: an export repeats its header, and prose lines with one comma look like a header row each time they are asked about. */
const HEADER_CUES = new Map<string, Cue>();
const HEADER_CUES_MAX = 4096;

/** The cue of a column header cell ("SSN", "Date of Birth", "Acct #"), or None when it names nothing we know. */
export function cueOfHeader(cell: string): Cue {
  let cue = HEADER_CUES.get(cell);
  if (cue === undefined) {
    // Bounded: a long-running worker meets unbounded distinct cells (issue #2 speed, not a leak).
    if (HEADER_CUES.size >= HEADER_CUES_MAX) HEADER_CUES.clear();
    cue = readHeaderCue(cell);
    HEADER_CUES.set(cell, cue);
  }
  return cue;
}

/**
 * Headers of a column of people that name them by their role, not by "name": the owner or holder of an
 * account, its title (the registration's name: "Acct Title", "recv_title"), an insured, an annuitant.
 * Whole headers only: in prose "owner" or "title" names nothing; an "Owner" alone owns a ticket or a queue
 * ("AML-Team"), and a "Payee" is as often a firm.
 */
const PERSON_HEADER =
  /^(?:(?:primary|secondary|joint|sole|first|second|2nd|co|legal|registered|beneficial|account|acct|policy|contract)[ _-]?)+(?:owner|owners|holder|holders)(?:[ _-]?\(s\))?$|^(?:insured|annuitant|grantor|decedent|registrant)$|^(?:acct|account|recv|receiving|deliv|delivering|registration)[ _-]?title$/i;

function readHeaderCue(cell: string): Cue {
  // CamelCase headers of system exports name their words too: "AccountNumber", "OwnerDOB", "OwnerTIN".
  const trimmed = cell
    .trim()
    .replace(/^["'*_\s]+|["'*_:\s]+$/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2');
  if (trimmed.length === 0 || trimmed.length > 40) return Cue.None;
  // A column of people named by their role: "Primary Owner", "Account Holder", "recv_title", "Insured".
  if (PERSON_HEADER.test(trimmed)) return Cue.Name;
  // Named by the most specific keyword anywhere in the cell: "Customer SSN", "Primary Phone", "Acct Opened".
  let best: Cue = Cue.None;
  let at = trimmed.length;
  for (let guard = 0; guard < 8; guard++) {
    const wordStart = wordStartBefore(trimmed, 0, at);
    if (wordStart < 0) break;
    at = wordStart;
    const cue = cueOfWordAt(trimmed, 0, wordStart, lastWordEnd());
    if (cue === Cue.None) continue;
    // Reading right to left: a generic word (name, account) gives way to a specific one further left.
    // ("Client Acct" is an account column: "client" names a person only where no identifier is named.)
    const nameAfterId = cue === Cue.Name && (best & (Cue.Account | Cue.Bank | Cue.Brokerage)) !== 0;
    if (best === Cue.None || (!nameAfterId && (best & (Cue.Name | Cue.Account | Cue.Bank | Cue.Brokerage)) !== 0 && (cue & (Cue.OtherDate | Cue.NotPii | Cue.Amount | Cue.Masked)) === 0)) best = cue;
    if (cue === Cue.OtherDate || cue === Cue.NotPii || cue === Cue.Amount || cue === Cue.Masked) best = cue;
  }
  return best;
}

/** Whether a bank word ("routing", "checking", "at Chase") follows within a short window: "account 4830… at Chase, routing …". */
export function bankWordAfter(text: string, end: number): boolean {
  const to = Math.min(text.length, end + 40);
  let i = end;
  while (i < to) {
    // Same line and same sentence only: the next line is another fact.
    while (i < to && !isWordChar(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 59 || c === 9) return false;
      i++;
    }
    const start = i;
    while (i < to && isWordChar(text.charCodeAt(i))) i++;
    if (i > start) {
      const cue = cueOfWord(normalizeWord(text, start, i));
      if (cue === Cue.Bank || cue === Cue.Routing) return true;
    }
    // "acct 063-551730. $48,500.00 to client's own checking…": a full stop ends the sentence ('.' is a word character).
    if (text.charCodeAt(i - 1) === 46 && text.charCodeAt(i) === 32) return false;
  }
  return false;
}

/** Start of the line holding `pos` (looking back at most 200 characters; -1 when the line is longer). */
function lineStartOf(text: string, pos: number): number {
  const start = lineStartBefore(text, pos);
  return start === 0 || text.charCodeAt(start - 1) === 10 ? start : -1;
}

/**
 * Whether an account written under wire or ACH instructions is a bank account: one of the three lines above
 * it (above its label, when the label has a line of its own) names a routing number and no other account.
 * Instructions are written a field a line ("ABA 322271627" / "Acct 898 012 334 567"); a routing line that
 * holds an account already ("checking 6565-42664, routing 294609411") is about that account, and bank words
 * alone do not count ("wire $50k in" / "credit acct 4881…" names the brokerage account the wire goes to).
 */
export function underRoutingLine(text: string, start: number, labelStart: number): boolean {
  let lineStart = lineStartOf(text, labelStart >= 0 && labelStart < start ? labelStart : start);
  for (let k = 0; k < 3 && lineStart > 0; k++) {
    const end = lineStart - 1;
    const begin = lineStartOf(text, end);
    if (begin < 0) return false;
    let routing = false;
    for (let at = end, guard = 0; guard < 24 && !routing; guard++) {
      const wordStart = wordStartBefore(text, begin, at);
      if (wordStart < 0) break;
      routing = (cueOfWordAt(text, begin, wordStart, lastWordEnd()) & Cue.Routing) !== 0;
      at = wordStart;
    }
    // Nine digits are the routing number; fifteen or more hold an account (six digits or more) as well.
    if (routing) return countDigits(text, begin, end) < 15;
    lineStart = begin;
  }
  return false;
}


/** The first '\n' in [from, from + reach), or -1. */
function newlineWithin(text: string, from: number, reach: number): number {
  const to = Math.min(text.length, from + reach);
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return i;
  return -1;
}

/**
 * Whether the line right after the value's names a routing number and holds no other account: bank
 * instructions written account first ("Acct #: 2801361811" / "Routing #: 061725939").
 */
export function routingLineBelow(text: string, end: number): boolean {
  // Both lines are short; read no further than that (a search to the end of a 200 KB line per value is quadratic).
  const newline = newlineWithin(text, end, 80);
  if (newline < 0) return false;
  const begin = newline + 1;
  let stop = newlineWithin(text, begin, 80);
  if (stop < 0) {
    if (text.length - begin > 80) return false;
    stop = text.length;
  }
  // Its first three words: "Routing #:", "ABA routing", "RTN".
  let at = begin;
  for (let words = 0; words < 3; words++) {
    while (at < stop && !isWordChar(text.charCodeAt(at))) at++;
    const start = at;
    while (at < stop && isWordChar(text.charCodeAt(at))) at++;
    if (at === start) break;
    if ((cueOfWordAt(text, begin, start, at) & Cue.Routing) !== 0) return countDigits(text, begin, stop) < 15;
  }
  return false;
}

/**
 * Characters between the nearest keyword and `start` (Infinity without a keyword). With `text`, HTML tags in
 * between do not count: "Account</span> <span class="value"><b>8841…" is a label next to its value.
 */
export function keywordGap(context: WindowContext, start: number, text?: string): number {
  if (context.wordStart < 0) return Infinity;
  const from = context.wordStart + context.word.length;
  const gap = start - from;
  if (text === undefined || gap <= 12 || gap > 200) return gap;
  let markup = 0;
  for (let i = from; i < start; i++) {
    if (text.charCodeAt(i) !== 60) continue;
    const close = text.indexOf('>', i);
    if (close < 0 || close >= start) break;
    markup += close - i + 1;
    i = close;
  }
  return gap - markup;
}

/**
 * A keyword right after a bare value, for "524719638 (SSN)" or "48813392 is her Schwab account": the first
 * four words within 32 characters on the same line. Only asked when nothing before the value named it.
 */
export function contextAfter(text: string, end: number): WindowContext {
  const registration = registrationCellAfter(text, end);
  if (registration) return registration;
  const to = Math.min(text.length, end + 32);
  // The end of the value's sentence ends its words too: "…see INC0091902. Accounts masked…".
  if (text.charCodeAt(end) === 46 && text.charCodeAt(end + 1) === 32) return NO_CONTEXT;
  let i = end;
  for (let words = 0; words < 4 && i < to; words++) {
    while (i < to && !isWordChar(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 9 || c === 44 || c === 59 || c === 124) return NO_CONTEXT;
      // A bracket the value closes ends its phrase: "(late, see INC0091902). Accounts masked…".
      if (c === 41 && words === 0) return NO_CONTEXT;
      i++;
    }
    const start = i;
    while (i < to && isWordChar(text.charCodeAt(i))) i++;
    if (i === start) break;
    // A JSON key names the value after it ("req=0b91e6d4 payload={\"acctNo\":…"), not one before.
    if (text.charCodeAt(start - 1) === 34 && text.charCodeAt(i) === 34 && text.charCodeAt(i + 1) === 58) return NO_CONTEXT;
    // Markup names nothing (<td title="acct">).
    if (inMarkup(text, start, i)) continue;
    // "48B-112907 (indiv)", "…552 (joint w/ spouse)": an account's registration in brackets right after it.
    const cue = words === 0 && start - end <= 2 && text.charCodeAt(start - 1) === 40 && ACCOUNT_REGISTRATIONS.hasAt(text, start, i) ? Cue.Account : cueOfWordAt(text, start, start, i);
    if (cue !== Cue.None) return { nearest: cue, all: cue, word: text.slice(start, i), wordStart: start };
  }
  return NO_CONTEXT;
}

/**
 * The account's registration in the next cell of a row laid out with spaces, tabs or commas
 * ("Deepak Venkataraman  2447938092    JTWROS", "48813392,IRA,…"): the value is that account.
 */
function registrationCellAfter(text: string, end: number): WindowContext | undefined {
  let i = end;
  let spaces = 0;
  let separator = false;
  for (; i < end + 24; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) spaces++;
    else if (c === 9 || (c === 44 && i === end)) separator = true;
    else break;
  }
  if (!separator && spaces < 2) return undefined;
  const start = i;
  while (i < start + 12 && isWordChar(text.charCodeAt(i)) && text.charCodeAt(i) !== 46) i++;
  if (i === start || isWordChar(text.charCodeAt(i)) || !ACCOUNT_REGISTRATIONS.hasAt(text, start, i)) return undefined;
  return { nearest: Cue.Account, all: Cue.Account, word: text.slice(start, i), wordStart: start };
}

/** Account registrations, as brokers write them in brackets after an account number. */
const ACCOUNT_REGISTRATIONS = new WordSet('indiv indv individual ira roth joint jtwros jtwros. tod trust custodial utma ugma rollover inherited beneficiary sep simple corp llc'.split(' '));
