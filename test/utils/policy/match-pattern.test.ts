import { describe, expect, it } from 'vitest';
import { matchesPattern, parseMatchPattern } from '../../../utils/policy/match-pattern';

function matches(pattern: string, url: string): boolean {
  const parsed = parseMatchPattern(pattern);
  if ('error' in parsed) throw new Error(parsed.error);
  return matchesPattern(parsed, new URL(url));
}

describe('match patterns', () => {
  it.each([
    ['https://*.firm.com/*', 'https://crm.firm.com/accounts/1', true],
    ['https://*.firm.com/*', 'https://firm.com/', true],
    ['https://*.firm.com/*', 'http://crm.firm.com/', false],
    ['*://crm.firm.test/*', 'http://crm.firm.test:8123/app', true],
    ['*://crm.firm.test/*', 'https://crm.firm.test/', true],
    ['*://crm.firm.test:9000/*', 'http://crm.firm.test:8123/', false],
    ['https://mail.google.com/mail/*', 'https://mail.google.com/mail/u/0', true],
    ['https://mail.google.com/mail/*', 'https://mail.google.com/chat/', false],
    ['<all_urls>', 'https://anything.example/', true],
  ])('%s on %s → %s', (pattern, url, expected) => {
    expect(matches(pattern, url)).toBe(expected);
  });

  it.each([
    // Hard negatives: look-alike hosts must not ride on an approved suffix.
    ['https://*.firm.com/*', 'https://evilfirm.com/'],
    ['https://*.firm.com/*', 'https://firm.com.evil.example/'],
    ['https://crm.firm.com/*', 'https://crm.firm.com.attacker.test/'],
  ])('security: %s does not match %s', (pattern, url) => {
    expect(matches(pattern, url)).toBe(false);
  });

  it.each(['crm.firm.com', 'https://crm.firm.com', 'https://*crm.firm.com/*', 'ftp://x.com/*', ''])(
    'rejects "%s" with a reason',
    (pattern) => {
      const parsed = parseMatchPattern(pattern);
      expect(parsed).toHaveProperty('error');
      expect('error' in parsed && parsed.error).toContain('not a match pattern');
    },
  );
});
