/** Reports laid out in columns with spaces (utils/classifier/fixed-width.ts). */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../utils/classifier/index';
import { found } from './found';

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

  describe('a row\'s other cells belong to other columns', () => {
    const MONEY_MOVEMENT = [
      'CASHIERING - MONEY MOVEMENT BLOTTER 11/18/2024',
      'TYPE     ACCT         CLIENT                RTN        BANK ACCT      AMOUNT       STAT',
      '-------- ------------ --------------------- ---------- -------------- ------------ ----',
      'WIRE OUT 8XR-80286    Margaret Lindqvist    072503687  372712521       213,145.87  RLSD',
      'ACH OUT  3MN-45919    Terrence Farouk       053303149  926050943       214,521.61  RLSD',
    ].join('\n');

    it('"WIRE" in the type cell does not make the ACCT column a bank account; RTN and BANK ACCT name theirs', () => {
      expect(found(MONEY_MOVEMENT)).toEqual([
        ['BROKERAGE_ACCOUNT', '8XR-80286'],
        ['PERSON', 'Margaret Lindqvist'],
        ['ABA_ROUTING', '072503687'],
        ['US_BANK_ACCOUNT', '372712521'],
        ['BROKERAGE_ACCOUNT', '3MN-45919'],
        ['PERSON', 'Terrence Farouk'],
        ['ABA_ROUTING', '053303149'],
        ['US_BANK_ACCOUNT', '926050943'],
      ]);
    });

    it('hard negative: a bank word in another cell does not name a ticket column', () => {
      const tickets = ['TYPE     TICKET       AMOUNT      STAT', '-------- ------------ ----------  ----', 'WIRE OUT 48813392     1,000.00   RLSD', 'ACH IN   48813393     2,500.00   PEND'].join('\n');
      expect(found(tickets)).toEqual([]);
    });
  });
});

describe('fixed-width reports under a title line', () => {
  const CIP = [
    'FIRM SECURITIES LLC          CIP EXCEPTION REPORT - BRANCH 027          RUN 03/14/2025 05:02',
    'ACCOUNT      NAME                      TIN         DOB         OPENED      EXCEPTION',
    '8MC-204633   NADIA HADDAD              447902318   05/09/1986  03/05/2025  ADDR MISMATCH',
    '8MC-208104   THOMAS OYELARAN           226497051   11/30/1990  03/13/2025  OFAC CLEARED',
  ].join('\n');

  it('a title carrying a date and a branch number is passed over: the line below names the columns', () => {
    expect(found(CIP).filter(([type]) => type !== 'PERSON')).toEqual([
      ['BROKERAGE_ACCOUNT', '8MC-204633'],
      ['US_SSN', '447902318'],
      ['DATE_OF_BIRTH', '05/09/1986'],
      ['BROKERAGE_ACCOUNT', '8MC-208104'],
      ['US_SSN', '226497051'],
      ['DATE_OF_BIRTH', '11/30/1990'],
    ]);
  });

  it('a cell under the NAME header is a person, in capitals too', () => {
    expect(found(CIP).filter(([type]) => type === 'PERSON')).toEqual([
      ['PERSON', 'NADIA HADDAD'],
      ['PERSON', 'THOMAS OYELARAN'],
    ]);
  });

  it('hard negative: capitals under other headers are not names', () => {
    const blotter = ['ACCOUNT      SIDE   SYMBOL   DESK', '4TR-771903   BUY    AAPL     EQUITY TRADING', '6KM-104393   SELL   MSFT     FIXED INCOME'].join('\n');
    expect(found(blotter).filter(([type]) => type === 'PERSON')).toEqual([]);
  });

  it('a report whose first line is its header is read the same', () => {
    const report = ['NAME                 TIN', 'Grace Nwosu-Hill     447902318'].join('\n');
    expect(found(report)).toEqual([
      ['PERSON', 'Grace Nwosu-Hill'],
      ['US_SSN', '447902318'],
    ]);
  });

  it('hard negative: the OPENED dates and the title\'s run date are not birth dates', () => {
    const values = found(CIP).map(([, value]) => value);
    expect(values).not.toContain('03/05/2025');
    expect(values).not.toContain('03/14/2025');
  });
});

describe('fixed-width reports under several title lines and rules', () => {
  const report = [
    'REPORT NAC-EXC-07     NEW ACCOUNT EXCEPTIONS          RUN 03/14/2025 06:00:12        PAGE 1 OF 1',
    'SELECTION: OPEN DT 03/01/25-03/13/25   STATUS: UNRESOLVED                    CLEARING: NGC / FIRM 0417',
    '------------------------------------------------------------------------------------------------------',
    'ACCOUNT      REP  OPEN DT   OWNER NAME                  DOB         AGE  EXCEPTION',
    '------------------------------------------------------------------------------------------------------',
    'GL2-311760   GL2  03/10/25  PEMBERTON, CLAUDIA J        05/02/1958   66  TCP MISSING - NO DECLINE ON FILE',
    'MB6-041295   MB6  03/11/25  HARLOW-MBEKI, QUENTIN R     12/30/1972   52  SUITABILITY PROFILE INCOMPLETE',
    '',
  ].join('\n');

  it('two title lines carrying numbers and a rule are passed over: the header names the columns', () => {
    expect(found(report)).toEqual([
      ['BROKERAGE_ACCOUNT', 'GL2-311760'],
      ['PERSON', 'PEMBERTON, CLAUDIA J'],
      ['DATE_OF_BIRTH', '05/02/1958'],
      ['BROKERAGE_ACCOUNT', 'MB6-041295'],
      ['PERSON', 'HARLOW-MBEKI, QUENTIN R'],
      ['DATE_OF_BIRTH', '12/30/1972'],
    ]);
  });

  it('hard negative: the OPEN DT dates and the run date stay silent', () => {
    const values = found(report).map(([, value]) => value);
    expect(values).not.toContain('03/10/25');
    expect(values).not.toContain('03/14/2025');
  });
});

describe('a header over its rule, under titles without numbers', () => {
  const report = [
    'CORLISS VENN WEALTH PARTNERS          BENEFICIARY DESIGNATION AUDIT            RUN 04/02/2024 06:14',
    'REP: AD7   BRANCH: 07                                                         PAGE 1 OF 1',
    'ACCOUNT      CLR ACCT  REG   BENEFICIARY                    REL   TYPE  PCT   DOB         TIN',
    '-----------  --------  ----  -----------------------------  ----  ----  ----  ----------  -----------',
    'CV7-301877   8JV70062  IRA   OSTROWSKI ILSE M               SPS   PRI   100   02/11/1953  204-51-7789',
    '',
  ].join('\n');

  it('the columns are named by the line above the rule, not by the title line "REP: …   PAGE 1 OF 1"', () => {
    expect(found(report)).toEqual([
      ['BROKERAGE_ACCOUNT', 'CV7-301877'],
      ['BROKERAGE_ACCOUNT', '8JV70062'],
      ['PERSON', 'OSTROWSKI ILSE M'],
      ['DATE_OF_BIRTH', '02/11/1953'],
      ['US_SSN', '204-51-7789'],
    ]);
  });

  it("hard negative: the title's run date is not a birth date", () => {
    expect(found(report).map(([, value]) => value)).not.toContain('04/02/2024');
  });
});
