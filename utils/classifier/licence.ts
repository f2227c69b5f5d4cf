/**
 * A licence number that is a professional's, not a customer's driver's licence: "Lantern Pacific Insurance
 * Services (CA Lic. 0H98832)", "Agent # BA-30418   CA Lic 0K41227", "landscape contractor   CSLB Lic 1028847".
 * The licence keyword alone cannot tell them apart; the words before it on its line can.
 */
import type { Lookup } from './state';
import { WordSet } from './word-set';

const PROFESSIONS = new WordSet(
  ('insurance agent agency producer contractor contractors cslb cpa attorney notary realtor broker-dealer npn ' +
    // An insurance producer's lines of authority and states ("Health, Variable Annuity - License No.", "Non-resident: OH, License #")…
    'annuity annuities variable health casualty adjuster resident non-resident ' +
    // …and the licensed professions a firm's recruiting and referral texts name.
    'licensed clinical social worker lcsw nurse rn physician pharmacist therapist psychologist counselor appraiser architect engineer esq lawyer bar')
    .split(' '),
);
/** Words that make it a driver's licence whatever stands before them: "Agent ID: NY Driver License 712 408 339". */
const DRIVING = new WordSet(['driver', "driver's", 'drivers', 'driving', 'dl', 'dmv']);
const REACH = 60;

/** Whether a profession's word stands before the licence keyword of `lookup` on its line (within 60 characters). */
export function professionalLicence(text: string, lookup: Lookup): boolean {
  const keyword = lookup.window.wordStart;
  if (keyword < 0 || lookup.column) return false;
  const from = Math.max(0, keyword - REACH);
  let end = keyword;
  while (end > from) {
    while (end > from && !isLetter(text.charCodeAt(end - 1))) {
      if (text.charCodeAt(end - 1) === 10) return false;
      end--;
    }
    let start = end;
    while (start > from && (isLetter(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 45 || text.charCodeAt(start - 1) === 39)) start--;
    if (start < end && DRIVING.hasAt(text, start, end)) return false;
    if (start < end && PROFESSIONS.hasAt(text, start, end)) return true;
    end = start;
  }
  return false;
}

function isLetter(c: number): boolean {
  const lower = c | 32;
  return lower >= 97 && lower <= 122;
}
