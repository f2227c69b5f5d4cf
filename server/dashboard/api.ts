/**
 * The dashboard's one door to the endpoint: JSON over same-origin fetch with the session cookie, and the
 * session's CSRF token on every state-changing request (server/auth/csrf.ts).
 */
export class SignedOut extends Error {}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

let csrfToken: string | null = null;

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  // Sign-in is the one write without a session, hence without a token (server/auth/csrf.ts).
  const signingIn = method === 'POST' && path === '/session';
  if (method !== 'GET' && !signingIn) {
    csrfToken ??= (await request<{ csrfToken: string }>('GET', '/csrf')).csrfToken;
    headers['x-csrf-token'] = csrfToken;
  }
  const response = await fetch(`/admin/api${path}`, { method, headers, credentials: 'same-origin', body: body === undefined ? null : JSON.stringify(body) });
  if (response.status === 401 && !signingIn) throw new SignedOut('signed out');
  if (response.status === 204) return undefined as T;
  const payload = (await response.json()) as T & { message?: string };
  if (!response.ok) throw new ApiError(response.status, payload.message ?? `request failed (${response.status})`);
  return payload;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  async signIn(email: string, password: string): Promise<{ email: string; role: string }> {
    csrfToken = null;
    return request('POST', '/session', { email, password });
  },
  async signOut(): Promise<void> {
    await request('DELETE', '/session');
    csrfToken = null;
  },
};

/** A query string from a filter object, leaving out empty values. */
export function toQuery(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
