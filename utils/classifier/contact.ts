/** EMAIL: found from its '@', expanded left over the local part and right over the domain (a TLD of 2+ letters). */
import { evidenceOf, type ScanState } from './state';

function isLocalChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

function isDomainChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46;
}

/** Tries an email around the '@' at `at`; returns the index to resume at. */
export function scanEmail(state: ScanState, at: number): number {
  const text = state.text;
  let start = at;
  while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
  while (start < at && text.charCodeAt(start) === 46) start++;
  let end = at + 1;
  while (end < text.length && end - at < 255 && isDomainChar(text.charCodeAt(end))) end++;
  while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
  if (start === at) return at + 1;
  const domain = text.slice(at + 1, end);
  const dot = domain.lastIndexOf('.');
  if (dot <= 0 || !/^[A-Za-z]{2,24}$/.test(domain.slice(dot + 1))) return at + 1;
  state.emit('EMAIL', start, end, 0.95, 'email', evidenceOf(undefined));
  return end;
}
