/** HTML tables copied from web portals: the <th> above a <td> names its value (utils/classifier/html-table.ts). */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../utils/classifier/index';
import { found } from './found';

const BENEFICIARIES = [
  '<table border="1">',
  '<tr><th>Beneficiary</th><th>Relationship</th><th>Birth Date</th><th>Percent</th></tr>',
  '<tr><td>Bernadette Kapoor</td><td>Child</td><td>05/04/1953</td><td>50%</td></tr>',
  '<tr><td>Yuki Ferreira</td><td>Spouse</td><td>10/19/1996</td><td>25%</td></tr>',
  '<tr><td>Kwame Adeyemi</td><td>Niece</td><td>07/08/1946</td><td>25%</td></tr>',
  '</table>',
].join('\n');

describe('HTML table columns', () => {
  it('every row\'s date under "Birth Date" is a date of birth, however far below the header', () => {
    expect(found(BENEFICIARIES).filter(([type]) => type === 'DATE_OF_BIRTH')).toEqual([
      ['DATE_OF_BIRTH', '05/04/1953'],
      ['DATE_OF_BIRTH', '10/19/1996'],
      ['DATE_OF_BIRTH', '07/08/1946'],
    ]);
  });

  it('a header in <thead> and cells in <tbody>, with attributes on the tags', () => {
    const html = '<table class="members"><thead><tr><th class="h">Member</th><th>DOB</th><th>Acct</th></tr></thead>\n<tbody>\n<tr class="r"><td>Primary</td><td class="d">09/02/1969</td><td>88413307</td></tr>\n<tr><td>Spouse</td><td>01/23/1972</td><td>88413315</td></tr></tbody></table>';
    expect(found(html)).toEqual([
      ['DATE_OF_BIRTH', '09/02/1969'],
      ['BROKERAGE_ACCOUNT', '88413307'],
      ['DATE_OF_BIRTH', '01/23/1972'],
      ['BROKERAGE_ACCOUNT', '88413315'],
    ]);
  });

  it('the finding names the header', () => {
    const dob = classify(BENEFICIARIES).find((f) => f.type === 'DATE_OF_BIRTH' && f.start > 200);
    expect(dob?.evidence.columnHeader).toBe('Birth Date');
  });

  it('hard negative: dates under "Trade Date" and ids under "Order ID" stay silent', () => {
    const html = '<table><tr><th>Trade Date</th><th>Order ID</th><th>Qty</th></tr>\n<tr><td>03/14/1961</td><td>48813392</td><td>500</td></tr>\n<tr><td>04/12/1961</td><td>48813393</td><td>200</td></tr></table>';
    expect(found(html)).toEqual([]);
  });

  it('hard negative: a table without a header row names nothing', () => {
    expect(found('<table><tr><td>Spouse</td><td>10/19/1996</td><td>48813392</td></tr></table>')).toEqual([]);
  });

  it('a row labelled by its own <th> is still read by its label', () => {
    expect(found('<table><tr><th>Date of Birth</th><td>09/14/1952</td></tr></table>')).toEqual([['DATE_OF_BIRTH', '09/14/1952']]);
  });

  it('security: markup at the very start, unclosed and nested tags end (no endless search back)', () => {
    for (const text of ['<td>10/19/1996', '<tr><td>48813392', '<<td<tr<th>', '<table><tr><th>SSN</th></tr><tr><td><td><td>524719638', '<td>'.repeat(5000) + '524719638']) {
      expect(Array.isArray(classify(text))).toBe(true);
    }
  });
});
