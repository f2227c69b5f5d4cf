import { describe, expect, it } from 'vitest';
import { tabIdFromQuery } from '../../../utils/ui/tab-id-param';

const ORIGIN = 'chrome-extension://hoelbpngflpakakfpiankojkhplhkceb';

describe('tabIdFromQuery', () => {
  it.each([
    ['?tabId=42', 42],
    ['?tabId=0', 0],
    ['', undefined],
    ['?tabId=', undefined],
    ['?tabId=-1', undefined],
    ['?tabId=4.2', undefined],
    ['?tabId=1e3', undefined],
    ['?tabId=1008373001', 1008373001],
    ['?tabId=12345678901234567890', undefined],
    ['?tabId=42abc', undefined],
  ])('%s → %s', (search, expected) => {
    expect(tabIdFromQuery({ search, origin: ORIGIN }, ORIGIN, true)).toBe(expected);
  });

  it('security: ignores the parameter in a framed copy of the popup', () => {
    expect(tabIdFromQuery({ search: '?tabId=42', origin: ORIGIN }, ORIGIN, false)).toBeUndefined();
  });

  it('security: ignores the parameter on any other origin', () => {
    expect(tabIdFromQuery({ search: '?tabId=42', origin: 'https://evil.example' }, ORIGIN, true)).toBeUndefined();
  });
});
