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

describe('fixed-width reports with a rule under the header', () => {
  const journal = [
    'JOURNAL BLOTTER 11/18/2024  FROM/TO',
    'JOURNAL     FROM ACCT    TO ACCT      ASSET       AMOUNT',
    '----------- ------------ ------------ ----------- ------------',
    'JNL3467935  90667142     25589128     SEC: KO       20,302.00',
    'JNL9053060  Q91-015412   2TF-14709    CASH          17,000.45',
  ].join('\n');

  it('the header above the rule names the columns', () => {
    expect(found(journal)).toEqual([
      ['BROKERAGE_ACCOUNT', '90667142'],
      ['BROKERAGE_ACCOUNT', '25589128'],
      ['BROKERAGE_ACCOUNT', 'Q91-015412'],
      ['BROKERAGE_ACCOUNT', '2TF-14709'],
    ]);
  });

  it('hard negative: the journal ids under "JOURNAL" stay silent', () => {
    expect(found(journal).map(([, value]) => value)).not.toContain('JNL3467935');
  });
});
