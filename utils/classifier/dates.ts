/**
 * Dates. A date is personal data only as a date of birth, which needs birth context ("DOB", "born", a
 * "Date of Birth" column): trade and settlement dates are everywhere in broker text and must stay silent.
 */

/** Birth years we accept: customers are adults or minors on custodial accounts, born after 1900. */
export function plausibleBirthYear(year: number): boolean {
  // 1900 is a system's placeholder ("1900-01-01"), not a living customer's birth year.
  return year >= 1901 && year <= 2025;
}

/**
 * Whether eight digits are a birth date written without separators, as back-office extracts do: year first
 * ("19620513") or last ("05131962"), with a plausible birth year and a real day; or six, month first.
 */
export function compactBirthDate(digits: string): boolean {
  // Six digits: month, day and a two-digit year ("dob 072263"), as customers type them.
  if (digits.length === 6) return validDay(1900 + Number(digits.slice(4, 6)), Number(digits.slice(0, 2)), Number(digits.slice(2, 4)));
  if (digits.length !== 8) return false;
  const yearFirst = Number(digits.slice(0, 4));
  if (plausibleBirthYear(yearFirst) && validDay(yearFirst, Number(digits.slice(4, 6)), Number(digits.slice(6, 8)))) return true;
  const yearLast = Number(digits.slice(4, 8));
  return plausibleBirthYear(yearLast) && validDay(yearLast, Number(digits.slice(0, 2)), Number(digits.slice(2, 4)));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return day <= 29;
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** The year of a numeric date written as groups (m/d/y, d/m/y or y-m-d), or -1 when the groups are not a date. */
export function numericDateYear(a: string, b: string, c: string): number {
  return numericDateYearOf(a.length, Number(a), b.length, Number(b), c.length, Number(c));
}

/**
 * numericDateYear over groups given as (digit count, value): the scanner's tokens carry numbers, so a CSV
 * export's thousands of dates are checked without building a string (issue #2 speed).
 */
export function numericDateYearOf(aLength: number, a: number, bLength: number, b: number, cLength: number, c: number): number {
  if (aLength === 4 && bLength <= 2 && cLength <= 2) return validDay(a, b, c) ? a : -1;
  if (aLength > 2 || bLength > 2 || (cLength !== 2 && cLength !== 4)) return -1;
  // Two-digit years in birth dates are in the past: 61 → 1961, 05 → 2005.
  const year = cLength === 4 ? c : c <= 25 ? 2000 + c : 1900 + c;
  if (validDay(year, a, b) || validDay(year, b, a)) return year;
  return -1;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** "March 4, 1961" / "Mar. 4 1961" / "Mar-04-1961": the month name before the day. */
const MONTH_BEFORE = new RegExp(`(?<![a-z])${MONTH}(?:\\.? ?|-)$`, 'i');
/** The rest after the day: ", 1961" / "th, 1961" / " '54". */
const YEAR_AFTER_DAY = /(?:st|nd|rd|th)?(?:,? |-)((?:19|20)\d\d|['’]\d\d)(?!\d)/y;
/** "4 March 1961" / "04-Mar-1961" / "17 Aug 54": day, month name, year. */
const MONTH_YEAR_AFTER_DAY = new RegExp(`(?:st|nd|rd|th)?(?: (?:of )?${MONTH}\\.?,? |-${MONTH}-)((?:19|20)\\d\\d|['’]?\\d\\d)(?![\\d:])`, 'iy');

/**
 * Month names of the firm's international clients' languages, day first: "7 févr. 1979", "12 de mayo de 1972",
 * "3 de setembro de 1987", "14 marzo 1962", "14. März 1962" (French, Spanish, Portuguese, Italian, German).
 */
const FOREIGN_MONTH =
  '(?:janv(?:ier)?|f[ée]vr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?|' +
  'ene(?:ro)?|feb(?:rero)?|marzo|abr(?:il)?|mayo|jun(?:io)?|jul(?:io)?|ago(?:sto)?|sep(?:tiembre)?|setiembre|oct(?:ubre)?|nov(?:iembre)?|dic(?:iembre)?|' +
  'janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|' +
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|' +
  'januar|j[äa]nner|februar|m[äa]rz|maerz|juni|juli|oktober|dezember)';
const FOREIGN_MONTH_YEAR_AFTER_DAY = new RegExp(`(?:\\.|º|er)? (?:de )?${FOREIGN_MONTH}\\.?,? (?:de |del )?((?:19|20)\\d\\d)(?![\\d:])`, 'iuy');

/** A year as written: "1961", or two digits ("'54", "54") read as in birth dates (≤ 25 → 20xx, else 19xx). */
function yearOf(written: string): number {
  const digits = written.replace(/^['’]/, '');
  if (digits.length === 4) return Number(digits);
  const two = Number(digits);
  return two <= 25 ? 2000 + two : 1900 + two;
}

export interface TextDate {
  start: number;
  end: number;
  year: number;
}

/** A date written with a month name around the 1–2 digit day at [dayStart, dayEnd), if there is one. */
export function textualDateAround(text: string, dayStart: number, dayEnd: number): TextDate | undefined {
  const day = Number(text.slice(dayStart, dayEnd));
  if (day < 1 || day > 31) return undefined;
  const before = text.slice(Math.max(0, dayStart - 11), dayStart);
  const month = MONTH_BEFORE.exec(before);
  if (month) {
    YEAR_AFTER_DAY.lastIndex = dayEnd;
    const year = YEAR_AFTER_DAY.exec(text);
    if (year) return { start: dayStart - month[0].length, end: YEAR_AFTER_DAY.lastIndex, year: yearOf(year[1] ?? '') };
  }
  MONTH_YEAR_AFTER_DAY.lastIndex = dayEnd;
  const after = MONTH_YEAR_AFTER_DAY.exec(text);
  if (after) return { start: dayStart, end: MONTH_YEAR_AFTER_DAY.lastIndex, year: yearOf(after[1] ?? '') };
  FOREIGN_MONTH_YEAR_AFTER_DAY.lastIndex = dayEnd;
  const foreign = FOREIGN_MONTH_YEAR_AFTER_DAY.exec(text);
  if (foreign) return { start: dayStart, end: FOREIGN_MONTH_YEAR_AFTER_DAY.lastIndex, year: Number(foreign[1]) };
  return undefined;
}
