/**
 * PERSON: a full name as written ("Maria L. Gonzalez", "Dr. Sam O'Neil" → "Sam O'Neil"). A name starts at a
 * common given name, after a title (Mr., Ms., Dr.) or a label ("Client: "), or fills a "Name" column; it
 * needs a capitalised surname that is not an ordinary capitalised word ("Chase Bank", "Thomas Street").
 */
import { classOf, LOWER, UPPER } from './chars';
import { Cue } from './context';
import { SMI_MASK } from './keywords';
import { givenNames, surnames } from './names';
import { evidenceOf, type ScanState } from './state';
import { WordSet } from './word-set';

const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mx', 'Prof', 'MR', 'MRS', 'MS', 'DR']);

const NOT_SURNAMES = new WordSet(
  ('bank banking street st avenue ave road rd drive dr lane ln boulevard blvd court ct place way capital securities ' +
    'financial investments investment advisors partners group fund funds trust inc llc llp corp co company holdings ' +
    'account accounts ira roth the and of for to in on at from monday tuesday wednesday thursday friday saturday ' +
    'sunday january february march april may june july august september october november december jan feb mar apr ' +
    'jun jul aug sep sept oct nov dec am pm et est pst ct ssn dob id usa us ny nyse nasdaq etf team desk office ' +
    'center centre university college school hospital county city state north south east west re fw fwd ' +
    'index indexes crude conversion portfolio plan sleeve services operations associate wealth primary actions ' +
    'distribution department title support research ops hospital credit council theft reporting movement fiduciary ' +
    'contingent compliance union testamentary supervision security review reserve queue onboarding payment mgmt ' +
    'memorial administration management name address notes committee form archive relationship ltd gmbh ag plc ' +
    'ventures coordination president director manager advisor adviser counsel specialist associates person officer representative principal ein tin itin no number ' +
    'act table acct custody regulation')
    .split(' '),
);

// Given name, optional middle initial(s) or middle name, surname (O'Neil, McDonald, Smith-Jones, García).
// (A letter may be written as an HTML entity in copied markup: "Ricardo Sol&iacute;s", "Ilse Brandst&auml;tter".)
const NAME_AFTER_GIVEN =
  /(?: (?:[A-Z]\.?|[A-Z](?:[a-z\u00e0-\u00ff\u0100-\u017f]|&[a-z]{2,7};)+))?(?: (?:[A-Z](?:[a-z\u00e0-\u00ff\u0100-\u017f]|&[a-z]{2,7};)*['’-]?[A-Z]?(?:[a-z\u00e0-\u00ff\u0100-\u017f]|&[a-z]{2,7};)+))(?:-[A-Z][a-z\u00e0-\u00ff\u0100-\u017f]+)?(?: (?:Jr|Sr|II|III|IV)\.?)?/y;
const TITLED = /(?:Mr|Mrs|Ms|Miss|Dr|Mx|Prof)\.? ([A-Z][a-z\u00e0-\u00ff]+(?: [A-Z]\.?(?= [A-Z]))?(?: [A-Z][a-z\u00e0-\u00ff]*['’-]?[A-Z]?[a-z\u00e0-\u00ff]+)?)/y;
// Firm names that read like a person's name: never a customer.
const FIRMS = /^(?:Charles Schwab|Raymond James|Edward Jones|Morgan Stanley|Wells Fargo|Goldman Sachs|Merrill Lynch|Janney Montgomery|Stifel Nicolaus|Thomas Weisel|Franklin Templeton|Dean Witter|Paine Webber|Fidelity Investments|Ameriprise Financial)\b/;
// Capitalised words that start sentences and greetings, never a given name before a surname.
const NOT_GIVEN = new Set(('The This That These Those Thanks Thank Hi Hello Dear Hey Yes No Ok Okay Sure Sorry Please Also And But So ' +
  'Well Per From To For With Re Fwd Fw Call Send Sent Wire Mr Mrs Ms Dr New Old Our Your His Her Their Its Client Customer ' +
  'Account Acct Bank Rep Branch Team Compliance Ops Desk Trade Order Buy Sell Note Notes Subject Date Dates Social Security ' +
  'Passport Driver Routing Credit Debit Visa Amex Discover Mastercard Checking Savings Transfer Birth Name Phone Email ' +
  'Address Can Could Will Would Should I We He She They It My Is Are Do Did Does What When Where Why How Who Just Here ' +
  'There Today Tomorrow Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March ' +
  'April May June July August September October November December Happy Good Great Let Any All Not Can\'t First Middle Last ' +
  'Full Legal').split(' '));
const NOT_GIVEN_FOLDED = new WordSet([...NOT_GIVEN].map((word) => word.toLowerCase()));
const CLOSING_LINE = /(?:^|\n)[ \t]*(?:best|thanks|thank you|regards|best regards|kind regards|warm regards|sincerely|cheers|respectfully|all the best)[,.!]?[ \t]*\r?\n$/i;
// "Gonzalez, Maria L." and, when the cell ends after it, a middle name: "Tran, Minh Chau".
const GIVEN_AFTER_COMMA = /, ([A-Z][a-z\u00e0-\u00ff]+(?:[A-Z][a-z\u00e0-\u00ff]+)?)(?: [A-Z]\.| [A-Z][a-z\u00e0-\u00ff]+(?=["\t|,\r\n]|$))?(?![A-Za-z])/y;
const LABELS = new WordSet(
  ('name customer client beneficiary holder owner attn contact insured applicant spouse fbo dear hi hello from to cc ' +
    'primary contingent trustee executor executrix grantor decedent signer payee taxpayer analyst by caller person ' +
    'represents broker officer investigator examiner fa rr rep fullname legalname ownername clientname customername accounttitle ' +
    'mother father son daughter wife husband widow nephew niece sister brother ' +
    'settlor settlors trustees grantors beneficiaries participants kids children child grandson granddaughter ' +
    'grandchildren custodian guardian annuitant decedents ' +
    'reporter prepared reviewed reviewer requester requestor assignee displayname holdername accountname victim suspect ' +
    'member payer det sgt')
    .split(' '),
);

/**
 * Whether the line ending at the '\n' at `newline` can be a closing ("Best,", "Thank you!", "Regards"): its last
 * character is a closing's punctuation or last letter. Checked before CLOSING_LINE, which would otherwise
 * slice and match at every capitalised word that starts a line (issue #2 speed).
 */
function mayEndClosingLine(text: string, newline: number): boolean {
  let i = newline - 1;
  while (i >= 0 && (text.charCodeAt(i) === 13 || text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  const c = text.charCodeAt(i) | 32;
  // ',' '.' '!' (44, 46, 33 are unchanged by | 32) or the last letter of best, thanks, you, regards, sincerely, cheers.
  return c === 44 || c === 46 || c === 33 || c === 116 || c === 115 || c === 117 || c === 121;
}

/**
 * Whether the word just before `start` (past spaces, one ':', the quotes of a JSON key and value or a bracket)
 * is a label such as "Client:", "Dear", "Created by:", `"name": "` or "FA (".
 */
function labelBefore(text: string, start: number): boolean {
  let end = start;
  // '"' of a JSON value, '(' of "FA (Colm Ferris)", the quote of a log's or a dump's value ("holder=\"…", "name='…").
  if (text.charCodeAt(end - 1) === 34 || text.charCodeAt(end - 1) === 40 || text.charCodeAt(end - 1) === 39) end--;
  // The tags between a label and its value: "Account owner</td><td>…", "<idv:FullName>…", "Client: <b>…".
  end = beforeTags(text, end);
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  if (text.charCodeAt(end - 1) === 58 || text.charCodeAt(end - 1) === 61) end--;
  if (text.charCodeAt(end - 1) === 34 || text.charCodeAt(end - 1) === 39) end--;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  end = beforeTags(text, end);
  let begin = wordBefore(text, end);
  if (end - begin >= 2 && LABELS.hasAt(text, begin, end)) return true;
  // "the client is Rufus Tallmadge", "account holder was Vera Quist": the label before a linking verb.
  if (!COPULAS.hasAt(text, begin, end) || text.charCodeAt(begin - 1) !== 32) return false;
  end = begin - 1;
  begin = wordBefore(text, end);
  return end - begin >= 2 && LABELS.hasAt(text, begin, end);
}

const COPULAS = new WordSet(['is', 'was']);

/** Where the run of up to three tags ending at `end` starts ("</td><td>", "<b>"), or `end` when no tag ends there. */
function beforeTags(text: string, end: number): number {
  for (let tags = 0; tags < 3 && text.charCodeAt(end - 1) === 62; tags++) {
    const open = text.lastIndexOf('<', end - 1);
    if (open < 0 || end - open > 80) break;
    // An XML element's own name is its label: "<idv:FullName>" names what follows.
    if (text.charCodeAt(open + 1) !== 47 && !text.slice(open + 1, end - 1).includes(' ')) {
      const colon = text.lastIndexOf(':', end - 1);
      const nameStart = colon > open ? colon + 1 : open + 1;
      if (end - 1 - nameStart >= 2 && LABELS.hasAt(text, nameStart, end - 1)) return end - 1;
    }
    end = open;
  }
  return end;
}

/** Start of the word of ASCII letters (up to 16) ending at `end`. */
function wordBefore(text: string, end: number): number {
  let begin = end;
  while (begin > 0 && begin > end - 16) {
    const c = text.charCodeAt(begin - 1) | 32;
    if (c < 97 || c > 122) break;
    begin--;
  }
  return begin;
}

/**
 * Whether the line ending at the '\n' at `newline` is a form's label alone ("Customer Name", "Name of taxpayer",
 * "Beneficiary:"), naming what the next line holds.
 */
function labelLineAbove(text: string, newline: number): boolean {
  let end = newline;
  if (text.charCodeAt(end - 1) === 13) end--;
  if (text.charCodeAt(end - 1) === 58) end--;
  const begin = wordBefore(text, end);
  if (end - begin < 2 || !LABELS.hasAt(text, begin, end)) return false;
  // A label alone: short, and not a table's header row ("Client Name,Rep").
  let lineStart = begin;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) {
    const c = text.charCodeAt(lineStart - 1);
    if (begin - lineStart > 24 || c === 44 || c === 9 || c === 124) return false;
    lineStart--;
  }
  return true;
}

/**
 * Whether the last word of the name text[start, end) (a match of the name regexes: words separated by
 * single spaces) can end a name: longer than one letter, without its '.', and not a street or firm word.
 */
function lastWordOk(text: string, start: number, end: number): boolean {
  const wordStart = Math.max(start, text.lastIndexOf(' ', end - 1) + 1);
  const wordEnd = text.charCodeAt(end - 1) === 46 ? end - 1 : end;
  if (wordEnd - wordStart <= 1) return false;
  return !NOT_SURNAMES.hasAt(text, wordStart, wordEnd);
}

const TITLE = 1;
const NOT_GIVEN_NAME = 2;
const GIVEN_NAME = 4;
const SURNAME = 8;
/** A known word and its kind bits; words whose hashes collide are chained. */
interface KindEntry {
  word: string;
  kind: number;
  next: KindEntry | undefined;
}
let kinds: Map<number, KindEntry> | undefined;

/** Hash of the characters [start, end) of `text`, the same for a word in a text and the word alone. */
function hashAt(text: string, start: number, end: number): number {
  let hash = 7;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash & SMI_MASK;
}

function kindTable(): Map<number, KindEntry> {
  const table = new Map<number, KindEntry>();
  const add = (words: Iterable<string>, kind: number) => {
    for (const word of words) {
      const hash = hashAt(word, 0, word.length);
      let entry = table.get(hash);
      while (entry && entry.word !== word) entry = entry.next;
      if (entry) entry.kind |= kind;
      else table.set(hash, { word, kind, next: table.get(hash) });
    }
  };
  add(TITLES, TITLE);
  add(NOT_GIVEN, NOT_GIVEN_NAME);
  add(givenNames(), GIVEN_NAME);
  add(surnames(), SURNAME);
  return table;
}

/**
 * What the capitalised word text[start, end) is, as bits: a title, a word that is never a given name, a
 * given name, a surname. Looked up by a hash of its characters and checked in place: every capitalised
 * word of a chat transcript comes here, and slicing each one out to look it up was the classifier's
 * largest allocation on 10 KB pastes (issue #2: p99 latency, which garbage collections set).
 */
function kindAt(text: string, start: number, end: number): number {
  kinds ??= kindTable();
  for (let entry = kinds.get(hashAt(text, start, end)); entry; entry = entry.next) {
    if (entry.word.length === end - start && text.startsWith(entry.word, start)) return entry.kind;
  }
  return 0;
}

function kindOf(word: string): number {
  return kindAt(word, 0, word.length);
}

function isGivenName(word: string): boolean {
  return (kindOf(word) & GIVEN_NAME) !== 0;
}

/** Tries a name at the capitalised word [start, end); returns the index to resume at (>= end). */
export function scanCapitalisedWord(state: ScanState, start: number, end: number): number {
  const text = state.text;
  const length = end - start;
  if (length > 12) return end;
  const kind = kindAt(text, start, end);
  if ((kind & TITLE) !== 0) {
    TITLED.lastIndex = start;
    const m = TITLED.exec(text);
    // A full name after the title ("Dr. Sam O'Neil"); a title and a surname alone ("Mr. Okafor") is not one
    // (the labelling conventions in test/corpus/generate.ts: a person is named by two words at least).
    if (m && m[1] && m[1].includes(' ') && lastWordOk(text, TITLED.lastIndex - m[1].length, TITLED.lastIndex)) {
      const nameStart = TITLED.lastIndex - m[1].length;
      state.emit('PERSON', nameStart, TITLED.lastIndex, 0.8, 'person-title', evidenceOf(undefined));
      return TITLED.lastIndex;
    }
    return end;
  }
  // A speaker's name has a second capitalised word: "Sam Oduya: …", "DAVID KOHLER, …" (cheap test first).
  const nextWord = text.charCodeAt(end + 1);
  const speakerEnd = text.charCodeAt(end) === 32 && nextWord >= 65 && nextWord <= 90 ? chatSpeakerEnd(state, start) : -1;
  if (speakerEnd > 0) return speakerEnd;
  const column = state.tables.hasNameColumn(start) ? state.tables.columnAt(start) : undefined;
  if (column && column.cue === Cue.Name && column.cellStart === start && column.cellEnd - start <= 60) {
    const cell = text.slice(start, column.cellEnd);
    if (!isHeaderCell(cell, column.header) && NAME_CELL.test(cell) && !namesAnEntity(text, start, column.cellEnd)) {
      state.emit('PERSON', start, column.cellEnd, 0.8, 'person-column', { context: [], columnHeader: column.header });
      return column.cellEnd;
    }
  }
  // A report laid out with spaces: a cell under its "NAME" header, in capitals or not.
  const previous2 = text.charCodeAt(start - 2);
  if (!column && (start === 0 || previous2 === 32 || previous2 === 10 || text.charCodeAt(start - 1) === 10)) {
    const nameEnd = reportNameEnd(state, start);
    if (nameEnd > 0) return nameEnd;
  }
  // ALL-CAPS words outside a name column (BUY, AAPL, NYSE) are never the start of a name we can recognise,
  // unless a label names them: "Account Title:    FATOUMATA DIALLO", as forms print them.
  const second = text.charCodeAt(start + 1);
  const previous = text.charCodeAt(start - 1);
  if (second >= 65 && second <= 90) {
    // A name in capitals has a second word in capitals: "FATOUMATA DIALLO" (cheap test first: "SSN 524…", "CC:").
    const nextWord = text.charCodeAt(end + 1);
    const capsPair = text.charCodeAt(end) === 32 && nextWord >= 65 && nextWord <= 90;
    return capsPair && (previous === 32 || previous === 58) ? capsNameAfterLabel(state, start, end) : end;
  }
  if ((kind & NOT_GIVEN_NAME) !== 0) return end;
  // Who: a label ("Client: ", "FBO ", "Dear "), a signature line after "Best,", a given name, or a common surname next.
  const labelled =
    (start >= 2 && (previous === 32 || previous === 58 || previous === 34 || previous === 40 || previous === 62 || previous === 39) && labelBefore(text, start)) ||
    (previous === 10 && labelLineAbove(text, start - 1)) ||
    (previous === 10 && mayEndClosingLine(text, start - 1) && CLOSING_LINE.test(text.slice(Math.max(0, start - 24), start)));
  if (text.charCodeAt(end) === 44) {
    const commaEnd = lastCommaFirst(state, start, end, (kind & SURNAME) !== 0, labelled);
    if (commaEnd > end) return commaEnd;
  }
  let surnameNext = false;
  if (!labelled && (kind & GIVEN_NAME) === 0) {
    // A known surname next, or a middle initial and a surname ("Aaliyah X. Okafor"): the shape of a full name.
    surnameNext = surnameAfter(text, end) || (!LETTERED_PARTS.hasAt(text, start, end) && initialAndSurnameAfter(text, end));
    if (!surnameNext) return end;
  }
  NAME_AFTER_GIVEN.lastIndex = end;
  // The name ends at a word's end: "Kleist Baubedarf GmbH" is not "Kleist Baubedarf Gmb".
  if (NAME_AFTER_GIVEN.test(text) && !isLetterAt(text, NAME_AFTER_GIVEN.lastIndex) && lastWordOk(text, end, NAME_AFTER_GIVEN.lastIndex) && !NOT_SURNAMES.hasAt(text, start, end) && !FIRMS.test(text.slice(start, NAME_AFTER_GIVEN.lastIndex))) {
    state.emit('PERSON', start, NAME_AFTER_GIVEN.lastIndex, labelled ? 0.85 : surnameNext ? 0.7 : 0.75, 'person-name', evidenceOf(undefined));
    return NAME_AFTER_GIVEN.lastIndex;
  }
  if (labelled && text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 32) return spacedNameEnd(state, start, end);
  return end;
}

/**
 * A chat line's time stamp, ending where its speaker's name starts: "[10:42] ", "06/12/25 08:53:44 ",
 * "2025-06-12 14:02 ", "9:15 AM ET - ". Tested on the line before a capitalised word, only when a ']',
 * a digit or a capital letter stands right before the space (see chatSpeakerEnd).
 */
const CHAT_STAMP =
  /^[ \t]*\[?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )?(?:(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?),?[ T]+)?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?\]?(?:[ \t]+(?:IN|OUT|In|Out|<<|>>|<-|->|\u2190|\u2192))?[ \t]+(?:- )?$/;
/**
 * The speaker: two to four capitalised words (capitals throughout in some chat systems) up to the line's ':',
 * or up to the speaker's firm ("DAVID KOHLER, CASTELLAN ASSET: …", "LANCE FEIN (BARCLAYS): …", as Bloomberg prints them).
 */
const SPEAKER = /[A-Z][A-Za-z\u00c0-\u017f'’-]*(?: (?:[A-Z]\.|[A-Z][A-Za-z\u00c0-\u017f'’-]*)){1,3}(?=:|, [A-Z][^:\n]{0,40}:| \([^)\n]{1,40}\):)/y;
/**
 * After a time stamp, the speaker may also end at a column's gap or the line's end, as archives and SMS exports
 * lay a message out ("03/04/2024 08:15:09   Amadou Sarr   rates?", "Thu 10:14 Gil Marchetti" over the message),
 * or before the firm's tag ("3/11/24, 8:18 AM - Teodora Vaish TRF: Yes").
 */
const SPEAKER_AFTER_STAMP = /[A-Z][A-Za-z\u00c0-\u017f'’-]*(?: (?:[A-Z]\.|[A-Z][A-Za-z\u00c0-\u017f'’-]*)){1,3}(?=:|, [A-Z][^:\n]{0,40}:| \([^)\n]{1,40}\):|\t| {2,}|\r?\n|$)/y;
/** A speaker named before the time, as Teams and Slack copy a message: "Gordon Ebersole 10/1/24 7:43 AM: …", "Raymond Kolb  11:02 AM" over its message. */
const SPEAKER_BEFORE_TIME = /[A-Z][A-Za-z\u00c0-\u017f'’-]*(?: (?:[A-Z]\.|[A-Z][A-Za-z\u00c0-\u017f'’-]*)){1,3}(?= {1,2}(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?,? )?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?(?::|[ \t]*\r?\n))/y;

/**
 * "[10:42] Sam Whitfield: …", "06/12/25 08:53:44 DAVID KOHLER: …": the person speaking on a chat line, named
 * between its time stamp and a colon, whether or not the name is a common one. A desk or a bot speaking
 * ("[10:42] Trade Support: …", "OPS DESK:") is not a person. Returns the name's end, or -1. Called only when a
 * space follows the first word: most capitalised words after a time stamp are a one-word speaker ("[11:50] Client: …").
 */
function chatSpeakerEnd(state: ScanState, start: number): number {
  const text = state.text;
  if (start === 0 || text.charCodeAt(start - 1) === 10) return lineSpeakerEnd(state, start);
  let p = start - 1;
  while (p > 0 && p > start - 8 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p--;
  if (p === start - 1) return -1;
  // What a time stamp ends in: "]", the minutes or seconds of "09:40", "AM"/"PM", a zone ("ET"), " - ", a
  // direction ("IN", "OUT", "->", "←").
  const before = text.charCodeAt(p);
  const stampEnd =
    before === 93 ||
    (before >= 48 && before <= 57 && text.charCodeAt(p - 2) === 58) ||
    before === 77 || before === 109 || before === 46 || before === 84 || before === 78 || before === 62 || before === 0x2190 || before === 0x2192 ||
    (before === 45 && text.charCodeAt(p - 1) === 32);
  if (!stampEnd) return -1;
  SPEAKER_AFTER_STAMP.lastIndex = start;
  if (!SPEAKER_AFTER_STAMP.test(text)) return -1;
  let end = SPEAKER_AFTER_STAMP.lastIndex;
  // "Teodora Vaish TRF:": a firm's tag in capitals after a name that is not in capitals.
  const lastSpace = text.lastIndexOf(' ', end - 1);
  if (lastSpace > start && end - lastSpace >= 3 && end - lastSpace <= 6 && text.lastIndexOf(' ', lastSpace - 1) >= start && isAllCaps(text, lastSpace + 1, end) && !isAllCaps(text, start, lastSpace)) end = lastSpace;
  // Ended by a gap, not a colon: the layout alone does not say "speaker" ("[10:01] Market Open   bell"), so
  // the name is a known given name's or speaks again.
  const colon = text.charCodeAt(SPEAKER_AFTER_STAMP.lastIndex) === 58 || text.charCodeAt(SPEAKER_AFTER_STAMP.lastIndex) === 44 || text.charCodeAt(SPEAKER_AFTER_STAMP.lastIndex + 1) === 40;
  if (!colon && (kindAt(text, start, text.indexOf(' ', start)) & GIVEN_NAME) === 0 && !namedAgain(text, start, end)) return -1;
  let lineStart = p;
  while (lineStart > 0 && lineStart > start - 48 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return -1;
  if (!CHAT_STAMP.test(text.slice(lineStart, start))) return -1;
  // "Rosa V.", "Dana K": a first name and an initial does not name a person (the labelling conventions).
  if (!lastWordOk(text, start, end) || !speakerWordsOk(text, start, end)) return -1;
  state.emit('PERSON', start, end, 0.8, 'person-speaker', evidenceOf(undefined));
  return end;
}

/**
 * A speaker named at the start of a line with no time stamp ("Teodoro Alcantara: we have a natural seller…",
 * "HYUN-WOO BAEK, TILLINGHAST MERROW: …"), as Symphony and Bloomberg transcripts print them: the same name
 * must start another line of the text too, which a form's label ("Risk Tolerance: Moderate") does not.
 */
function lineSpeakerEnd(state: ScanState, start: number): number {
  const text = state.text;
  if (!colonAhead(text, start)) return -1;
  SPEAKER.lastIndex = start;
  let end = -1;
  if (SPEAKER.test(text)) end = SPEAKER.lastIndex;
  else {
    SPEAKER_BEFORE_TIME.lastIndex = start;
    if (SPEAKER_BEFORE_TIME.test(text)) end = SPEAKER_BEFORE_TIME.lastIndex;
  }
  if (end < 0) return -1;
  if (!lastWordOk(text, start, end) || !speakerWordsOk(text, start, end)) return -1;
  const name = text.slice(start, end);
  if (!speaksAgain(text, name, start)) return -1;
  state.emit('PERSON', start, end, 0.8, 'person-speaker', evidenceOf(undefined));
  return end;
}

/**
 * Whether a ':' ends the speaker part of the line at `start` within 64 characters, before any digit or line
 * break: a cheap test before SPEAKER, as most lines starting with a capitalised word are prose or a row
 * ("Rosa Delgado,412-68-3391,…").
 */
function colonAhead(text: string, start: number): boolean {
  const to = Math.min(text.length, start + 64);
  for (let i = start; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return true;
    // A row of values ("Rosa Delgado,412-68-3391,…") has a digit right after a delimiter; a time has ':' soon.
    if (c === 10 || ((c === 44 || c === 9) && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57)) return false;
  }
  return false;
}

/** Whether one or two spaces and a time or a date ("  11:02 AM", " 10/1/24 7:43 AM") start at `i`. */
function isTimeAt(text: string, i: number): boolean {
  let j = i;
  while (j < i + 2 && text.charCodeAt(j) === 32) j++;
  const c = text.charCodeAt(j);
  if (c < 48 || c > 57) return false;
  for (let k = j; k < j + 12; k++) if (text.charCodeAt(k) === 58) return true;
  return false;
}

/** Whether `name` starts another line of `text` than the one at `start`, followed by ':' or ','. */
function speaksAgain(text: string, name: string, start: number): boolean {
  const needle = `\n${name}`;
  for (let at = text.indexOf(needle), guard = 0; at >= 0 && guard < 64; at = text.indexOf(needle, at + 1), guard++) {
    if (at + 1 === start) continue;
    const after = text.charCodeAt(at + needle.length);
    if (after === 58 || after === 44 || (after === 32 && isTimeAt(text, at + needle.length))) return true;
  }
  return start !== 0 && text.startsWith(name, 0) && (text.charCodeAt(name.length) === 58 || text.charCodeAt(name.length) === 44);
}

/** Whether no word of the speaker text[start, end) names a desk, a firm or a role ("Client Services", "Ops Desk"). */
function speakerWordsOk(text: string, start: number, end: number): boolean {
  let wordStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== 32) continue;
    let wordEnd = i;
    if (text.charCodeAt(wordEnd - 1) === 46) wordEnd--;
    if (NOT_SURNAMES.hasAt(text, wordStart, wordEnd) || ENTITY_WORDS.hasAt(text, wordStart, wordEnd) || NOT_GIVEN_FOLDED.hasAt(text, wordStart, wordEnd)) return false;
    wordStart = i + 1;
  }
  return true;
}

/** Whether the words [start, end) stand elsewhere in the text too. */
function namedAgain(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  return text.indexOf(name, end) >= 0 || text.lastIndexOf(name, start - 1) >= 0;
}

/** Whether [start, end) has no lower-case letter. */
function isAllCaps(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

function isLetterAt(text: string, i: number): boolean {
  const kind = classOf(text.charCodeAt(i));
  return kind === UPPER || kind === LOWER;
}

/** Two to four words in capitals, initials allowed: "FATOUMATA DIALLO", "THEODORA M KLINE". */
const CAPS_NAME = /[A-Z][A-Z'’-]+(?: [A-Z]\.?| [A-Z][A-Z'’-]+){1,3}(?![A-Za-z0-9])/y;

/** Whether a ':' ends what stands before `start` (past spaces): a form's label, not a heading's first word ("CLIENT INFORMATION"). */
function colonBefore(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  return text.charCodeAt(i - 1) === 58;
}

/** Whether "Account Title:" (or "Acct Title:") stands before `start`: the account's registration, a name. */
function accountTitleBefore(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  if (text.charCodeAt(end - 1) !== 58) return false;
  end--;
  let begin = wordBefore(text, end);
  if (!TITLE_WORD.hasAt(text, begin, end) || text.charCodeAt(begin - 1) !== 32) return false;
  end = begin - 1;
  begin = wordBefore(text, end);
  return ACCOUNT_WORDS.hasAt(text, begin, end);
}

const TITLE_WORD = new WordSet(['title']);
const ACCOUNT_WORDS = new WordSet(['account', 'acct']);

/** A name in capitals right after its label ("Account Title:    FATOUMATA DIALLO"); returns the index to resume at (`wordEnd` when none). */
function capsNameAfterLabel(state: ScanState, start: number, wordEnd: number): number {
  const text = state.text;
  // Cheap tests first: every word in capitals after a space comes here ("BUY AAPL", "NYSE").
  // "OH DL": a state and a document, not a name; a name's first word has three letters or more.
  if (text.charCodeAt(start + 2) === 32 || !colonBefore(text, start) || !(labelBefore(text, start) || accountTitleBefore(text, start))) return wordEnd;
  CAPS_NAME.lastIndex = start;
  if (!CAPS_NAME.test(text)) return wordEnd;
  const end = CAPS_NAME.lastIndex;
  if (!lastWordOk(text, start, end) || !speakerWordsOk(text, start, end) || namesAnEntity(text, start, end)) return wordEnd;
  state.emit('PERSON', start, end, 0.8, 'person-name', evidenceOf(undefined));
  return end;
}

/** A name as text copied from a PDF form spaces it: "Marisol  Quintanilla", "Harlan   J.  Estabrook" (one to three spaces). */
const SPACED_NAME_AFTER_GIVEN = /(?: {1,3}[A-Z]\.)?(?: {1,3}[A-Z][a-z\u00e0-\u00ff\u0100-\u017f]*['’]?[A-Z]?[a-z\u00e0-\u00ff\u0100-\u017f]+){1,2}(?: ?- ?[A-Z][a-z\u00e0-\u00ff\u0100-\u017f]+)?(?=[ \t]*(?:\r?\n|$))/y;

/**
 * A labelled name spaced out by a PDF copy ("Full  Name :   Marisol  Quintanilla"), filling the rest of its
 * line: only after a label, and only to the line's end, so the gap of a two-column form is never crossed.
 */
function spacedNameEnd(state: ScanState, start: number, end: number): number {
  const text = state.text;
  SPACED_NAME_AFTER_GIVEN.lastIndex = end;
  if (!SPACED_NAME_AFTER_GIVEN.test(text)) return end;
  const nameEnd = SPACED_NAME_AFTER_GIVEN.lastIndex;
  if (!lastWordOk(text, end, nameEnd) || NOT_SURNAMES.hasAt(text, start, end)) return end;
  state.emit('PERSON', start, nameEnd, 0.8, 'person-name', evidenceOf(undefined));
  return nameEnd;
}

/** A name column's cell: "Walter Kroeger", "Kroeger-Tate, Anneliese", "Becker Jr., Harold", "Wiśniewski, Tomasz". */
const NAME_CELL = /^[A-Z][A-Za-z\u00c0-\u017f.'’ -]+(?:, [A-Z][A-Za-z\u00c0-\u017f.'’ -]+)?$/;

/** Whether a cell is its column's header, which a quoted export writes with its quotes ('"Client Name"'). */
function isHeaderCell(cell: string, header: string): boolean {
  return cell === header || (header.length === cell.length + 2 && header.charCodeAt(0) === 34 && header.startsWith(cell, 1));
}

/** Words that make a name column's cell a fund, a plan or a firm ("Northbridge Core Bond Fd", "Wexford Dental Group PLLC"). */
const ENTITY_WORDS = new WordSet(
  ('fd fund funds lp llc pllc llp inc corp co ltd plc gmbh ag sa trust estate foundation group holdings partners ' +
    'partnership capital pension plan sleeve master portfolio bank securities advisors associates services dental ' +
    'medical clinic church school university college company bond index income growth equity opp fo sma ldi dur plus ' +
    'core macro main master credit account acct number title team ops desk custody')
    .split(' '),
);

/** Whether a word of the cell [start, end) is one of ENTITY_WORDS (case-folded). */
function namesAnEntity(text: string, start: number, end: number): boolean {
  let wordStart = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    if (c === 32 || c === 44 || c === 46) {
      if (i > wordStart && ENTITY_WORDS.hasAt(text, wordStart, i)) return true;
      wordStart = i + 1;
    }
  }
  return false;
}

/** A report's name cell: "Walter Kroeger", "PEMBERTON, CLAUDIA J" (surname first, as mainframe reports print it). */
const REPORT_NAME = /^[A-Z][A-Za-z\u00c0-\u00ff.'’-]*,?(?: [A-Z][A-Za-z\u00c0-\u00ff.'’-]*){1,3}$/;

/** A name filling its cell under a report's "NAME" header (see ScanState.fixedWidthNameCellEnd); returns its end, or -1. */
function reportNameEnd(state: ScanState, start: number): number {
  const text = state.text;
  // The cell starts here: after a gap of two spaces or at a line start.
  if (start > 0 && text.charCodeAt(start - 1) !== 10 && !(text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 32)) return -1;
  const end = state.fixedWidthNameCellEnd(start);
  if (end < 0 || end - start > 40 || !REPORT_NAME.test(text.slice(start, end)) || namesAnEntity(text, start, end)) return -1;
  state.emit('PERSON', start, end, 0.8, 'person-column', evidenceOf(state.lookup(start)));
  return end;
}

/** Whether a common surname follows the word ending at `end` ("Tabitha Smith"): checked without a regex. */
function surnameAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const first = text.charCodeAt(end + 1);
  if (first < 65 || first > 90) return false;
  let stop = end + 2;
  while (stop < end + 20) {
    const c = text.charCodeAt(stop);
    if ((c >= 97 && c <= 122) || c === 39 || (c >= 65 && c <= 90)) stop++;
    else break;
  }
  return stop - end > 2 && (kindAt(text, end + 1, stop) & SURNAME) !== 0;
}

/** Whether " X. Surname" follows the word ending at `end`: a middle initial with its full stop, then a capitalised word. */
function initialAndSurnameAfter(text: string, end: number): boolean {
  const initial = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) !== 32 || initial < 65 || initial > 90 || text.charCodeAt(end + 2) !== 46 || text.charCodeAt(end + 3) !== 32) return false;
  const start = end + 4;
  let stop = start + 1;
  while (stop < start + 20 && classOf(text.charCodeAt(stop)) === LOWER) stop++;
  // "Part B. There's": a sentence after a lettered part, not a surname.
  return stop - start >= 2 && classOf(text.charCodeAt(start)) === UPPER && (kindAt(text, start, stop) & NOT_GIVEN_NAME) === 0;
}

/** Words that letter a part of something ("Part B.", "Schedule K."), never a given name before an initial. */
const LETTERED_PARTS = new WordSet('regulation reg rule part section schedule form plan class series tier phase option exhibit appendix item note box line step type level grade unit building room lot block article chapter'.split(' '));

/** "Gonzalez, Maria" (surname first, as in exports and CRM headers). */
function lastCommaFirst(state: ScanState, start: number, end: number, surname: boolean, labelled: boolean): number {
  if (state.text.charCodeAt(end) !== 44 || !(labelled || surname)) return end;
  GIVEN_AFTER_COMMA.lastIndex = end;
  const m = GIVEN_AFTER_COMMA.exec(state.text);
  // After a label ("Client: Okafor, Dmitri") any capitalised given name will do; elsewhere a known one.
  if (!m || !(labelled ? (kindOf(m[1] ?? '') & NOT_GIVEN_NAME) === 0 : isGivenName(m[1] ?? ''))) return end;
  state.emit('PERSON', start, GIVEN_AFTER_COMMA.lastIndex, 0.7, 'person-name', evidenceOf(undefined));
  return GIVEN_AFTER_COMMA.lastIndex;
}
