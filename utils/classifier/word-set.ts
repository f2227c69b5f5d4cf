/**
 * A set of lower-case words asked about words standing in the text, without slicing them out: every
 * capitalised word of a chat or an email is checked against a few such lists, and a slice plus a
 * toLowerCase per check was a large share of the classifier's allocation on 10 KB pastes (issue #2: the
 * p99 latency is set by garbage collections).
 */
import { SMI_MASK } from './keywords';

interface Entry {
  word: string;
  next: Entry | undefined;
}

/** Hash of text[start, end) lower-cased (ASCII letters folded), or -1 when a non-ASCII character is in it. */
function foldedHash(text: string, start: number, end: number): number {
  let hash = 7;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c > 127) return -1;
    if (c >= 65 && c <= 90) c |= 32;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  return hash & SMI_MASK;
}

/** Whether text[start, end) lower-cased (ASCII only) is `word`. */
function foldedEquals(text: string, start: number, end: number, word: string): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c |= 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

export class WordSet {
  private readonly words: Set<string>;
  private readonly byHash = new Map<number, Entry>();

  /** `words`: lower-case. */
  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const word of this.words) {
      const hash = foldedHash(word, 0, word.length);
      this.byHash.set(hash, { word, next: this.byHash.get(hash) });
    }
  }

  /** Whether text.slice(start, end).toLowerCase() is in the set. */
  hasAt(text: string, start: number, end: number): boolean {
    const hash = foldedHash(text, start, end);
    // Non-ASCII letters fold by Unicode rules: ask the plain Set (rare in broker text).
    if (hash === -1) return this.words.has(text.slice(start, end).toLowerCase());
    for (let entry = this.byHash.get(hash); entry; entry = entry.next) if (foldedEquals(text, start, end, entry.word)) return true;
    return false;
  }
}
