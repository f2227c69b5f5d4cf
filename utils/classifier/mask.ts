/**
 * Display and record forms (DESIGN.md decision 3): enough for a broker or a supervisor to recognise which
 * value it was, never enough to reconstruct it — at most the last 4 characters, fewer for short values.
 */
import type { Finding, PiiType } from './types';

/** The value without HTML tags and entities, which a raw-HTML paste carries inside numbers. */
export function stripMarkup(value: string): string {
  return value.replace(/<[^<>]*>|&#?[A-Za-z0-9]+;/g, ' ');
}

function alnumOf(value: string): string {
  return value.replace(/[^0-9A-Za-z]+/g, '');
}

/** The last characters that may be shown: 4 of a long id, 2 of a short one, none of a very short one. */
function tail(chars: string): string {
  if (chars.length >= 8) return chars.slice(-4);
  if (chars.length >= 5) return chars.slice(-2);
  return '';
}

const DOTS = '••••';

export function mask(type: PiiType, rawValue: string): string {
  const value = stripMarkup(rawValue);
  const chars = alnumOf(value);
  const digits = value.replace(/\D+/g, '');
  switch (type) {
    case 'US_SSN':
    case 'US_ITIN':
      return `***-**-${digits.length === 9 ? digits.slice(-4) : '****'}`;
    case 'US_EIN':
      return `**-***${digits.length === 9 ? digits.slice(-4) : '****'}`;
    case 'CREDIT_CARD':
      return digits.length >= 12 ? `card ending ${digits.slice(-4)}` : 'card number';
    case 'PHONE':
      return digits.length >= 7 ? `***-***-${digits.slice(-4)}` : '***-***-****';
    case 'IBAN':
      // The country code is letters and says nothing about the account; anything else is hidden.
      return chars.length >= 15 && /^[A-Za-z]{2}/.test(chars) ? `${chars.slice(0, 2).toUpperCase()}${DOTS}${chars.slice(-4)}` : `IBAN ${DOTS}${tail(chars)}`;
    case 'DATE_OF_BIRTH': {
      const year = /(?:19|20)\d\d/.exec(value);
      return year ? `**/**/${year[0].slice(0, 2)}**` : '**/**/****';
    }
    case 'PERSON': {
      const initials = value.split(/[\s,]+/).filter((w) => /^[A-Za-z\u00c0-\u024f]/.test(w)).map((w) => `${w[0]?.toUpperCase()}.`);
      return initials.slice(0, 4).join(' ') || '(name)';
    }
    case 'EMAIL': {
      const at = value.lastIndexOf('@');
      if (at <= 0) return '***@***';
      return `${value[0]}***@${value.slice(at + 1).toLowerCase()}`;
    }
    case 'STREET_ADDRESS': {
      const zip = /\b([A-Z]{2}) (\d{3})\d\d(?:-\d{4})?\s*$/.exec(value);
      return zip ? `street address (${zip[1]} ${zip[2]}**)` : 'street address';
    }
    case 'US_BANK_ACCOUNT':
    case 'BROKERAGE_ACCOUNT':
    case 'ABA_ROUTING':
    case 'US_DRIVER_LICENSE':
    case 'US_PASSPORT':
      return `${DOTS}${tail(chars)}`;
  }
}

const LABELS: Record<PiiType, string> = {
  US_SSN: 'SSN', US_ITIN: 'ITIN', US_EIN: 'EIN', CREDIT_CARD: '', US_BANK_ACCOUNT: 'bank account',
  ABA_ROUTING: 'routing number', BROKERAGE_ACCOUNT: 'account', IBAN: 'IBAN', US_DRIVER_LICENSE: "driver's licence",
  US_PASSPORT: 'passport', DATE_OF_BIRTH: 'date of birth', PERSON: 'name', EMAIL: 'email', PHONE: 'phone', STREET_ADDRESS: '',
};

/** "SSN ***-**-6789, card ending 4471" — for the in-page notice. Duplicates collapse; long lists are cut short. */
export function describeFindings(text: string, findings: readonly Finding[], limit = 5): string {
  const items: string[] = [];
  for (const finding of findings) {
    const masked = mask(finding.type, text.slice(finding.start, finding.end));
    const label = LABELS[finding.type];
    const item = label ? `${label} ${masked}` : masked;
    if (!items.includes(item)) items.push(item);
  }
  if (items.length <= limit) return items.join(', ');
  return `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`;
}
