/**
 * The firm's own accounts (policy `houseAccounts`): its house, error, average-price, suspense and GL
 * accounts, and the bank account of its published wire instructions. They are written in the customer
 * formats, so the classifier finds them; they are the firm's books, not customer data, so a finding whose
 * whole value matches one of these patterns is dropped.
 */
import type { Finding } from './types';

const anchored = new Map<string, RegExp | null>();

/** `^(?:source)$` in Unicode mode, compiled once; null when the source is not a valid regular expression. */
function compileWhole(source: string): RegExp | null {
  let regex = anchored.get(source);
  if (regex === undefined) {
    try {
      regex = new RegExp(`^(?:${source})$`, 'u');
    } catch {
      regex = null; // The policy schema rejects an invalid pattern; here it is simply skipped.
    }
    if (anchored.size > 200) anchored.clear();
    anchored.set(source, regex);
  }
  return regex;
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** `findings` without the account findings whose value is one of the firm's own accounts. */
export function withoutHouseAccounts(text: string, findings: Finding[], patterns: readonly string[]): Finding[] {
  const regexes = patterns.map(compileWhole).filter((regex): regex is RegExp => regex !== null);
  if (regexes.length === 0) return findings;
  return findings.filter((finding) => {
    if (finding.type !== 'BROKERAGE_ACCOUNT' && finding.type !== 'US_BANK_ACCOUNT') return true;
    const value = text.slice(finding.start, finding.end).replace(INVISIBLE, '');
    return !regexes.some((regex) => regex.test(value));
  });
}
