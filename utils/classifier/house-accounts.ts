/**
 * The firm's own accounts (policy `houseAccounts`): its house, error, average-price, suspense and GL
 * accounts, and the bank account of its published wire instructions. They are written in the customer
 * formats, so the classifier finds them; they are the firm's books, not customer data, so a finding whose
 * whole value matches one of these patterns is dropped.
 */
import { compilePolicyRegex } from './accounts';
import { withoutIgnorable } from './chars';
import type { Finding } from './types';

/** `^(?:source)$`: a pattern matches an account's whole value, never a part of it. */
function compileWhole(source: string): RegExp | null {
  return compilePolicyRegex(`^(?:${source})$`, 'u');
}

/** `findings` without the account findings whose value is one of the firm's own accounts. */
export function withoutHouseAccounts(text: string, findings: Finding[], patterns: readonly string[]): Finding[] {
  const regexes = patterns.map(compileWhole).filter((regex): regex is RegExp => regex !== null);
  if (regexes.length === 0) return findings;
  return findings.filter((finding) => {
    if (finding.type !== 'BROKERAGE_ACCOUNT' && finding.type !== 'US_BANK_ACCOUNT') return true;
    const value = withoutIgnorable(text.slice(finding.start, finding.end));
    return !regexes.some((regex) => regex.test(value));
  });
}
