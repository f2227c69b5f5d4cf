/**
 * Chromium-style URL match patterns (`<scheme>://<host><path>`), the format IT already uses for
 * `ExtensionSettings.runtime_blocked_hosts` and content-script `matches`. Pure: no zod, no browser.
 *
 * Differences from the extension manifest: a pattern without a port matches every port (as Chromium does),
 * and `*.firm.com` also matches `firm.com` itself.
 */

export interface MatchPattern {
  readonly source: string;
  readonly schemes: readonly string[];
  /** `*` = any host; `*.x.com` stored as suffix `x.com` with `anySubdomain`. */
  readonly host: string;
  readonly anySubdomain: boolean;
  readonly port: string | undefined;
  readonly path: RegExp;
}

const WEB_SCHEMES = ['http', 'https'];
const PATTERN = /^(\*|https?|wss?|file):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(?::(\d{1,5}|\*))?(\/.*)$/;

/** Parses a pattern, or returns a precise reason why it is not one. */
export function parseMatchPattern(source: string): MatchPattern | { error: string } {
  if (source === '<all_urls>') {
    return { source, schemes: WEB_SCHEMES, host: '*', anySubdomain: false, port: undefined, path: /^\/.*$/s };
  }
  const parts = PATTERN.exec(source.trim());
  if (!parts) {
    return {
      error: `"${source}" is not a match pattern: expected <scheme>://<host>/<path>, e.g. "https://*.firm.com/*"`,
    };
  }
  const [, scheme = '', rawHost = '', port, path = '/'] = parts;
  const anySubdomain = rawHost.startsWith('*.');
  const host = (anySubdomain ? rawHost.slice(2) : rawHost).toLowerCase();
  return {
    source,
    schemes: scheme === '*' ? WEB_SCHEMES : [scheme],
    host,
    anySubdomain,
    port: port === '*' ? undefined : port,
    path: globToRegExp(path),
  };
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 's');
}

/** True when `url` (a URL object, so parsing happens once per decision) falls under `pattern`. */
export function matchesPattern(pattern: MatchPattern, url: URL): boolean {
  const scheme = url.protocol.slice(0, -1);
  if (!pattern.schemes.includes(scheme)) return false;
  const host = url.hostname.toLowerCase();
  if (pattern.host !== '*') {
    const sameHost = host === pattern.host;
    const subdomain = pattern.anySubdomain && host.endsWith(`.${pattern.host}`);
    if (!sameHost && !subdomain) return false;
  }
  if (pattern.port !== undefined && url.port !== pattern.port) return false;
  return pattern.path.test(url.pathname + url.search);
}

/** Compiles patterns, dropping none silently: invalid ones come back in `errors`. */
export function compilePatterns(sources: readonly string[]): { patterns: MatchPattern[]; errors: string[] } {
  const patterns: MatchPattern[] = [];
  const errors: string[] = [];
  for (const source of sources) {
    const parsed = parseMatchPattern(source);
    if ('error' in parsed) errors.push(parsed.error);
    else patterns.push(parsed);
  }
  return { patterns, errors };
}
