import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffDelay, classifyStatus, nextAttemptAt, retryAfterMs } from '../../../utils/sync/retry';

describe('classifyStatus', () => {
  it.each([
    [200, 'ok'],
    [201, 'ok'],
    [400, 'quarantine'],
    [401, 'quarantine'],
    [403, 'quarantine'],
    [404, 'quarantine'],
    [408, 'retry'],
    [409, 'quarantine'],
    [413, 'quarantine'],
    [415, 'quarantine'],
    [429, 'retry'],
    [500, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [504, 'retry'],
  ])('HTTP %i → %s', (status, expected) => {
    expect(classifyStatus(status)).toBe(expected);
  });
});

describe('backoff', () => {
  it.each([
    [0, 0.5, 1_000],
    [1, 0.5, 2_000],
    [3, 0.999, 15_984],
    [30, 0.5, BACKOFF_CAP_MS / 2],
  ])('attempt %i with random %f waits %i ms (full jitter below the cap)', (attempt, random, expected) => {
    expect(backoffDelay(attempt, () => random)).toBe(expected);
  });

  it('honours Retry-After over the jittered delay', () => {
    expect(nextAttemptAt(1, 7_000, 1_000, () => 0.99)).toBe(8_000);
    expect(nextAttemptAt(1, null, 1_000, () => 0)).toBe(1_000);
  });

  it.each([
    ['120', 120_000],
    [' 3 ', 3_000],
    ['Sun, 22 Nov 2026 01:00:10 GMT', 10_000],
    ['soon', null],
    [null, null],
  ])('reads Retry-After %j as %j ms', (header, expected) => {
    expect(retryAfterMs(header, Date.parse('Sun, 22 Nov 2026 01:00:00 GMT'))).toBe(expected);
  });
});
