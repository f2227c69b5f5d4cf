/**
 * One request to the endpoint, bounded well inside MV3's 30 s fetch limit (TOOLCHAIN.md trap): an
 * AbortController cuts it at 20 s, and the outcome is a value, never a throw, so the caller classifies it.
 */
export const REQUEST_TIMEOUT_MS = 20_000;

export type HttpOutcome =
  | { kind: 'response'; status: number; headers: Headers; body: string }
  | { kind: 'network'; error: string };

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export async function request(fetchImpl: FetchLike, url: string, init: RequestInit, timeoutMs = REQUEST_TIMEOUT_MS): Promise<HttpOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, { ...init, signal: controller.signal, cache: 'no-store', credentials: 'omit' });
    return { kind: 'response', status: response.status, headers: response.headers, body: await response.text() };
  } catch (error) {
    const aborted = controller.signal.aborted;
    return { kind: 'network', error: aborted ? `no answer within ${timeoutMs / 1000} s` : error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** Parses a JSON body; undefined when it is not JSON (a proxy's HTML error page). */
export function jsonBody(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** The endpoint's `{error, message}` or the start of whatever came back. */
export function describeResponse(status: number, body: string): string {
  const json = jsonBody(body);
  if (json && typeof json === 'object' && 'message' in json && typeof json.message === 'string') return `HTTP ${status}: ${json.message}`;
  return `HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ''}`;
}
