/**
 * Check-digit and range rules for identifiers that carry their own validity (issue #2 §2). Each takes the
 * identifier's digits (or characters) only, already stripped of separators, and never throws.
 */

/** Luhn (mod 10) over a digit string: payment cards and many firm account numbers. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** ABA routing number: 3-7-1 weighted checksum and a Federal Reserve prefix (00–12, 21–32, 61–72, 80). */
export function abaRoutingValid(digits: string): boolean {
  // "000000000" passes the checksum: a placeholder, not a bank.
  if (digits.length !== 9 || digits === '000000000') return false;
  const prefix = numberAt(digits, 0, 2);
  const prefixOk = prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
  if (!prefixOk) return false;
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (weights[i] ?? 0);
  return sum % 10 === 0;
}

/** The number written by digits[from, to) (no allocation: validators run once per candidate). */
function numberAt(digits: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (digits.charCodeAt(i) - 48);
  return n;
}

/** SSA rules: no area 000, 666 or 900–999, no group 00, no serial 0000. */
export function ssnValid(digits: string): boolean {
  return digits.length === 9 && ssnNumberValid(numberAt(digits, 0, 9));
}

/**
 * ssnValid over the nine digits read as one number (the scanner reads digit groups as numbers, so an export's
 * thousands of SSNs are checked without building a string; issue #2 speed).
 */
export function ssnNumberValid(nine: number): boolean {
  const area = Math.floor(nine / 1e6);
  return area !== 0 && area !== 666 && area < 900 && Math.floor(nine / 1e4) % 100 !== 0 && nine % 1e4 !== 0;
}

/**
 * Numbers published as examples (Woolworth's wallet card 078-05-1120, the SSA's 219-09-9999, the range
 * 987-65-4320 to 987-65-4329 the SSA reserves for advertising) and the keyboard walk 123-45-6789: they fail
 * validation as the issue asks (policy texts, training decks and test scripts quote them), so they are
 * scored below the default threshold — not reported, never blocking — and kept with a note for a caller that
 * asks for low scores.
 */
const SAMPLE_SSNS = new Set([78051120, 219099999, 123456789, 111111111, 333333333]);
export function isSampleSsn(digits: string): boolean {
  return digits.length === 9 && isSampleSsnNumber(numberAt(digits, 0, 9));
}
export function isSampleSsnNumber(nine: number): boolean {
  return SAMPLE_SSNS.has(nine) || (nine >= 987654320 && nine <= 987654329);
}

/**
 * The card networks' and processors' published test numbers (Visa 4111 1111 1111 1111, Stripe's 4242…, the
 * Mastercard, Amex, Discover, JCB and Diners test cards, and any made of an issuer prefix and zeros): they pass Luhn and belong to no one. Like the sample
 * SSNs they are found but scored below the reporting threshold.
 */
const TEST_CARDS = new Set([
  '4111111111111111', '4242424242424242', '4012888888881881', '4222222222222', '4000056655665556', '4000000000000002',
  '5555555555554444', '5105105105105100', '5200828282828210', '2223003122003222', '378282246310005', '371449635398431',
  '378734493671000', '6011111111111117', '6011000990139424', '3530111333300000', '3566002020360505', '30569309025904',
  '38520000023237', '6200000000000005',
]);
export function isTestCardNumber(digits: string): boolean {
  return TEST_CARDS.has(digits) || mostlyZeros(digits);
}

/** The issuer's prefix, then zeros, then a check digit ("5500 0000 0000 0004", "340000000000009"): test cards, no one's account. */
function mostlyZeros(digits: string): boolean {
  let zeros = 0;
  for (let i = 0; i < digits.length; i++) if (digits.charCodeAt(i) === 48) zeros++;
  return zeros >= 9;
}

/** ITIN: 9xx-GG-xxxx with the group in 50–65, 70–88, 90–92 or 94–99. */
export function itinValid(digits: string): boolean {
  return digits.length === 9 && itinNumberValid(numberAt(digits, 0, 9));
}
export function itinNumberValid(nine: number): boolean {
  if (nine < 9e8) return false;
  const group = Math.floor(nine / 1e4) % 100;
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
}

/** EIN campus prefixes the IRS assigns (the others — 00, 07–09, 17–19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97 — never occur). */
const INVALID_EIN_PREFIXES = new Set([0, 7, 8, 9, 17, 18, 19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97]);
export function einValid(digits: string): boolean {
  return digits.length === 9 && einPrefixValid(numberAt(digits, 0, 2));
}
export function einPrefixValid(prefix: number): boolean {
  return !INVALID_EIN_PREFIXES.has(prefix);
}

/** Card issuer from the leading digits and the length, or undefined when no major network issues it. */
export function cardIssuer(digits: string): string | undefined {
  const n = digits.length;
  const p2 = numberAt(digits, 0, 2);
  const p3 = numberAt(digits, 0, 3);
  const p4 = numberAt(digits, 0, 4);
  const p6 = numberAt(digits, 0, 6);
  if (digits.charCodeAt(0) === 52 && (n === 13 || n === 16 || n === 19)) return 'Visa';
  if (n === 16 && ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))) return 'Mastercard';
  if (n === 15 && (p2 === 34 || p2 === 37)) return 'Amex';
  if (n >= 16 && n <= 19 && (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925))) return 'Discover';
  if ((n === 14 || n === 16) && ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39)) return 'Diners Club';
  if (n >= 16 && n <= 19 && p4 >= 3528 && p4 <= 3589) return 'JCB';
  return undefined;
}

/** CUSIP check digit (9 characters, letters A=10…, *=36, @=37, #=38): a security id, never PII. */
export function cusipValid(value: string): boolean {
  if (value.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = value.charCodeAt(i);
    let v: number;
    if (c >= 48 && c <= 57) v = c - 48;
    else if (c >= 65 && c <= 90) v = c - 55;
    else return false;
    if (i % 2 === 1) v *= 2;
    sum += Math.floor(v / 10) + (v % 10);
  }
  return (10 - (sum % 10)) % 10 === value.charCodeAt(8) - 48;
}

/** ISO 7064 mod 97-10 over an IBAN (country + check + BBAN, upper case, no spaces). */
export function ibanMod97Valid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    if (c >= 48 && c <= 57) remainder = (remainder * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) remainder = (remainder * 100 + (c - 55)) % 97;
    else return false;
  }
  return remainder === 1;
}

/** Generic check-digit rules for firm account patterns (`AccountPattern.checkDigit`). */
export function checkDigitValid(rule: 'luhn' | 'mod10' | 'mod11' | 'none' | undefined, digits: string): boolean {
  if (!rule || rule === 'none') return true;
  if (rule === 'luhn') return luhnValid(digits);
  if (digits.length < 2) return false;
  const body = digits.slice(0, -1);
  const check = digits.charCodeAt(digits.length - 1) - 48;
  let sum = 0;
  if (rule === 'mod10') {
    // Sum of the digits weighted 1, 2, 1, 2… from the right, check = (10 − sum mod 10) mod 10.
    for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 2 ? 1 : 2) sum += (body.charCodeAt(i) - 48) * w;
    return (10 - (sum % 10)) % 10 === check;
  }
  // mod11: weights 2, 3, 4… from the right; a remainder of 10 is written as 0.
  for (let i = body.length - 1, w = 2; i >= 0; i--, w++) sum += (body.charCodeAt(i) - 48) * w;
  return ((11 - (sum % 11)) % 11) % 10 === check;
}

/** ISIN: 2-letter country, 9 characters, a check digit (Luhn over letters expanded to numbers). A security id. */
export function isinValid(value: string): boolean {
  if (!/^[A-Z]{2}[A-Z0-9]{9}\d$/.test(value)) return false;
  let expanded = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    expanded += c >= 65 ? String(c - 55) : value[i];
  }
  return luhnValid(expanded);
}
