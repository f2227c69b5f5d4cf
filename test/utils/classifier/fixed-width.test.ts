/** Reports laid out in columns with spaces (utils/classifier/fixed-width.ts). */
import { describe, expect, it } from 'vitest';
import { classify, type PiiType } from '../../../utils/classifier/index';

function found(text: string): [PiiType, string][] {
  return classify(text).map((f) => [f.type, text.slice(f.start, f.end)]);
}

const REPORT = [
  'OPTIONS ACTIVITY - BRANCH 214',
  'Acct         Rep   Side  Qty  Underlying  Exp        Strike  C/P',
  '4TR-771903   4471  STO   5    QQQ         06/21/2024 430     P',
  '6KM-104393   4471  BTO   2    AAPL        07/19/2024 195     C',
  '',
].join('\n');

describe('fixed-width reports', () => {
  it('the header word above a value names it, on every row', () => {
    expect(found(REPORT)).toEqual([
      ['BROKERAGE_ACCOUNT', '4TR-771903'],
      ['BROKERAGE_ACCOUNT', '6KM-104393'],
    ]);
  });

  it('the finding says which header named it', () => {
    const [first] = classify(REPORT);
    expect(first?.evidence.columnHeader).toBe('Acct');
  });

  it('hard negative: ticket and CUSIP columns of a fixed-income blotter stay silent', () => {
    const blotter = [
      'Ticket     Side  CUSIP       Description                      Par',
      'FI-66120   BUY   912828YK0   US TREASURY NOTE 1.375%          500,000',
      'FI-66121   SELL  91282CJL6   US TREASURY NOTE 4.875%        1,000,000',
    ].join('\n');
    expect(found(blotter)).toEqual([]);
  });

  it('hard negative: the same ids under an "Order" header are order ids', () => {
    expect(found(REPORT.replace('Acct       ', 'Order      '))).toEqual([]);
  });
});
