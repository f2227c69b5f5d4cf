/**
 * Character classes for the one-pass scanner. Pastes carry NBSP, zero-width characters, Unicode dashes and
 * raw HTML; rather than normalising into a new string (and keeping an index map), the scanner reads the
 * original text through these helpers, so every offset it reports is an index into the original.
 */

export const OTHER = 0;
export const DIGIT = 1;
export const UPPER = 2;
export const LOWER = 3;

const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = DIGIT;
for (let c = 65; c <= 90; c++) ASCII[c] = UPPER;
for (let c = 97; c <= 122; c++) ASCII[c] = LOWER;

/** DIGIT, UPPER, LOWER or OTHER; letters beyond ASCII (é, ñ) count as letters so "José" is one word. */
export function classOf(c: number): number {
  if (c < 128) return ASCII[c] ?? OTHER;
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return c <= 0xde ? UPPER : LOWER;
  return OTHER;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** How many ASCII digits text[from, to) holds. */
export function countDigits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export function isLetter(c: number): boolean {
  const k = classOf(c);
  return k === UPPER || k === LOWER;
}

export function isAlnum(c: number): boolean {
  return classOf(c) !== OTHER;
}

/** Characters that are invisible in a paste and must neither glue nor split a number. */
export function isIgnorable(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff || c === 0x2060 || c === 0xad;
}

const IGNORABLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const IGNORABLE_ALL = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** `value` without the characters isIgnorable() names (zero-width, BOM, word joiner, soft hyphen); most values have none. */
export function withoutIgnorable(value: string): string {
  return IGNORABLE.test(value) ? value.replace(IGNORABLE_ALL, '') : value;
}

/** Spaces that may separate digit groups: space, NBSP, narrow NBSP, figure and thin spaces. */
export function isSpaceSeparator(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2007 || c === 0x2009 || c === 0x2002 || c === 0x2003;
}

/** ASCII hyphen-minus, U+2010–2015 dashes, U+2212 minus, small and full-width hyphen-minus. */
export function isDash(c: number): boolean {
  return c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d;
}

// Inline tags that can sit inside a number in copied HTML (<span>123</span>-45…) and must be skipped;
// any other tag (<td>, <br>, <p>, <li>…) ends the number, so adjacent cells are never glued together.
const INLINE_TAG = /<\/?(?:span|b|i|u|em|strong|font|a|mark|small|s|sup|sub|code|wbr)(?:\s[^<>]{0,200})?\/?>/iy;

/** If an inline HTML tag starts at `i`, the index after it; otherwise `i`. */
export function skipInlineTag(text: string, i: number): number {
  INLINE_TAG.lastIndex = i;
  return INLINE_TAG.test(text) ? INLINE_TAG.lastIndex : i;
}

/** Skips zero-width characters and inline tags from `i`; returns the first index that is neither. */
export function skipInvisible(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (isIgnorable(c)) i++;
    else if (c === 60) {
      const next = skipInlineTag(text, i);
      if (next === i) return i;
      i = next;
    } else return i;
  }
}

// HTML entities that stand for a separator inside a number ("123&#8209;45&#8209;6789", "4111&nbsp;1111").
const ENTITY = /&(?:nbsp|#160|#xa0|#32|ndash|mdash|#8208|#8209|#8210|#8211|#8212|#8722|#45|#x2d|minus|hyphen|#x2011|#x2013);/iy;

/** If a separator entity starts at `i`: its kind (' ' or '-') and the index after it. */
export function entitySeparator(text: string, i: number): { kind: string; next: number } | undefined {
  ENTITY.lastIndex = i;
  if (!ENTITY.test(text)) return undefined;
  const body = text.slice(i + 1, ENTITY.lastIndex - 1).toLowerCase();
  const space = body === 'nbsp' || body === '#160' || body === '#xa0' || body === '#32';
  return { kind: space ? ' ' : '-', next: ENTITY.lastIndex };
}
