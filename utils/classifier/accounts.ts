/**
 * The firm's own account formats (policy `accountPatterns`): detected as BROKERAGE_ACCOUNT wherever they
 * appear, with an optional check digit and an optional context requirement. These are the only regexes run
 * over the whole text, one per configured pattern; compiled once per pattern source.
 */
import { checkDigitValid } from './checksums';
import { Cue } from './context';
import { evidenceOf, type ScanState } from './state';
import type { AccountPattern } from './types';

const compiled = new Map<string, RegExp | null>();

/**
 * A regular expression from policy, compiled once per source and flags; null when the source is not valid
 * (the policy schema rejects it; here it is simply skipped). Shared with house-accounts.ts.
 */
export function compilePolicyRegex(source: string, flags: string): RegExp | null {
  const key = `${flags}\u0000${source}`;
  let regex = compiled.get(key);
  if (regex === undefined) {
    try {
      regex = new RegExp(source, flags);
    } catch {
      regex = null;
    }
    if (compiled.size > 200) compiled.clear();
    compiled.set(key, regex);
  }
  return regex;
}

const ACCOUNT_CUES = Cue.Account | Cue.Brokerage | Cue.Bank;

export function scanFirmAccounts(state: ScanState, patterns: readonly AccountPattern[]): void {
  for (const pattern of patterns) {
    const regex = compilePolicyRegex(pattern.pattern, 'gu');
    if (!regex) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(state.text); m !== null; m = regex.exec(state.text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      const digits = m[0].replace(/\D+/g, '');
      if (!checkDigitValid(pattern.checkDigit, digits)) continue;
      const lookup = state.lookup(start);
      if (pattern.requiresContext && (lookup.cue & ACCOUNT_CUES) === 0) continue;
      const checksum = pattern.checkDigit && pattern.checkDigit !== 'none' ? pattern.checkDigit : undefined;
      state.emit('BROKERAGE_ACCOUNT', start, end, 0.99, `firm-account:${pattern.name}`, evidenceOf(lookup, checksum, [pattern.name]));
    }
  }
}
