/**
 * IBANs: country code, two check digits, a country-specific number of characters, mod 97 = 1. Printed with
 * spaces every four characters ("DE89 3704 0044 0532 0130 00") or run together.
 */
import { ibanMod97Valid } from './checksums';
import { entitySeparator, isSpaceSeparator } from './chars';

// Lengths per ISO 13616 registry (countries a US broker-dealer's customers plausibly bank in, and all of SEPA).
const LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27,
  GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LI: 21, LT: 20, LU: 20,
  LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25,
  QA: 29, RO: 24, RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26, UA: 29, VG: 24, XK: 20,
};

export interface IbanMatch {
  end: number;
  value: string;
}

/** Reads an IBAN starting at `start` (the country code), or undefined when none stands there. */
export function readIban(text: string, start: number): IbanMatch | undefined {
  const length = LENGTHS[text.slice(start, start + 2).toUpperCase()];
  if (!length) return undefined;
  let value = '';
  let i = start;
  let end = start;
  // Typed in lower case ("de28 5007 …") as well as printed in capitals; never in mixed case.
  let lower = false;
  let upper = false;
  let breaks = 0;
  while (value.length < length && i < text.length) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) upper = true;
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (alnum) {
      value += text[i];
      i++;
      end = i;
    } else if (value.length % 4 === 0 && value.length > 0 && isSpaceSeparator(c)) i++;
    // Wrapped by a mail client or a PDF at a group boundary ("FR14 3000 4013 8700\n0127 7480 162"): once.
    else if (value.length % 4 === 0 && value.length > 0 && (c === 10 || c === 13) && breaks++ === 0) i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    else if (value.length % 4 === 0 && value.length > 0 && c === 38) {
      // Copied HTML writes the spaces as entities: "DE59&nbsp;3497&nbsp;0121…".
      const entity = entitySeparator(text, i);
      if (!entity || entity.kind !== ' ') break;
      i = entity.next;
    } else break;
  }
  if (value.length !== length || (lower && upper)) return undefined;
  value = value.toUpperCase();
  const next = text.charCodeAt(end);
  if ((next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) return undefined;
  return ibanMod97Valid(value) ? { end, value } : undefined;
}

/**
 * The example IBANs that standards and documentation print (ECBS and Wikipedia's German and British examples):
 * they pass mod 97 and belong to no one, like the card networks' test numbers. Kept to the three best known:
 * a blind corpus writer used less famous ones (the Swiss and French registry examples) as a customer's IBAN.
 */
const EXAMPLE_IBANS = new Set(['DE89370400440532013000', 'GB82WEST12345698765432', 'GB29NWBK60161331926819']);

/** Whether `value` (upper case, no spaces) is a published example IBAN. */
export function isExampleIban(value: string): boolean {
  return EXAMPLE_IBANS.has(value);
}
