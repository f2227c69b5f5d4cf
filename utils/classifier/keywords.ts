/**
 * The keyword vocabulary (issue #2 §2): which words and phrases name an SSN, an account, a birth date…, and
 * which say "not PII" (order, CUSIP, CRD). Words are looked up without allocating where possible: a hash
 * rejects most words of a window before any string is made.
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
  /** Balance, price, fee, shares…: an amount, never an id; does not silence a self-evident SSN or card. */
  Amount: 1 << 20,
} as const;
export type Cue = number;

const WORDS: [Cue, string][] = [
  [Cue.Ssn, 'ssn ssn# ss# ss ssns social soc.sec socsec ss-no'],
  [Cue.Itin, 'itin'],
  [Cue.Ein, 'ein fein'],
  [Cue.TaxId, 'tin taxid tin/ssn ssn/tin'],
  [Cue.Card, 'card cards cc cc# visa mastercard mc amex discover creditcard'],
  [Cue.Routing, 'routing aba rtn rtng rtg transit routing# aba# rtg#'],
  [Cue.Bank, 'checking savings dda wire ach bank chk sav chase citibank wells pnc truist usaa clabe cd cd# svgs ckg chkg ckng passbook overdraft'],
  [Cue.Iban, 'iban'],
  [Cue.Brokerage, 'brokerage ira roth 401k 403b sep-ira'],
  // (and in the client's language: cuenta, conta, compte, konto, conto; Vietnamese "tai khoan" typed without accents)
  [Cue.Account, 'account acct acct# account# a/c acc# accts acctno accno accounts cuenta conta compte konto conto khoan clr clr#'],
  [Cue.License, "dl dl# dln license licence lic lic# driver's drivers dmv licencia führerschein"],
  [Cue.Passport, 'passport passport# ppt passeport pasaporte passaporte passaporto reisepass'],
  [Cue.Birth, 'dob dobs d.o.b born birth brith birthday birthdate b-day bday dob: naissance nacimiento nascimento nascita geburtsdatum geboren née nee nacida nacido nascida nascido sinh'],
  [Cue.Phone, 'phone tel telephone mobile cell fax ph cell# ph# phone#'],
  [Cue.NotPii, 'application refs nmls npn order ord ord# order# ticket tkt confirmation conf conf# ref ref# reference crd crd# cusip isin sedol figi invoice inv inv# tracking trk ups usps fedex dhl case claim po batch ticker symbol request txn uuid guid session ext ext. x extension zip zipcode postal rev revision page docid doc# ifsc lei control participant naf cslb npn exec execution trace gl req req# alert alerts loan contract policy recall voi'],
  [Cue.Amount, 'qty quantity shares price balance value total amount usd worth cash equity proceeds fee fees commission holds holding valued'],
  [Cue.OtherDate, 'settle settles settled settlement settling expires expiry expiration exp maturity matures opened filed effective due death died deceased dod hire hired dtd dated login logged modified created'],
  [Cue.Masked, 'ending ends'],
  [Cue.Name, 'name customer client beneficiary holder applicant surname'],
  [Cue.Address, 'street address addr'],
  [Cue.Email, 'email e-mail'],
];

const SINGLE = new Map<string, Cue>();
for (const [cue, words] of WORDS) for (const word of words.split(' ')) SINGLE.set(word, cue);
// "CHK#", "Check#": a check's number (looked up before "chk" with its '#' trimmed, which is checking).
for (const word of ['chk#', 'check#', 'ck#', 'chkno', 'checkno']) SINGLE.set(word, Cue.NotPii);

/** Phrases, keyed by their last word: [the words before it, nearest first; the cue]. */
const PHRASES = new Map<string, [string[], Cue][]>();
function phrase(text: string, cue: Cue): void {
  const words = text.split(' ');
  const last = words.pop() ?? '';
  const list = PHRASES.get(last) ?? [];
  list.push([words.reverse(), cue]);
  PHRASES.set(last, list);
}
phrase('social security', Cue.Ssn);
phrase('soc sec', Cue.Ssn);
phrase('ss number', Cue.Ssn);
phrase('ss no', Cue.Ssn);
phrase('social sec', Cue.Ssn);
phrase('tax id', Cue.TaxId);
phrase('taxpayer id', Cue.TaxId);
phrase('tax identification number', Cue.TaxId);
phrase('employer id', Cue.Ein);
phrase('employer identification number', Cue.Ein);
// A certificate of deposit's number ("CD # 41000387215", "CD_NUMBER"); "CD" alone is as often a branch or rep code.
phrase('cd no', Cue.Bank);
phrase('cd number', Cue.Bank);
phrase('cd acct', Cue.Bank);
phrase('cd account', Cue.Bank);
phrase('deposit account', Cue.Bank);
phrase('deposit acct', Cue.Bank);
phrase('bank account', Cue.Bank);
phrase('bank acct', Cue.Bank);
phrase('checking account', Cue.Bank);
phrase('savings account', Cue.Bank);
phrase('checking acct', Cue.Bank);
phrase('savings acct', Cue.Bank);
phrase('credit union', Cue.Bank);
phrase('general ledger', Cue.NotPii);
// A wire's or a check's own number, not the account it moves money from.
phrase('wire no', Cue.NotPii);
phrase('wire number', Cue.NotPii);
phrase('check no', Cue.NotPii);
phrase('check number', Cue.NotPii);
// The firm's own account at its custodian, not a client's.
phrase('master account', Cue.NotPii);
phrase('master acct', Cue.NotPii);
phrase('clearing no', Cue.Account);
phrase('clearing number', Cue.Account);
phrase('clearing acct', Cue.Account);
phrase('clearing account', Cue.Account);
phrase('brokerage account', Cue.Brokerage);
phrase('brokerage acct', Cue.Brokerage);
phrase('date of birth', Cue.Birth);
phrase('date of brith', Cue.Birth);
// Professional licences, never a customer's driver's licence.
phrase('insurance lic', Cue.NotPii);
phrase('insurance license', Cue.NotPii);
phrase('insurance licence', Cue.NotPii);
phrase('producer license', Cue.NotPii);
phrase('producer lic', Cue.NotPii);
phrase('birth date', Cue.Birth);
phrase('trade date', Cue.OtherDate);
phrase('settle date', Cue.OtherDate);
phrase('settlement date', Cue.OtherDate);
phrase('as of', Cue.OtherDate);
phrase('open date', Cue.OtherDate);
phrase('ending in', Cue.Masked);
phrase('last 4', Cue.Masked);
phrase('last four', Cue.Masked);
phrase('first name', Cue.Name);
phrase('last name', Cue.Name);
phrase('full name', Cue.Name);
phrase('account holder', Cue.Name);
phrase('order id', Cue.NotPii);
phrase('trade id', Cue.NotPii);
phrase('client id', Cue.NotPii);
phrase('customer id', Cue.NotPii);
phrase('request id', Cue.NotPii);
phrase('transaction id', Cue.NotPii);
phrase('message id', Cue.NotPii);
phrase('rep id', Cue.NotPii);
phrase('wire id', Cue.NotPii);
phrase('wire ref', Cue.NotPii);
phrase('transfer id', Cue.NotPii);
phrase('batch id', Cue.NotPii);
phrase('job id', Cue.NotPii);
phrase('run id', Cue.NotPii);
phrase('journal id', Cue.NotPii);
phrase('incident id', Cue.NotPii);
// System ids of forms, envelopes, records and people at the firm: never a customer's identifier.
for (const system of ['submission', 'form', 'document', 'record', 'event', 'item', 'log', 'ticket', 'case', 'reference', 'tracking', 'confirmation', 'application', 'envelope', 'user', 'employee', 'advisor', 'household', 'plan', 'policy', 'loan', 'batch', 'queue', 'task', 'workflow']) {
  phrase(`${system} id`, Cue.NotPii);
}
// A check's serial number, not the checking account: "CHK#" headers of disbursement and check-received blotters.
phrase('check number', Cue.NotPii);
phrase('check no', Cue.NotPii);
phrase('check no.', Cue.NotPii);
phrase("cashier's check", Cue.NotPii);
phrase('cashiers check', Cue.NotPii);
phrase('doc id', Cue.NotPii);
// The firm's own accounts (books and records, not customer data): its Rule 15c3-3 reserve account too.
for (const kind of ['operating', 'error', 'omnibus', 'house', 'suspense', 'reserve', '15c3-3', 'proprietary', 'safekeeping']) {
  phrase(`${kind} account`, Cue.NotPii);
  phrase(`${kind} acct`, Cue.NotPii);
  phrase(`${kind} a/c`, Cue.NotPii);
}
// "MUFG omnibus 1022-884310", "omnibus via Citi 00218764": a custodian's omnibus account holds no one customer's data.
SINGLE.set('omnibus', Cue.NotPii);
// A professional's licence ("NY CPA License No. 118204"), never a customer's driver's licence.
for (const profession of ['cpa', 'bar', 'notary', 'nursing', 'medical', 'real estate']) {
  phrase(`${profession} license`, Cue.NotPii);
  phrase(`${profession} licence`, Cue.NotPii);
  phrase(`${profession} lic`, Cue.NotPii);
}

export function isWordChar(c: number): boolean {
  // (Accented letters too: "née", "Numéro", "Geburtsdatum" next to "März"; × and ÷ are not letters.)
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 35 || c === 39 || c === 46 || c === 47 || c === 45 || c === 0x2019 || (c >= 0xc0 && c <= 0x17f && c !== 0xd7 && c !== 0xf7);
}

function isTrailingPunctuation(c: number): boolean {
  return c === 46 || c === 45 || c === 39 || c === 0x2019;
}

/** Lower-cased word with outer punctuation trimmed ("Acct#:" → "acct#", "D.O.B." → "d.o.b"). */
export function normalizeWord(text: string, start: number, end: number): string {
  while (end > start && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
  while (start < end && (isTrailingPunctuation(text.charCodeAt(start)) || text.charCodeAt(start) === 35 || text.charCodeAt(start) === 47)) start++;
  let word = text.slice(start, end);
  // Most words in a window are lower-case prose: only fold case when needed.
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) {
      word = word.toLowerCase();
      break;
    }
  }
  return word.includes('’') ? word.replace(/’/g, "'") : word;
}

/** The cue of a single word ("acct#" → account, "tin/ssn" → SSN), phrases aside. */
export function cueOfWord(word: string): Cue {
  const single = SINGLE.get(word);
  if (single !== undefined) return single;
  if (word.length > 1 && word.endsWith('#')) return SINGLE.get(word.slice(0, -1)) ?? Cue.None;
  const slash = word.lastIndexOf('/');
  if (slash > 0 && slash < word.length - 1) return SINGLE.get(word.slice(slash + 1)) ?? Cue.None;
  return Cue.None;
}

/** End of the word found by the last `wordStartBefore` call (module state instead of a tuple: no allocation). */
let foundEnd = 0;

/** End of the word the last `wordStartBefore` call found. */
export function lastWordEnd(): number {
  return foundEnd;
}

/** Start of the word ending at or before index `i`, no further back than `from` (its end in `foundEnd`); -1 if none. */
export function wordStartBefore(text: string, from: number, i: number): number {
  let end = i;
  while (end > from && !isWordChar(text.charCodeAt(end - 1))) end--;
  if (end <= from) return -1;
  let start = end - 1;
  while (start > from && isWordChar(text.charCodeAt(start - 1))) start--;
  // A JSON string's escaped line break or tab ("routing 064070238\nacct 4471093826") is a space, not a letter.
  if (start > 0 && text.charCodeAt(start - 1) === 92 && end - start > 1) {
    const escape = text.charCodeAt(start);
    if (escape === 110 || escape === 116 || escape === 114) start++;
  }
  foundEnd = end;
  return start;
}

/**
 * Hash of the word as normalizeWord would return it, without allocating: most words in a window are not
 * keywords, and this lets them be rejected with one Set lookup. -1 when the word needs the slow path
 * ('#', '/', non-ASCII letters).
 */
/**
 * Hashes are cut to 30 bits: V8 keeps such numbers as small integers, while a full 32-bit hash is a heap
 * number half the time, and a Set or Map of heap numbers hashes and compares far more slowly.
 */
export const SMI_MASK = 0x3fffffff;

function wordHash(text: string, start: number, end: number): number {
  while (end > start && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
  while (start < end && (isTrailingPunctuation(text.charCodeAt(start)) || text.charCodeAt(start) === 35 || text.charCodeAt(start) === 47)) start++;
  let hash = 7;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c === 35 || c === 47 || c > 127) return c === 0x2019 ? wordHashSlow(text, start, end) : -1;
    if (c >= 65 && c <= 90) c |= 32;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  return hash & SMI_MASK;
}

function wordHashSlow(text: string, start: number, end: number): number {
  return stringHash(normalizeWord(text, start, end));
}

function stringHash(word: string): number {
  let hash = 7;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
  return hash & SMI_MASK;
}

let keywordHashes: Set<number> | undefined;
function isPossibleKeyword(text: string, start: number, end: number): boolean {
  if (!keywordHashes) {
    keywordHashes = new Set<number>();
    for (const word of SINGLE.keys()) keywordHashes.add(stringHash(word));
    for (const word of PHRASES.keys()) keywordHashes.add(stringHash(word));
  }
  const hash = wordHash(text, start, end);
  return hash === -1 || keywordHashes.has(hash);
}

/** The cue of the word at [start, end), or of the phrase it ends (earlier words read back from `start`). */
export function cueOfWordAt(text: string, from: number, start: number, end: number): Cue {
  if (end - start > 18 || !isPossibleKeyword(text, start, end)) return Cue.None;
  const word = normalizeWord(text, start, end);
  if (word.length === 0 || word.length > 16) return Cue.None;
  const phrases = PHRASES.get(word);
  if (phrases) {
    for (const [before, phraseCue] of phrases) {
      let at = start;
      let ok = true;
      for (let j = 0; j < before.length && ok; j++) {
        const previous = wordStartBefore(text, from, at);
        ok = previous >= 0 && normalizeWord(text, previous, foundEnd) === before[j];
        if (previous >= 0) at = previous;
      }
      if (ok) return phraseCue;
    }
  }
  // "CD # 41000387215", "her CD (#41000118230)": a certificate of deposit's number; "34 CD  CHL…" is a code.
  if (word === 'cd') return hashAfter(text, end) ? Cue.Bank : Cue.None;
  return cueOfWord(word);
}

/** Whether a '#' follows `end` past at most two spaces or a '(' (the "#" of "CD # 4100…", "CD (#4100…"). */
function hashAfter(text: string, end: number): boolean {
  let i = end;
  while (i < end + 3 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 40)) i++;
  return text.charCodeAt(i) === 35;
}

/** Words that name a transfer of money, not the account it comes from or goes to: "wire", "ACH". */
export const TRANSFER_WORDS: ReadonlySet<string> = new Set(['wire', 'ach']);
