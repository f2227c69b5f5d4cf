/**
 * JSON request bodies, parsed from the exact bytes received. Strings must be storable: PostgreSQL text and jsonb
 * cannot hold NUL, and jsonb refuses lone surrogates — JSON allows both, and a body the database refuses would
 * otherwise become a 500 that the device retries forever. So they are a 400 with the path.
 */
import { HttpError } from './http-error';

/** The path of the first string (or key) PostgreSQL cannot store, or null. */
export function findUnstorableString(value: unknown, path = ''): string | null {
  const bad = (text: string) => text.includes('\u0000') || !text.isWellFormed();
  if (typeof value === 'string') return bad(value) ? path || '(body)' : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableString(item, path ? `${path}.${index}` : String(index));
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (bad(key)) return `${path || '(body)'} (a key)`;
      const found = findUnstorableString(item, at);
      if (found) return found;
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
