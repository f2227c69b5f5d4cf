/**
 * The detector's evidence in words for a reviewer (issue #3: "masked evidence and the detector's explanation").
 * Records carry no clear value and no position (DESIGN.md decision 3), so the words name what was checked and
 * which context supported it, never what the value was.
 */
export interface StoredEvidence {
  checksum?: string | undefined;
  checksumPassed?: boolean | undefined;
  context: ReadonlyArray<{ word: string; start: number; end: number }>;
  columnHeader?: string | undefined;
  notes?: readonly string[] | undefined;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  US_SSN: 'SSN',
  US_ITIN: 'ITIN',
  US_EIN: 'EIN',
  CREDIT_CARD: 'card number',
  US_BANK_ACCOUNT: 'bank account number',
  ABA_ROUTING: 'ABA routing number',
  BROKERAGE_ACCOUNT: 'brokerage account number',
  IBAN: 'IBAN',
  US_DRIVER_LICENSE: "driver's licence number",
  US_PASSPORT: 'passport number',
  DATE_OF_BIRTH: 'date of birth',
  PERSON: 'person name',
  EMAIL: 'e-mail address',
  PHONE: 'phone number',
  STREET_ADDRESS: 'street address',
};

export function describeType(type: string): string {
  return TYPE_WORDS[type] ?? type;
}

/** "SSN: checksum ssa-ranges passed; context word 'ssn' (characters 0–3 of the pasted text); detector ssn, score 0.95". */
export function explainFinding(finding: { type: string; detector: string; score: number; evidence: StoredEvidence }): string {
  const { evidence } = finding;
  const parts: string[] = [];
  if (evidence.checksum) {
    const outcome = evidence.checksumPassed === false ? 'failed' : evidence.checksumPassed ? 'passed' : 'applied';
    parts.push(`checksum ${evidence.checksum} ${outcome}`);
  }
  if (evidence.context.length > 0) {
    const words = evidence.context.map((hit) => `'${hit.word}' (characters ${hit.start}–${hit.end} of the pasted text)`);
    parts.push(`${evidence.context.length === 1 ? 'context word' : 'context words'} ${words.join(', ')}`);
  } else {
    parts.push('no context word nearby');
  }
  if (evidence.columnHeader) parts.push(`under the column header '${evidence.columnHeader}'`);
  for (const note of evidence.notes ?? []) parts.push(note);
  parts.push(`detector ${finding.detector}, score ${finding.score.toFixed(2)}`);
  return `${describeType(finding.type)}: ${parts.join('; ')}`;
}
