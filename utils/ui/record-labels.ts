/** Plain words for what a record says: its kind, its action and the kind of customer data found. */
import type { PiiType } from '../classifier/types';
import type { ChainRecord, RecordKind } from '../wire/record';

const SURFACE: Record<string, string> = { paste: 'Paste', drop: 'Drop', upload: 'Upload' };
const OUTCOME: Record<string, string> = { blocked: 'blocked', warned: 'warned', overridden: 'sent after a warning', allowed: 'allowed', audited: 'recorded' };

const OTHER_KINDS: Record<string, string> = {
  'message.captured': 'Message kept as a business record',
  'policy.applied': 'Policy applied',
  'chain.broken': 'Record check failed',
  'storage.full': 'Storage full',
  'notice.acknowledged': 'Monitoring notice acknowledged',
};

export function recordKindLabel(kind: RecordKind): string {
  const [surface, outcome] = kind.split('.');
  if (surface && outcome && SURFACE[surface] && OUTCOME[outcome]) return `${SURFACE[surface]} ${OUTCOME[outcome]}`;
  return OTHER_KINDS[kind] ?? kind;
}

const ACTIONS: Record<ChainRecord['action'], string> = { block: 'Blocked', warn: 'Warned', audit: 'Recorded', allow: 'Allowed', none: '—' };

export function recordActionLabel(action: ChainRecord['action']): string {
  return ACTIONS[action];
}

const PII_LABELS: Record<PiiType, string> = {
  US_SSN: 'Social Security number',
  US_ITIN: 'ITIN',
  US_EIN: 'EIN',
  CREDIT_CARD: 'card number',
  US_BANK_ACCOUNT: 'bank account',
  ABA_ROUTING: 'routing number',
  BROKERAGE_ACCOUNT: 'brokerage account',
  IBAN: 'IBAN',
  US_DRIVER_LICENSE: "driver's licence",
  US_PASSPORT: 'passport number',
  DATE_OF_BIRTH: 'date of birth',
  PERSON: 'name',
  EMAIL: 'email address',
  PHONE: 'phone number',
  STREET_ADDRESS: 'street address',
};

export function piiTypeLabel(type: PiiType): string {
  return PII_LABELS[type];
}
