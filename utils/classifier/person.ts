/**
 * PERSON: a full name as written ("Maria L. Gonzalez", "Dr. Sam O'Neil" → "Sam O'Neil"). A name starts at a
 * common given name, after a title (Mr., Ms., Dr.) or a label ("Client: "), or fills a "Name" column; it
 * needs a capitalised surname that is not an ordinary capitalised word ("Chase Bank", "Thomas Street").
 */
import { Cue } from './context';
import { isGivenName } from './names';
import { evidenceOf, type ScanState } from './state';

const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mx', 'Prof', 'MR', 'MRS', 'MS', 'DR']);

const NOT_SURNAMES = new Set(
  ('bank banking street st avenue ave road rd drive dr lane ln boulevard blvd court ct place way capital securities ' +
    'financial investments investment advisors partners group fund funds trust inc llc llp corp co company holdings ' +
    'account accounts ira roth the and of for to in on at from monday tuesday wednesday thursday friday saturday ' +
    'sunday january february march april may june july august september october november december jan feb mar apr ' +
    'jun jul aug sep sept oct nov dec am pm et est pst ct ssn dob id usa us ny nyse nasdaq etf team desk office ' +
    'center centre university college school hospital county city state north south east west re fw fwd')
    .split(' '),
);

// Given name, optional middle initial(s) or middle name, surname (O'Neil, McDonald, Smith-Jones, García).
const NAME_AFTER_GIVEN = /(?: (?:[A-Z]\.?|[A-Z][a-z\u00e0-\u00ff]+))?(?: (?:[A-Z][a-z\u00e0-\u00ff]*['’-]?[A-Z]?[a-z\u00e0-\u00ff]+))(?:-[A-Z][a-z\u00e0-\u00ff]+)?(?: (?:Jr|Sr|II|III|IV)\.?)?/y;
const TITLED = /(?:Mr|Mrs|Ms|Miss|Dr|Mx|Prof)\.? ([A-Z][a-z\u00e0-\u00ff]+(?: [A-Z]\.?(?= [A-Z]))?(?: [A-Z][a-z\u00e0-\u00ff]*['’-]?[A-Z]?[a-z\u00e0-\u00ff]+)?)/y;
const LABEL_BEFORE = /(?:name|customer|client|beneficiary|holder|owner|attn|contact|insured|applicant|spouse)\s*:\s*$/i;

function lastWordOk(match: string): boolean {
  const words = match.trim().split(' ');
  const last = (words[words.length - 1] ?? '').replace(/\.$/, '').toLowerCase();
  return last.length > 1 && !NOT_SURNAMES.has(last);
}

/** Tries a name at the capitalised word [start, end); returns the index to resume at (>= end). */
export function scanCapitalisedWord(state: ScanState, start: number, end: number): number {
  const text = state.text;
  const length = end - start;
  if (length > 12) return end;
  const word = text.slice(start, end);
  if (length <= 4 && TITLES.has(word)) {
    TITLED.lastIndex = start;
    const m = TITLED.exec(text);
    if (m && m[1] && lastWordOk(m[1])) {
      const nameStart = TITLED.lastIndex - m[1].length;
      state.emit('PERSON', nameStart, TITLED.lastIndex, 0.8, 'person-title', evidenceOf(undefined));
      return TITLED.lastIndex;
    }
    return end;
  }
  const column = state.tables.isTableLine(start) ? state.tables.columnAt(start) : undefined;
  if (column && column.cue === Cue.Name && column.cellStart === start && column.cellEnd - start <= 60) {
    const cell = text.slice(start, column.cellEnd);
    if (cell !== column.header && /^[A-Z][A-Za-z\u00c0-\u00ff.'’ -]+$/.test(cell)) {
      state.emit('PERSON', start, column.cellEnd, 0.8, 'person-column', { context: [], columnHeader: column.header });
      return column.cellEnd;
    }
  }
  const labelled = start >= 2 && text.charCodeAt(start - 2) === 58 && LABEL_BEFORE.test(text.slice(Math.max(0, start - 16), start));
  if (labelled || isGivenName(word)) {
    NAME_AFTER_GIVEN.lastIndex = end;
    const m = NAME_AFTER_GIVEN.exec(text);
    if (m && lastWordOk(m[0]) && !NOT_SURNAMES.has(word.toLowerCase())) {
      state.emit('PERSON', start, NAME_AFTER_GIVEN.lastIndex, labelled ? 0.85 : 0.75, 'person-name', evidenceOf(undefined));
      return NAME_AFTER_GIVEN.lastIndex;
    }
  }
  return end;
}
