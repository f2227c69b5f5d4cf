/**
 * The recognizers' view of one run of digit groups (numeric.ts): group lengths, values and separators read
 * from the reused NumericToken, and one context lookup per run.
 */
import type { Lookup, ScanState } from './state';
import { SEP_DOT, SEP_SLASH, type NumericToken } from './tokens';

/** 10 ** n for a group's digit count (Math.pow per SSN showed in profiles). */
const POWERS_OF_TEN = Array.from({ length: 20 }, (_, n) => 10 ** n);

/** Reads a token's groups for the patterns; one per classify() call, reset for each token. */
export class Cursor {
  private lookupStart = -1;
  private lookupFound: Lookup | undefined;
  constructor(
    readonly state: ScanState,
    readonly token: NumericToken,
  ) {}
  reset(): void {
    this.lookupStart = -1;
    this.lookupFound = undefined;
  }
  len(g: number): number {
    return g < this.token.count ? (this.token.lengths[g] ?? 0) : 0;
  }
  /** The SEP_* bit after group g (0 after the last group). */
  sep(g: number): number {
    return g < this.token.count ? (this.token.seps[g] ?? 0) : 0;
  }
  /** Group g's digits read as a number (groups are read as numbers only when short). */
  value(g: number): number {
    return this.token.values[g] ?? 0;
  }
  /** Groups from..from+count-1 as one number ("524-71-9638" → 524719638), for the 9-digit SSN rules. */
  joinedValue(from: number, count: number): number {
    let n = 0;
    for (let g = from; g < from + count && g < this.token.count; g++) n = n * (POWERS_OF_TEN[this.token.lengths[g] ?? 0] ?? 10 ** (this.token.lengths[g] ?? 0)) + (this.token.values[g] ?? 0);
    return n;
  }
  digits(from: number, count: number): string {
    let s = '';
    for (let g = from; g < from + count && g < this.token.count; g++) s += this.token.groupDigits(g);
    return s;
  }
  start(g: number): number {
    return this.token.starts[g] ?? 0;
  }
  end(g: number): number {
    return this.token.ends[g] ?? 0;
  }
  /**
   * Context for the value starting at group g. One lookup per run: the words before a later group are the
   * run's own digits, so the run's first group stands for all of them (and a 6-group run costs one walk).
   */
  lookup(_g: number): Lookup {
    if (this.lookupFound) return this.lookupFound;
    this.lookupStart = this.start(0);
    this.lookupFound = this.state.lookup(this.lookupStart);
    return this.lookupFound;
  }
  /** True when groups g..g+count-1 are separated by one and the same separator from `allowed` (SEP_* bits). */
  sameSep(g: number, count: number, allowed: number): boolean {
    const first = this.sep(g);
    if ((first & allowed) === 0) return false;
    for (let k = 1; k < count - 1; k++) if (this.sep(g + k) !== first) return false;
    return true;
  }
  /** A lone group touching a decimal point or date slash is part of a bigger number, not a standalone id. */
  standsAlone(g: number): boolean {
    const before = g > 0 ? this.sep(g - 1) : 0;
    return ((before | this.sep(g)) & (SEP_DOT | SEP_SLASH)) === 0;
  }
}
