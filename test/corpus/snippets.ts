/**
 * Sentences brokers, assistants and customers write: each returns a Doc fragment. `pii*` fragments carry a
 * high-risk value; `benign*` ones carry contact details, names and the lookalikes that must stay silent.
 */
import { Doc } from './doc';
import type { Rng } from './rng';
import * as V from './values';

const dash = (r: Rng) => (r.chance(0.1) ? r.pick(['\u2010', '\u2011', '\u2013', '\u2212']) : '-');

export function ssnFragment(r: Rng): Doc {
  const itin = r.chance(0.12);
  const digits = itin ? V.itinDigits(r) : V.ssnDigits(r);
  const type = itin ? 'US_ITIN' : 'US_SSN';
  const style = r.int(0, 9);
  const d = new Doc();
  const label = itin
    ? r.pick(['ITIN', 'ITIN:', 'ITIN #', 'tax ID (ITIN)', 'TIN'])
    : r.pick(['SSN', 'SSN:', 'SSN#', 'Social Security Number:', 'social sec #', 'SS#', 'soc sec no.', 'TIN/SSN', 'his social is', 'her social security number is', 'Tax ID:']);
  if (style === 9 && r.chance(0.5)) {
    // Value first, keyword after: "524719638 (SSN)", "524-71-9638 is her SSN".
    const value = r.chance(0.5) ? digits : V.fmt324(digits, '-');
    return d.v(type, value).t(r.pick([itin ? ' (ITIN)' : ' (SSN)', itin ? ' is his ITIN' : ' is her SSN', itin ? ' = ITIN' : ' = social']));
  }
  let value: string;
  if (style <= 5) value = V.fmt324(digits, dash(r));
  else if (style === 6) value = V.fmt324(digits, r.pick([' ', '\u00a0']));
  else if (style === 7) value = V.fmt324(digits, '\u200b-').replace('\u200b-', '-\u200b');
  else value = digits;
  // "SSN:524-71-9638", "SS#524719638": labels ending in ':' or '#' are sometimes glued to the value.
  return d.t(`${label}${/[:#]$/.test(label) && r.chance(0.3) ? '' : ' '}`).v(type, value);
}

export function cardFragment(r: Rng): Doc {
  const label = r.pick(['card', 'credit card', 'card #', 'CC:', 'Visa', 'card number', 'debit card', 'Amex', 'the card on file is', 'pay with']);
  return new Doc().t(`${label} `).v('CREDIT_CARD', V.formatCard(r, V.cardDigits(r)));
}

export function bankFragment(r: Rng): Doc {
  const d = new Doc();
  const acct = V.bankAccount(r);
  const routing = V.routingDigits(r);
  switch (r.int(0, 3)) {
    case 0: return d.t(`${r.pick(['wire to checking', 'bank acct', 'checking account #', 'savings acct', 'DDA'])} `).v('US_BANK_ACCOUNT', acct).t(`, routing `).v('ABA_ROUTING', routing);
    case 1: return d.t('ABA ').v('ABA_ROUTING', routing).t(` acct `).v('US_BANK_ACCOUNT', acct);
    case 2: return d.t(`${r.pick(['Bank account number:', 'his bank account is', 'checking'])} `).v('US_BANK_ACCOUNT', acct);
    default: return d.t('routing number ').v('ABA_ROUTING', routing).t(' and account number ').v('US_BANK_ACCOUNT', acct);
  }
}

export function brokerageFragment(r: Rng): Doc {
  if (r.chance(0.15)) return new Doc().v('BROKERAGE_ACCOUNT', V.brokerageAccount(r)).t(` ${r.pick(['is her Schwab account', 'is the joint acct', '(Roth IRA account)', 'is the account to use'])}`);
  const label = r.pick(['acct', 'acct #', 'account number', 'Account No.', 'a/c', 'brokerage acct', 'IRA acct', 'Roth IRA account', 'account', 'acct:']);
  return new Doc().t(`${label} `).v('BROKERAGE_ACCOUNT', V.brokerageAccount(r));
}

export function ibanFragment(r: Rng): Doc {
  return new Doc().t(`${r.pick(['IBAN', 'IBAN:', 'wire to IBAN', 'her EU account (IBAN)'])} `).v('IBAN', V.iban(r, r.chance(0.6)));
}

export function passportFragment(r: Rng): Doc {
  return new Doc().t(`${r.pick(['passport', 'passport no.', 'Passport #', 'US passport number', 'passport:'])} `).v('US_PASSPORT', V.passport(r));
}

export function licenseFragment(r: Rng): Doc {
  const state = r.pick(['CA', 'NY', 'TX', 'IL', 'FL', 'OH']);
  return new Doc().t(`${r.pick([`${state} DL`, 'DL#', "driver's license", 'drivers lic', 'License #', `${state} driver license no.`])} `).v('US_DRIVER_LICENSE', V.driverLicense(r));
}

export function dobFragment(r: Rng): Doc {
  return new Doc().t(`${r.pick(['DOB', 'DOB:', 'D.O.B.', 'date of birth', 'born', 'birthdate:', 'Date of Birth:', 'bday'])} `).v('DATE_OF_BIRTH', V.date(r, 1935, 2004));
}

export const PII_FRAGMENTS = [ssnFragment, ssnFragment, cardFragment, bankFragment, brokerageFragment, brokerageFragment, ibanFragment, passportFragment, licenseFragment, dobFragment];

/** Sentences with no high-risk PII: lookalikes, prices, dates, masked values, contact details. */
export function benignFragment(r: Rng): Doc {
  const d = new Doc();
  switch (r.int(0, 27)) {
    case 0: return d.t(`Order #${r.digits(9)} filled ${r.int(1, 99) * 100} ${r.pick(['AAPL', 'MSFT', 'VTI', 'T'])} @ ${r.int(10, 400)}.${r.digits(2)}`);
    case 1: return d.t(`CUSIP ${V.cusip(r)}, ISIN ${V.isin(r)}`);
    case 2: return d.t(`trade date ${V.date(r, 2025, 2026, 0)}, settles T+1 on ${V.date(r, 2025, 2026, 1)}`);
    case 3: return d.t(`CRD# ${r.digits(7)}`);
    case 4: return d.t(`confirmation ${r.digits(10)} for ${r.int(1, 50)},${r.digits(3)} shares`);
    case 5: return d.t(`your acct ending ${r.digits(4)} was credited $${r.int(1, 99)},${r.digits(3)}.${r.digits(2)}`);
    case 6: return d.t(`SSN on file: XXX-XX-${r.digits(4)}`);
    case 7: return d.t(`card ending ${r.digits(4)} declined`);
    case 8: return d.t(`Ref: ${r.digits(12)}`);
    case 9: return d.t(`ticket ${r.digits(8)} closed at ${r.int(1, 12)}:${r.pad(r.int(0, 59), 2)} PM`);
    case 10: return d.t(`mailing ZIP ${r.digits(5)}-${r.digits(4)}`);
    case 11: return d.t('call me at ').v('PHONE', V.phone(r)).t(` ext. ${r.int(10, 999)}`);
    case 12: return d.t('email ').v('EMAIL', V.email(r));
    case 13: return d.t(`server 10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)} on v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`);
    case 14: return d.t(`request id ${r.digits(8)}-${r.digits(4)}-4${r.digits(3)}-a${r.digits(3)}-${r.digits(12)}`);
    case 15: return d.t(`UPS tracking 1Z${r.digits(6)}${r.digits(10)}, USPS 9400 ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`);
    case 16: return d.t(`SSN: 000-${r.digits(2)}-${r.digits(4)} was rejected as invalid`);
    case 17: return d.t(`card ${V.formatCard(r, V.cardDigits(r, true))} failed validation`);
    case 18: return d.t(`at 2026-${r.pad(r.int(1, 12), 2)}-${r.pad(r.int(1, 28), 2)}T${r.pad(r.int(0, 23), 2)}:${r.pad(r.int(0, 59), 2)}:00Z`);
    case 19: return d.t(`limit ${r.int(10, 300)}.${r.digits(2)} on ${r.int(1, 9)},${r.digits(3)} shares, commission $${r.int(0, 30)}.${r.digits(2)}`);
    case 20: return d.t('meeting with ').v('PERSON', V.person(r)).t(` on ${V.date(r, 2026, 2026, 3)}`);
    case 21: return d.t('she lives at ').v('STREET_ADDRESS', `${V.street(r)}, ${V.cityLine(r)}`);
    case 22: return d.t(`invoice ${r.digits(9)} due ${V.date(r, 2026, 2026, 0)}`);
    case 23: return d.t(`account opened ${V.date(r, 2010, 2026, 0)}, balance $${r.int(1, 900)},${r.digits(3)}.${r.digits(2)}`);
    case 24: return d.t(`Fed funds at ${r.int(3, 5)}.${r.digits(2)}%, 10y ${r.int(3, 5)}.${r.digits(3)}%`);
    case 25: return d.t(`case ${r.digits(9)} escalated to compliance`);
    case 26: return d.t(`EIN for the trust is `).v('US_EIN', `${V.einDigits(r).replace(/^(\d\d)/, '$1-')}`);
    default: return d.t(`please fax to `).v('PHONE', V.phone(r));
  }
}

export const CHAT_FILLER = [
  'can you check on the wire?', 'thanks!', 'client wants to move the IRA over before year end', 'ok will do',
  'market is choppy today', 'did the rebalance go through?', 'sending the forms now', 'pls confirm', 'lol yes',
  'he asked about the RMD again', 'I will call her back after lunch', 'the transfer form is missing a signature',
  'compliance flagged the last email, be careful', 'Do we have the W-9?', 'New account paperwork attached',
];
