/**
 * The classifier's public types. Pure: imported by the content script, the worker, the server and Node tools.
 */

export const PII_TYPES = [
  'US_SSN',
  'US_ITIN',
  'US_EIN',
  'CREDIT_CARD',
  'US_BANK_ACCOUNT',
  'ABA_ROUTING',
  'BROKERAGE_ACCOUNT',
  'IBAN',
  'US_DRIVER_LICENSE',
  'US_PASSPORT',
  'DATE_OF_BIRTH',
  'PERSON',
  'EMAIL',
  'PHONE',
  'STREET_ADDRESS',
] as const;

export type PiiType = (typeof PII_TYPES)[number];

/**
 * Types whose presence makes a document "should block" on an unapproved destination (issue #2):
 * identifiers that let someone open an account or move money in a customer's name.
 */
export const HIGH_RISK_TYPES: ReadonlySet<PiiType> = new Set<PiiType>([
  'US_SSN',
  'US_ITIN',
  'CREDIT_CARD',
  'US_BANK_ACCOUNT',
  'BROKERAGE_ACCOUNT',
  'IBAN',
  'US_PASSPORT',
  'US_DRIVER_LICENSE',
  'DATE_OF_BIRTH',
]);

/** A context word (or column header) that supported a finding, with where it stands in the text. */
export interface ContextHit {
  word: string;
  start: number;
  end: number;
}

/** Why the detector believes what it found: shown to supervisors, stored in records (never the value). */
export interface Evidence {
  /** The checksum or validity rule applied, e.g. 'luhn', 'aba-3-7-1', 'iban-mod97', 'ssa-ranges'. */
  checksum?: string;
  checksumPassed?: boolean;
  /** Keywords found near the value. */
  context: ContextHit[];
  /** The CSV/TSV/table column header the value sits under, when there is one. */
  columnHeader?: string;
  /** Free-form notes a reviewer can read ("issuer Visa, 16 digits"; "row shape name, SSN, DOB"). */
  notes?: string[];
}

export interface Finding {
  type: PiiType;
  /** JavaScript string index (UTF-16 code units) of the first character. */
  start: number;
  /** End-exclusive JavaScript string index. */
  end: number;
  /** Confidence 0–1. */
  score: number;
  /** Detector id, e.g. 'ssn', 'card-luhn', 'firm-account:Acme'. */
  detector: string;
  evidence: Evidence;
}

/** A firm's own account-number format, from policy (`accountPatterns`). */
export interface AccountPattern {
  /** A name shown to reviewers: "Acme brokerage account". */
  name: string;
  /** A JavaScript regular-expression source matched against the text (no flags; the classifier adds its own). */
  pattern: string;
  /** Optional check-digit rule the whole match (digits only) must pass. */
  checkDigit?: 'luhn' | 'mod10' | 'mod11' | 'none';
  /** Context needed too? Firm formats are usually distinctive enough not to need it. */
  requiresContext?: boolean;
}

export interface ClassifyOptions {
  accountPatterns?: readonly AccountPattern[];
  /** The firm's own accounts (policy `houseAccounts`): regular expressions an account value must match whole to be dropped. */
  houseAccounts?: readonly string[];
  /** Findings below this score are dropped (default 0.5). */
  minScore?: number;
}
