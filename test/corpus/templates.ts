/** Document kinds brokers paste: chats, CRM notes, emails, CSV/TSV exports, blotters, account forms, raw HTML. */
import { Doc } from './doc';
import type { Rng } from './rng';
import { benignFragment, CHAT_FILLER, PII_FRAGMENTS } from './snippets';
import * as V from './values';

type Builder = (r: Rng, pii: boolean) => Doc;

function sentence(r: Rng, pii: boolean): Doc {
  if (pii) return r.pick(PII_FRAGMENTS)(r);
  return r.chance(0.5) ? new Doc().t(r.pick(CHAT_FILLER)) : benignFragment(r);
}

/** Lines of free text where `piiCount` randomly placed lines carry a high-risk value. */
function lines(r: Rng, count: number, piiCount: number, prefix: (i: number) => string): Doc {
  const doc = new Doc();
  const piiAt = new Set<number>();
  while (piiAt.size < Math.min(piiCount, count)) piiAt.add(r.int(0, count - 1));
  for (let i = 0; i < count; i++) {
    doc.t(prefix(i));
    doc.append(sentence(r, piiAt.has(i)));
    if (r.chance(0.3)) doc.t(r.pick(['.', ' thx', ' — pls handle', '!', '']));
    if (r.chance(0.25) && !piiAt.has(i)) doc.t(' ').append(benignFragment(r));
    doc.t('\n');
  }
  return doc;
}

const chat: Builder = (r, pii) => {
  const speakers = ['Broker', 'Assistant', 'Client', 'jdoe', 'ops-desk', 'mkim'];
  let minute = r.int(0, 500);
  return lines(r, r.int(3, 12), pii ? r.int(1, 2) : 0, () => {
    minute += r.int(0, 7);
    return `[${r.pad(9 + Math.floor(minute / 60) % 8, 2)}:${r.pad(minute % 60, 2)}] ${r.pick(speakers)}: `;
  });
};

const crmNote: Builder = (r, pii) => {
  const name = V.person(r);
  const written = r.chance(0.2) ? `${name.split(' ').slice(-1)[0]}, ${name.split(' ')[0]}` : name;
  const d = new Doc().t(`${r.pick(['Client', 'Customer', 'Name', 'Account holder'])}: `).v('PERSON', written).t('\n');
  if (r.chance(0.6)) d.t('Phone: ').v('PHONE', V.phone(r)).t('\n');
  if (r.chance(0.5)) d.t('Email: ').v('EMAIL', V.email(r)).t('\n');
  if (r.chance(0.4)) d.t('Address: ').v('STREET_ADDRESS', `${V.street(r)}, ${V.cityLine(r)}`).t('\n');
  d.t('Notes: ').append(lines(r, r.int(1, 4), pii ? 1 : 0, () => ''));
  return d;
};

const email: Builder = (r, pii) => {
  const sender = V.person(r);
  const d = new Doc().t(`Subject: ${r.pick(['Account update', 'Re: transfer', 'Fwd: new account', 'Quick question', 'Paperwork'])}\n\nHi ${r.pick(V.FIRST)},\n\n`);
  d.append(lines(r, r.int(2, 5), pii ? r.int(1, 2) : 0, () => ''));
  d.t(`\n${r.pick(['Best', 'Thanks', 'Regards'])},\n`).v('PERSON', sender).t(`\n${r.pick(['Financial Advisor', 'Client Associate', 'Registered Representative'])}\n`);
  d.v('PHONE', V.phone(r)).t('\n').v('EMAIL', V.email(r, sender)).t('\n');
  return d;
};

type Column = [header: string, cell: (r: Rng, d: Doc) => void, highRisk: boolean];
const COLUMNS: Column[] = [
  ['Name', (r, d) => void d.v('PERSON', r.chance(0.15) ? V.person(r).toUpperCase() : V.person(r)), false],
  ['SSN', (r, d) => void d.v('US_SSN', r.chance(0.5) ? V.ssnDigits(r) : V.fmt324(V.ssnDigits(r), '-')), true],
  ['DOB', (r, d) => void d.v('DATE_OF_BIRTH', V.date(r, 1935, 2004, r.pick([0, 1, 2]))), true],
  ['Account #', (r, d) => void d.v('BROKERAGE_ACCOUNT', V.brokerageAccount(r)), true],
  ['Email', (r, d) => void d.v('EMAIL', V.email(r)), false],
  ['Phone', (r, d) => void d.v('PHONE', V.phone(r)), false],
  ['City', (r, d) => void d.t(r.pick(['Austin', 'Denver', 'Tampa', 'Boise'])), false],
  ['Balance', (r, d) => void d.t(`${r.int(1, 900)}${r.digits(3)}.${r.digits(2)}`), false],
  ['Rep CRD', (r, d) => void d.t(r.digits(7)), false],
  ['Opened', (r, d) => void d.t(V.date(r, 2005, 2026, 0)), false],
  ['Zip', (r, d) => void d.t(r.digits(5)), false],
];

/** A CSV/TSV export: a header row and `rows` rows (3–12 when not given). Also used by the bench for 200 KB exports. */
export function table(r: Rng, pii: boolean, delimiter: string, rowCount?: number): Doc {
  const chosen = COLUMNS.filter(([, , risky]) => (pii ? r.chance(risky ? 0.6 : 0.6) : !risky && r.chance(0.7)));
  if (pii && !chosen.some(([, , risky]) => risky)) chosen.push(COLUMNS[1] as Column);
  if (chosen.length < 2) chosen.unshift(COLUMNS[0] as Column);
  const d = new Doc().t(chosen.map(([h]) => h).join(delimiter)).t('\n');
  const rows = rowCount ?? r.int(3, 12);
  for (let i = 0; i < rows; i++) {
    chosen.forEach(([, cell], k) => {
      if (k > 0) d.t(delimiter);
      cell(r, d);
    });
    d.t('\n');
  }
  return d;
}

const csv: Builder = (r, pii) => table(r, pii, ',');
const tsv: Builder = (r, pii) => table(r, pii, '\t');

/** A trade blotter: header and rows (3–15 when not given); with `pii`, an account column. */
export function blotterTable(r: Rng, pii: boolean, rowCount?: number): Doc {
  const d = new Doc().t(`Trade Date\t${pii ? 'Account\t' : ''}Side\tSymbol\tCUSIP\tQty\tPrice\tOrder ID\n`);
  for (let i = rowCount ?? r.int(3, 15); i > 0; i--) {
    d.t(`${V.date(r, 2026, 2026, 0)}\t`);
    if (pii) d.v('BROKERAGE_ACCOUNT', V.brokerageAccount(r)).t('\t');
    d.t(`${r.pick(['BUY', 'SELL'])}\t${r.pick(['AAPL', 'MSFT', 'NVDA', 'BND', 'SPY'])}\t${V.cusip(r)}\t${r.int(1, 50)},${r.digits(3)}\t${r.int(10, 500)}.${r.digits(2)}\t${r.digits(9)}\n`);
  }
  return d;
}

const blotter: Builder = (r, pii) => blotterTable(r, pii);

const accountForm: Builder = (r, pii) => {
  const d = new Doc().t('NEW ACCOUNT APPLICATION\nApplicant: ').v('PERSON', V.person(r)).t('\nHome address: ').v('STREET_ADDRESS', `${V.street(r)}, ${V.cityLine(r)}`).t('\n');
  if (pii) {
    for (const f of PII_FRAGMENTS.slice().sort(() => r.next() - 0.5).slice(0, r.int(1, 4))) d.append(f(r)).t('\n');
  } else d.t(`Employer: Acme Corp (EIN on file)\nInvestment objective: ${r.pick(['growth', 'income', 'preservation'])}\nRisk tolerance: moderate\n`);
  return d.t('Primary phone: ').v('PHONE', V.phone(r)).t('\n');
};

const html: Builder = (r, pii) => {
  const d = new Doc().t('<div class="msg"><p>');
  if (pii) {
    const digits = V.ssnDigits(r);
    if (r.chance(0.5)) d.t('Client <b>SSN</b>: <span>').v('US_SSN', `${digits.slice(0, 3)}</span>-${digits.slice(3, 5)}-${digits.slice(5)}`);
    else d.t('SSN&nbsp;').v('US_SSN', `${digits.slice(0, 3)}&#8209;${digits.slice(3, 5)}&#8209;${digits.slice(5)}`);
  } else d.t(`Order <b>#${r.digits(9)}</b> at <i>${r.int(10, 99)}.${r.digits(2)}</i>`);
  d.t('</p><table><tr><td>Qty</td><td>Price</td></tr><tr><td>').t(r.digits(3)).t('</td><td>').t(r.digits(6)).t('</td></tr></table></div>');
  return d;
};

export const KINDS: Record<string, Builder> = { chat, crmNote, email, csv, tsv, blotter, accountForm, html };
