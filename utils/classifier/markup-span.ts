/**
 * Spans over copied HTML: a number whose digits are split by inline tags ("818</span>-<span>61</span>-<span>3602")
 * is reported with its tags balanced — the element a reader sees as the value ("<span>818</span>-…-<span>3602</span>"),
 * not a fragment that opens or closes an element halfway.
 */
import type { Finding } from './types';

/** Elements that never close. */
const VOID = new Set(['br', 'wbr', 'img', 'hr', 'input', 'meta', 'link']);

/** Name of the tag starting at '<' at `at` (lower case), and whether it closes; undefined when it is not a tag. */
function tagAt(text: string, at: number): { name: string; closing: boolean; end: number } | undefined {
  // A tag name and its attributes are short; a '<' without a '>' soon after is text ("a < b").
  let end = at + 1;
  const limit = Math.min(text.length, at + 200);
  while (end < limit && text.charCodeAt(end) !== 62) end++;
  if (end >= limit) return undefined;
  const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)/.exec(text.slice(at, Math.min(end + 1, at + 40)));
  if (!m) return undefined;
  return { name: (m[2] as string).toLowerCase(), closing: m[1] === '/', end: end + 1 };
}

/** `finding` with its bounds widened to balance the inline tags inside it (the same object when nothing changes). */
function balanced(text: string, finding: Finding): Finding {
  const open: string[] = [];
  const unopened: string[] = [];
  for (let at = text.indexOf('<', finding.start); at >= 0 && at < finding.end; at = text.indexOf('<', at + 1)) {
    const tag = tagAt(text, at);
    if (!tag || VOID.has(tag.name) || text.charCodeAt(tag.end - 2) === 47) continue;
    if (!tag.closing) open.push(tag.name);
    else if (open[open.length - 1] === tag.name) open.pop();
    else unopened.push(tag.name);
  }
  let { start, end } = finding;
  // Closed inside, opened just before: take the opening tags in.
  for (const name of unopened) {
    if (text.charCodeAt(start - 1) !== 62) break;
    const at = text.lastIndexOf('<', start - 1);
    const tag = at >= 0 ? tagAt(text, at) : undefined;
    if (!tag || tag.closing || tag.name !== name || tag.end !== start) break;
    start = at;
  }
  // Opened inside, closed just after: take the closing tags in.
  for (let k = open.length - 1; k >= 0; k--) {
    const tag = text.charCodeAt(end) === 60 ? tagAt(text, end) : undefined;
    if (!tag || !tag.closing || tag.name !== open[k]) break;
    end = tag.end;
  }
  return start === finding.start && end === finding.end ? finding : { ...finding, start, end };
}

/** The findings with the tags inside each balanced; only findings with a '<' inside are looked at. */
export function balanceMarkup(text: string, findings: Finding[]): Finding[] {
  let out: Finding[] | undefined;
  // The next '<' at or after the finding, searched again only once passed (findings are sorted): one
  // indexOf per finding over a 200 KB export without markup was quadratic (issue #2 speed).
  let lt = -2;
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i] as Finding;
    if (lt !== -1 && lt < finding.start) lt = text.indexOf('<', finding.start);
    if (lt === -1) break;
    if (lt >= finding.end) continue;
    const fixed = balanced(text, finding);
    if (fixed !== finding) (out ??= findings.slice())[i] = fixed;
  }
  return out ?? findings;
}
