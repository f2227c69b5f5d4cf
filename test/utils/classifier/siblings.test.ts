/** Accounts of the shape of one named nearby (utils/classifier/siblings.ts). */
import { describe, expect, it } from 'vitest';
import { shapeOf } from '../../../utils/classifier/siblings';
import { found } from './found';

const accounts = (text: string) => found(text).filter(([type]) => type === 'BROKERAGE_ACCOUNT').map(([, value]) => value);

describe('an account of the same shape as one named', () => {
  it.each([
    ['Account(s) covered: RKT-604288 (Individual), RKW-330159', ['RKT-604288', 'RKW-330159']],
    ['debiting HV-9P3-70125 today; the statement for acct HV-5R2-88304', ['HV-9P3-70125', 'HV-5R2-88304']],
    ['acct 311-006842 and then 311-006917 too', ['311-006842', '311-006917']],
  ])('%s', (text, values) => {
    expect(accounts(text)).toEqual(values);
  });

  it('hard negative: the same shape labelled as something else, or starting differently', () => {
    expect(accounts('acct RKT-604288; order RKT-604289; ticket RKT-604290')).toEqual(['RKT-604288']);
    const later = 'acct RKT-604288 is the one to use for the distribution this quarter.\nMemo ';
    expect(accounts(`${later}PKT-604289 was filed`)).toEqual(['RKT-604288']);
    expect(accounts(`${later}RKW-604289 was filed`)).toEqual(['RKT-604288', 'RKW-604289']);
  });

  it('hard negative: a report laid out in columns, where another column may share the shape', () => {
    const report = 'acct RKT-604288 has two exceptions:\nC-10477   RKX-993120   Approved   R14\nC-10478   RKX-993188   Pending    R14';
    expect(accounts(report)).toEqual(['RKT-604288']);
  });
});

describe('shapeOf', () => {
  it.each([
    ['RKT-604288', 'R[A-Z]{2}-\\d{6}'],
    ['HV-5R2-88304', 'H[A-Z]{1}-\\d{1}[A-Z]{1}\\d{1}-\\d{5}'],
    ['311-006842', '3\\d{2}-\\d{6}'],
  ])('%s → %s', (value, shape) => {
    expect(shapeOf(value)).toBe(shape);
  });

  it('security: shapes too plain to say "a firm\'s account" carry nothing', () => {
    // No separator, lower case, too few digits, or two digits then a dash (a date or a count).
    expect(['48813392', 'nf1-219047', 'AB-1234', '12-345678'].map(shapeOf)).toEqual(['', '', '', '']);
  });
});
