/**
 * JSON request bodies, parsed from the exact bytes received. Strings must be storable: PostgreSQL text and jsonb
 * cannot hold NUL, and jsonb refuses lone surrogates — JSON allows both, and a body the database refuses would
 * otherwise become a 500 that the device retries forever. So they are a 400 with the path.
 */
import { HttpError } from './http-error';

/**
 * The path of the first string (or key) PostgreSQL cannot store, or null. Iterative: a 1 MiB body can nest
 * half a million arrays, which would overflow the call stack of a recursive walk (a 500).
 */
export function findUnstorableString(root: unknown): string | null {
  const bad = (text: string) => text.includes('\u0000') || !text.isWellFormed();
  const pending: Array<{ value: unknown; path: string }> = [{ value: root, path: '' }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    const child = (key: string | number) => (path ? `${path}.${key}` : String(key));
    if (typeof value === 'string') {
      if (bad(value)) return path || '(body)';
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) pending.push({ value: value[index], path: child(index) });
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      for (const [key] of entries) if (bad(key)) return `${path || '(body)'} (a key)`;
      for (let index = entries.length - 1; index >= 0; index -= 1) pending.push({ value: entries[index]![1], path: child(entries[index]![0]) });
    }
  }
  return null;
}

export function parseJsonBody(body: unknown): unknown {
  if (!Buffer.isBuffer(body)) throw new HttpError(415, 'unsupported_media_type', 'send the body as application/json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new HttpError(400, 'invalid_json', `body is not valid JSON: ${(error as Error).message}`);
  }
  const unstorable = findUnstorableString(parsed);
  if (unstorable) throw new HttpError(400, 'invalid_body', `${unstorable}: strings must be well-formed Unicode without NUL characters`);
  return parsed;
}
