import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatRelative, plural } from '../../../utils/ui/format-time';

const NOW = new Date('2026-11-12T15:00:00Z');

describe('formatRelative', () => {
  it.each([
    [null, 'never'],
    [undefined, 'never'],
    ['2026-11-12T14:59:30Z', 'just now'],
    ['2026-11-12T15:00:04Z', 'just now'],
    ['2026-11-12T14:59:00Z', '1 minute ago'],
    ['2026-11-12T14:48:00Z', '12 minutes ago'],
    ['2026-11-12T13:00:00Z', '2 hours ago'],
    ['2026-11-11T13:00:00Z', 'yesterday'],
    ['not a time', 'not a time'],
  ])('%s → %s', (iso, expected) => {
    expect(formatRelative(iso, NOW)).toBe(expected);
  });

  it('gives a date for anything older than two days', () => {
    expect(formatRelative('2026-11-01T12:00:00Z', NOW)).toMatch(/^Nov 1, 2026$/);
  });
});

describe('formatDateTime and formatDate', () => {
  it('write the time in the zone asked for', () => {
    expect(formatDateTime('2026-11-12T19:05:00Z', 'America/New_York')).toBe('Nov 12, 2026, 2:05 PM');
    expect(formatDate('2026-11-13T02:00:00Z', 'America/New_York')).toBe('Nov 12, 2026');
  });
});

describe('plural', () => {
  it.each([
    [0, '0 records'],
    [1, '1 record'],
    [12500, '12,500 records'],
  ])('%d', (count, expected) => {
    expect(plural(count, 'record')).toBe(expected);
  });
});
