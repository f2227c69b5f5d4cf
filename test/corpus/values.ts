/**
 * Realistic values for the corpus, valid where the real thing is valid (SSA ranges, Luhn, ABA, mod 97),
 * each in the formats brokers actually paste, and the lookalikes that must stay silent.
 */
import type { Rng } from './rng';

function luhnCheckDigit(body: string): string {
  let sum = 0;
  let double = true;
  for (let i = body.length - 1; i >= 0; i--) {
    let d = Number(body[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return String((10 - (sum % 10)) % 10);
}

export function ssnDigits(r: Rng): string {
  for (;;) {
    const area = r.int(1, 899);
    if (area === 666) continue;
    return `${r.pad(area, 3)}${r.pad(r.int(1, 99), 2)}${r.pad(r.int(1, 9999), 4)}`;
  }
}

export function itinDigits(r: Rng): string {
  const groups = [...range(50, 65), ...range(70, 88), 90, 91, 92, ...range(94, 99)];
  return `9${r.digits(2)}${r.pick(groups)}${r.pad(r.int(1, 9999), 4)}`;
}

export function einDigits(r: Rng): string {
  const prefixes = [1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14, 15, 16, 20, 21, 22, 23, 24, 25, 26, 27, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 71, 72, 73, 74, 75, 76, 77, 80, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91, 92, 93, 94, 95, 98, 99];
  return `${r.pad(r.pick(prefixes), 2)}${r.digits(7)}`;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

/** Formats 9 digits as 3-2-4 with the separator given. */
export function fmt324(d: string, sep: string): string {
  return `${d.slice(0, 3)}${sep}${d.slice(3, 5)}${sep}${d.slice(5)}`;
}

export function cardDigits(r: Rng, failLuhn = false): string {
  const kind = r.int(0, 6);
  let prefix: string;
  let length: number;
  if (kind <= 1) [prefix, length] = ['4', 16];
  else if (kind === 2) [prefix, length] = [String(r.int(51, 55)), 16];
  else if (kind === 3) [prefix, length] = [String(r.int(2221, 2720)), 16];
  else if (kind === 4) [prefix, length] = [r.pick(['34', '37']), 15];
  else if (kind === 5) [prefix, length] = ['6011', 16];
  else [prefix, length] = [r.pick(['3528', '3589', '36', '3056']), 16];
  if (prefix === '36' || prefix === '3056') length = 14;
  const body = prefix + r.digits(length - prefix.length - 1);
  const check = luhnCheckDigit(body);
  return body + (failLuhn ? String((Number(check) + r.int(1, 9)) % 10) : check);
}

export function formatCard(r: Rng, d: string): string {
  const sep = r.pick([' ', '-', '', ' ']);
  if (sep === '') return d;
  if (d.length === 15) return `${d.slice(0, 4)}${sep}${d.slice(4, 10)}${sep}${d.slice(10)}`;
  if (d.length === 14) return `${d.slice(0, 4)}${sep}${d.slice(4, 10)}${sep}${d.slice(10)}`;
  return d.match(/.{1,4}/g)?.join(sep) ?? d;
}

const ROUTING_PREFIXES = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '23', '24', '25', '26', '27', '28', '29', '31', '32', '61', '63', '65', '67', '80'];
export function routingDigits(r: Rng): string {
  for (;;) {
    const body = r.pick(ROUTING_PREFIXES) + r.digits(6);
    const w = [3, 7, 1, 3, 7, 1, 3, 7];
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(body[i]) * (w[i] ?? 0);
    const check = (10 - (sum % 10)) % 10;
    return body + String(check);
  }
}

const IBAN_SPECS: [string, number, boolean][] = [
  ['DE', 22, false], ['GB', 22, true], ['FR', 27, false], ['ES', 24, false], ['NL', 18, true], ['CH', 21, false], ['IT', 27, true], ['IE', 22, true], ['BE', 16, false], ['AT', 20, false],
];
export function iban(r: Rng, spaced: boolean): string {
  const [cc, length, letters] = r.pick(IBAN_SPECS);
  let bban = '';
  const bankLetters = letters ? 4 : 0;
  for (let i = 0; i < length - 4; i++) bban += i < bankLetters ? String.fromCharCode(65 + r.int(0, 25)) : String(r.int(0, 9));
  const numeric = (bban + cc + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  const check = String(98 - rem).padStart(2, '0');
  const value = cc + check + bban;
  return spaced ? (value.match(/.{1,4}/g)?.join(' ') ?? value) : value;
}

export function brokerageAccount(r: Rng): string {
  switch (r.int(0, 6)) {
    case 0: return r.digits(8);
    case 1: return `${r.digits(4)}-${r.digits(4)}`;
    case 2: return `${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}-${r.digits(6)}`;
    case 3: return `${r.int(1, 9)}${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}-${r.digits(6)}`;
    case 4: return `${r.pick(['X', 'Z', 'Y'])}${r.digits(8)}`;
    case 5: return `${r.digits(3)}-${r.digits(6)}`;
    default: return r.digits(r.int(7, 10));
  }
}

export function bankAccount(r: Rng): string {
  return r.chance(0.8) ? r.digits(r.int(8, 14)) : `${r.digits(4)}-${r.digits(r.int(4, 8))}`;
}

export function driverLicense(r: Rng): string {
  const L = () => String.fromCharCode(65 + r.int(0, 25));
  switch (r.int(0, 5)) {
    case 0: return `${L()}${r.digits(7)}`; // CA
    case 1: return r.digits(9); // NY
    case 2: return r.digits(8); // TX
    case 3: return `${L()}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`; // IL
    case 4: return `${L()}${r.digits(12)}`; // FL (run together)
    default: return `${L()}${r.digits(8)}`;
  }
}

export function passport(r: Rng): string {
  return r.chance(0.6) ? `${r.int(1, 9)}${r.digits(8)}` : `${String.fromCharCode(65 + r.int(0, 25))}${r.digits(8)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export function date(r: Rng, yearFrom: number, yearTo: number, style?: number): string {
  const y = r.int(yearFrom, yearTo);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  switch (style ?? r.int(0, 5)) {
    case 0: return `${r.pad(m, 2)}/${r.pad(d, 2)}/${y}`;
    case 1: return `${m}/${d}/${y}`;
    case 2: return `${y}-${r.pad(m, 2)}-${r.pad(d, 2)}`;
    case 3: return `${MONTHS[m - 1]} ${d}, ${y}`;
    case 4: return `${r.pad(m, 2)}-${r.pad(d, 2)}-${y}`;
    default: return `${d} ${(MONTHS[m - 1] ?? 'May').slice(0, 3)} ${y}`;
  }
}

export function phone(r: Rng): string {
  const area = `${r.int(2, 9)}${r.digits(2)}`.replace(/^(\d)11$/, '$112');
  const ex = `${r.int(2, 9)}${r.digits(2)}`;
  const line = r.digits(4);
  switch (r.int(0, 5)) {
    case 0: return `(${area}) ${ex}-${line}`;
    case 1: return `${area}-${ex}-${line}`;
    case 2: return `${area}.${ex}.${line}`;
    case 3: return `+1 ${area} ${ex} ${line}`;
    case 4: return `1-${area}-${ex}-${line}`;
    default: return `${area} ${ex} ${line}`;
  }
}

// Deliberately includes names the classifier's compact given-name list does not hold.
export const FIRST = ['Maria', 'James', 'Wei', 'Priya', 'Robert', 'Olga', 'DeShawn', 'Linda', 'Tomasz', 'Aaliyah', 'Michael', 'Kenji', 'Fatima', 'Brian', 'Ingrid', 'Carlos', 'Susan', 'Nguyen', 'Patricia', 'Rajesh', 'Emily', 'Hector', 'Grace', 'Dmitri', 'Karen', 'Luis', 'Yuki', 'Thomas', 'Anita', 'Jorge', 'Rebecca', 'Samuel'];
export const LAST = ['Gonzalez', 'Smith', 'Chen', 'Patel', 'Johnson', 'Ivanova', 'Williams', 'Okafor', 'Kowalski', 'Brown', 'Tanaka', 'Haddad', "O'Connor", 'Nguyen', 'Garcia', 'Schmidt', 'Murphy', 'Rossi', 'Kim', 'Hernandez', 'Fischer', 'Washington', 'Lee', 'Martinez', 'Cohen', 'Baker', 'Ramirez', 'Novak', 'Davis', 'Silva', 'Anderson', 'McAllister'];
export function person(r: Rng): string {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  if (r.chance(0.25)) return `${first} ${String.fromCharCode(65 + r.int(0, 25))}. ${last}`;
  return `${first} ${last}`;
}

export function email(r: Rng, name?: string): string {
  const base = (name ?? person(r)).toLowerCase().replace(/[^a-z ]/g, '').split(' ');
  const local = r.pick([`${base[0]}.${base[base.length - 1]}`, `${(base[0] ?? 'x')[0]}${base[base.length - 1]}${r.int(1, 99)}`, `${base[0]}_${r.int(1950, 2001)}`]);
  return `${local}@${r.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'comcast.net', 'example.org'])}`;
}

const STREETS = ['Oak Ridge', 'Maple', 'Main', 'Lakeview', 'Cedar Hollow', 'Washington', 'Park', 'Elm', 'Sunset', 'Willow Creek', 'Highland', 'Madison', 'Pine', '5th', 'Riverside', 'Church'];
const SUFFIXES = ['Dr', 'St', 'Ave', 'Road', 'Blvd', 'Lane', 'Court', 'Way', 'Street', 'Avenue', 'Pl', 'Ct'];
const CITIES: [string, string, string][] = [['Austin', 'TX', '787'], ['Denver', 'CO', '802'], ['Columbus', 'OH', '432'], ['San Diego', 'CA', '921'], ['Raleigh', 'NC', '276'], ['Tampa', 'FL', '336'], ['Boise', 'ID', '837'], ['Newark', 'NJ', '071'], ['Portland', 'OR', '972'], ['Scottsdale', 'AZ', '852']];
export function street(r: Rng): string {
  const unit = r.chance(0.2) ? `, ${r.pick(['Apt', 'Suite', 'Unit'])} ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}` : '';
  return `${r.int(1, 9999)} ${r.pick(STREETS)} ${r.pick(SUFFIXES)}${unit}`;
}
export function cityLine(r: Rng): string {
  const [city, st, zip3] = r.pick(CITIES);
  return `${city}, ${st} ${zip3}${r.digits(2)}${r.chance(0.2) ? `-${r.digits(4)}` : ''}`;
}

// Lookalikes.
export function cusip(r: Rng): string {
  const body = r.digits(6) + (r.chance(0.3) ? String.fromCharCode(65 + r.int(0, 25)) : r.digits(1)) + r.digits(1);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body.charCodeAt(i);
    let v = c <= 57 ? c - 48 : c - 55;
    if (i % 2 === 1) v *= 2;
    sum += Math.floor(v / 10) + (v % 10);
  }
  return body + String((10 - (sum % 10)) % 10);
}
export function isin(r: Rng): string {
  return `US${cusip(r)}${r.int(0, 9)}`;
}
