/**
 * The pure PII classifier (issue #2 §2). Synchronous and dependency-free: it runs inside the paste handler
 * of every frame, in the service worker, in the server and in Node.
 */
import { scanFirmAccounts } from './accounts';
import { balanceMarkup } from './markup-span';
import { withoutHouseAccounts } from './house-accounts';
import { findRepeats } from './repeats';
import { findSiblings } from './siblings';
import { resolveOverlaps } from './resolve';
import { scan } from './scan';
import { ScanState } from './state';
import type { ClassifyOptions, Finding } from './types';

export type { AccountPattern, ClassifyOptions, ContextHit, Evidence, Finding, PiiType } from './types';
export { HIGH_RISK_TYPES, PII_TYPES } from './types';
export { describeFindings, mask } from './mask';
export { fingerprint, importFingerprintKey, normalizeForFingerprint } from './fingerprint';

const DEFAULT_MIN_SCORE = 0.5;

/** Findings in `text`: sorted by start, non-overlapping, offsets are UTF-16 indices into `text` (end-exclusive). */
export function classify(text: string, options: ClassifyOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const house = options.houseAccounts;
  if (house && house.length > 0) return withoutHouseAccounts(text, classify(text, { ...options, houseAccounts: undefined }), house);
  const patterns = options.accountPatterns ?? [];
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  if (patterns.length === 0) {
    const state = new ScanState(text, patterns, minScore, false);
    scan(state);
    if (state.inOrder) return withRepeats(text, state.resolved, minScore);
  }
  // Firm patterns, or a recognizer that looked back: keep every finding, then sort and resolve.
  const state = new ScanState(text, patterns, minScore, true);
  scan(state);
  if (patterns.length > 0) scanFirmAccounts(state, patterns);
  return withRepeats(text, resolveOverlaps(state.findings, minScore), minScore);
}

/** `resolved` plus the unlabelled repeats of its values (repeats.ts) and its accounts' siblings (siblings.ts), sorted and resolved again when there are any; inline tags balanced (markup-span.ts). */
function withRepeats(text: string, resolved: Finding[], minScore: number): Finding[] {
  const repeats = findRepeats(text, resolved);
  repeats.push(...findSiblings(text, resolved));
  return balanceMarkup(text, repeats.length === 0 ? resolved : resolveOverlaps([...resolved, ...repeats], minScore));
}
