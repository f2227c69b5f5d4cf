/**
 * Context words: the keywords that make a context-dependent number (bank or brokerage account, passport,
 * driver's licence, date of birth, bare SSN) count, and the ones that say "this is an order number, not PII".
 * One regex, run only over a short window before a candidate — never over the whole text (speed, issue #2).
 */

/** Bit flags, so a window can report every cue it saw at once. */
export const Cue = {
  None: 0,
  Ssn: 1 << 0,
  Itin: 1 << 1,
  Ein: 1 << 2,
  TaxId: 1 << 3,
  Card: 1 << 4,
  Routing: 1 << 5,
  Bank: 1 << 6,
  Account: 1 << 7,
  Brokerage: 1 << 8,
  License: 1 << 9,
  Passport: 1 << 10,
  Birth: 1 << 11,
  Phone: 1 << 12,
  Iban: 1 << 13,
  /** Order, ticket, confirmation, reference, CRD, CUSIP, tracking…: a number that is not PII. */
  NotPii: 1 << 14,
  /** Trade, settlement, as-of dates: a date that is not a birth date. */
  OtherDate: 1 << 15,
  /** "ending 5678", "last 4": a masked reference, already safe. */
  Masked: 1 << 16,
  Name: 1 << 17,
  Address: 1 << 18,
  Email: 1 << 19,
} as const;
export type Cue = number;

// Longer phrases come first so that "bank account" wins over "bank" and "account" at the same position.
const KEYWORD_SOURCE =
  "social[ -]?security(?: (?:no|number|#))?|soc\\.? ?sec|ss#|ss ?no|ssn|itin|tax ?payer id|tax ?id|tin|fein|ein|employer id\\w*" +
  '|credit ?card|debit ?card|card ?(?:no|number|#)|cc ?#|cc|card|visa|mastercard|amex|discover' +
  '|routing|aba|rtn|transit' +
  '|bank ?acc\\w*|checking|savings|dda|wire|ach|bank' +
  '|iban' +
  '|brokerage(?: acc\\w*)?|ira|roth|401k|account|acct|a/c|acc ?#|acc(?:t)?(?:no|num)' +
  "|driver'?s?[ -]?lic\\w*|driving lic\\w*|dl ?#|dl|dln|lic(?:ense)? ?(?:no|#|number)|license|licence|lic" +
  '|passport|ppt' +
  '|dob|d\\.o\\.b|date of birth|birth ?date|birthday|born|b-day|bday' +
  '|phone|tel|telephone|mobile|cell|fax|ph' +
  '|order|ord|ticket|tkt|confirmation|conf|ref(?:erence)?|crd|cusip|isin|sedol|figi|invoice|inv|tracking|trk|case|claim|po|batch|ticker|symbol|trade ?id|exec(?:ution)? ?id|confirm|ticket ?id|order ?id' +
  '|trade date|trade dt|settle\\w*|as of|expir\\w*|exp|maturity|opened|open date|filed|effective' +
  '|ending(?: in)?|last ?(?:4|four)' +
  '|full name|first name|last name|surname|given name|customer name|client name|account holder|name|customer|client|beneficiary' +
  '|street|address|addr' +
  '|e-?mail';

const KEYWORDS = new RegExp(`(?<![a-z0-9])(?:${KEYWORD_SOURCE})(?![a-z0-9])`, 'gi');
const HEADER = new RegExp(`^(?:${KEYWORD_SOURCE})(?![a-z0-9])`, 'i');

const EXACT: Record<string, Cue> = {
  itin: Cue.Itin, tin: Cue.TaxId, fein: Cue.Ein, ein: Cue.Ein, iban: Cue.Iban,
  routing: Cue.Routing, aba: Cue.Routing, rtn: Cue.Routing, transit: Cue.Routing,
  checking: Cue.Bank, savings: Cue.Bank, dda: Cue.Bank, wire: Cue.Bank, ach: Cue.Bank, bank: Cue.Bank,
  ira: Cue.Brokerage, roth: Cue.Brokerage, '401k': Cue.Brokerage,
  account: Cue.Account, acct: Cue.Account, 'a/c': Cue.Account,
  dl: Cue.License, dln: Cue.License, license: Cue.License, licence: Cue.License, lic: Cue.License,
  passport: Cue.Passport, ppt: Cue.Passport,
  dob: Cue.Birth, 'd.o.b': Cue.Birth, born: Cue.Birth, birthday: Cue.Birth, 'b-day': Cue.Birth, bday: Cue.Birth,
  phone: Cue.Phone, tel: Cue.Phone, telephone: Cue.Phone, mobile: Cue.Phone, cell: Cue.Phone, fax: Cue.Phone, ph: Cue.Phone,
  card: Cue.Card, cc: Cue.Card, visa: Cue.Card, mastercard: Cue.Card, amex: Cue.Card, discover: Cue.Card,
  customer: Cue.Name, client: Cue.Name, name: Cue.Name, surname: Cue.Name, beneficiary: Cue.Name,
  street: Cue.Address, address: Cue.Address, addr: Cue.Address,
  email: Cue.Email, 'e-mail': Cue.Email,
};

/** Maps one matched keyword (any case) to its cue. */
export function cueOf(keyword: string): Cue {
  const k = keyword.toLowerCase();
  const exact = EXACT[k];
  if (exact !== undefined) return exact;
  const c0 = k.charCodeAt(0);
  if (k.startsWith('social') || k.startsWith('soc') || k.startsWith('ss')) return Cue.Ssn;
  if (k.startsWith('tax')) return Cue.TaxId;
  if (k.startsWith('employer')) return Cue.Ein;
  if (k.includes('card') || k.startsWith('cc')) return Cue.Card;
  if (k.startsWith('bank')) return Cue.Bank;
  if (k.startsWith('brokerage')) return Cue.Brokerage;
  if (k.startsWith('acc')) return Cue.Account;
  if (k.startsWith('dri') || k.startsWith('dl') || k.startsWith('lic')) return Cue.License;
  if (k.includes('birth')) return Cue.Birth;
  if (k.startsWith('trade date') || k.startsWith('trade dt') || k.startsWith('settle') || k.startsWith('as of') ||
      k.startsWith('exp') || k === 'maturity' || k.startsWith('open') || k === 'filed' || k === 'effective') return Cue.OtherDate;
  if (k.startsWith('ending') || k.startsWith('last')) return Cue.Masked;
  if (k.includes('name') || k === 'account holder') return Cue.Name;
  if (c0 === 101 && k.includes('mail')) return Cue.Email;
  return Cue.NotPii;
}

export interface WindowContext {
  /** The cue of the keyword nearest before the candidate (or None). */
  nearest: Cue;
  /** Every cue seen in the window. */
  all: Cue;
  /** The nearest keyword as written and where it stands, for evidence. */
  word: string;
  wordStart: number;
}

const NO_CONTEXT: WindowContext = { nearest: Cue.None, all: Cue.None, word: '', wordStart: -1 };

/** How far back a keyword may stand from its value: "Social Security Number (SSN) on file: " fits. */
export const WINDOW = 48;

/** Keywords in the `WINDOW` characters before `start` (the text may be long; the window is sliced). */
export function contextBefore(text: string, start: number): WindowContext {
  const from = start > WINDOW ? start - WINDOW : 0;
  const window = text.slice(from, start);
  KEYWORDS.lastIndex = 0;
  let nearest: Cue = Cue.None;
  let all: Cue = 0;
  let word = '';
  let wordStart = -1;
  for (let m = KEYWORDS.exec(window); m !== null; m = KEYWORDS.exec(window)) {
    const cue = cueOf(m[0]);
    all |= cue;
    nearest = cue;
    word = m[0];
    wordStart = from + m.index;
  }
  return nearest === Cue.None ? NO_CONTEXT : { nearest, all, word, wordStart };
}

/** The cue of a column header cell ("SSN", "Date of Birth", "Acct #"), or None when it names nothing we know. */
export function cueOfHeader(cell: string): Cue {
  const trimmed = cell.trim().replace(/^["'*_\s]+|["'*_:\s]+$/g, '');
  if (trimmed.length === 0 || trimmed.length > 40) return Cue.None;
  // Headers are named by their most specific keyword anywhere in the cell: "Customer SSN", "Primary Phone".
  let best: Cue = Cue.None;
  KEYWORDS.lastIndex = 0;
  for (let m = KEYWORDS.exec(trimmed); m !== null; m = KEYWORDS.exec(trimmed)) {
    const cue = cueOf(m[0]);
    if (best === Cue.None || best === Cue.Name || best === Cue.Account || best === Cue.NotPii) best = cue;
  }
  if (best === Cue.None && HEADER.test(trimmed)) best = cueOf(trimmed);
  return best;
}
