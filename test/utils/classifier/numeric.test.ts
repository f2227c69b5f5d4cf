/** Birth dates named by what stands before them (utils/classifier/numeric.ts namesBirth). */
import { describe, expect, it } from 'vitest';
import { found } from './found';

const births = (text: string) => found(text).filter(([type]) => type === 'DATE_OF_BIRTH').map(([, value]) => value);

describe('a birth date read off an identity document', () => {
  it.each([
    ['TX DL 41827305 exp 11/30/2029, DOB on DL 07/14/1961', ['07/14/1961']],
    ['she also needs the dob, it is on the passport: 14/05/1979', ['14/05/1979']],
    ['DOB per passport 08 Nov 1963', ['08 Nov 1963']],
  ])('%s', (text, dates) => {
    expect(births(text)).toEqual(dates);
  });

  it("hard negative: a passport's issue date after a birth date already given", () => {
    expect(births('DOB 05/06/1970, passport 548213907 issued 03/02/2011')).toEqual(['05/06/1970']);
    expect(births('Passport 548213907, issued 03/02/2015')).toEqual([]);
  });
});

describe('born, abbreviated', () => {
  it('"b." in a family note and "geb." in a German document', () => {
    expect(births('Astrid (daughter, b. 8/14/81), Henrik (son, b. 2/3/1984)')).toEqual(['8/14/81', '2/3/1984']);
    expect(births('Ausweis L01X00T47, geb. 07.03.1988')).toEqual(['07.03.1988']);
  });

  it('hard negative: a capital B or a word ending in b', () => {
    expect(births('Exhibit B. 03/02/1999; Sub. 2/3/1984; see Form 1099-B. 02/14/1988 statement')).toEqual([]);
  });
});

describe('an SSN read out or spaced by a form', () => {
  it.each([
    ['my social is 2 6 7 4 0 3 9 1 8 and the account', '2 6 7 4 0 3 9 1 8'],
    ['my social is 5 0 1 72 8815 and the new address', '5 0 1 72 8815'],
    ['Owner SSN   7 0 0 - 1 4 - 2 2 8 5', '7 0 0 - 1 4 - 2 2 8 5'],
    ['SSN 5 2 5 – 3 0 – 1 4 7 2', '5 2 5 – 3 0 – 1 4 7 2'],
  ])('%s', (text, ssn) => {
    expect(found(text)).toEqual([['US_SSN', ssn]]);
  });

  it('hard negative: spaced digits without an SSN keyword, or failing the SSA rules', () => {
    expect(found('call 4 1 2 5 5 8 2 1 9 now; ssn 9 0 0 1 2 3 4 5 6; ssn 1 2 3 4 5 6 7 8 9')).toEqual([]);
  });
});

describe('a message answering the one before it', () => {
  const thread = (answer: string) => `09:41:07 IN  gil its hollis. the ira paper came back says my social dont match??\n09:41:30 IN  ${answer}`;

  it('a bare nine-digit SSN after a line asking about it', () => {
    expect(found(thread('its 412558219 i checked my card'))).toEqual([['US_SSN', '412558219']]);
  });

  it('hard negative: an order number after the question, or a line that already gave the SSN', () => {
    expect(found(thread('order 412558219 filled'))).toEqual([]);
    expect(found('my ssn is 524-71-9638\n412558219')).toEqual([['US_SSN', '524-71-9638']]);
  });
});

describe('a birth date written as a customer types it', () => {
  it('with spaces, or six digits, right after its keyword', () => {
    expect(births('dob 7 22 63')).toEqual(['7 22 63']);
    expect(births('acct 0156042 dob 072263')).toEqual(['072263']);
  });

  it('hard negative: the same digits after a quantity word, or not a real day', () => {
    expect(births('qty 7 22 63; dob 022963; dob 134455')).toEqual([]);
  });
});

describe('a thread exported as a table', () => {
  const thread = (answer: string) =>
    `"Date","Time","Direction","Contact","Message"\n"03/08/2024","09:20:15","Sent","Ifeoma Castellanos","Got it. To update the address I have to verify - can you confirm your DOB? Or call me"\n"03/08/2024","09:21:30","Received","Corliss Beaudry",${answer}`;

  it('a birth date answering the message before it, in the message column', () => {
    expect(births(thread('"06/23/1951"'))).toEqual(['06/23/1951']);
  });

  it("hard negative: the rows' own dates, and a header naming a DOB column over a row's other dates", () => {
    expect(births(thread('"thanks"'))).toEqual([]);
    expect(births('Last Name,First Name,DOB,SSN,Last_Updated\nLindgren,Astrid,1959-04-22,158-11-4372,2025-06-02\n')).toEqual(['1959-04-22']);
  });
});

describe('JSON strings', () => {
  it('an escaped line break separates a keyword from the word before it', () => {
    expect(found('{"text": "routing 064070238\\nacct 4471093826"}')).toEqual([
      ['ABA_ROUTING', '064070238'],
      ['US_BANK_ACCOUNT', '4471093826'],
    ]);
  });
});

describe('dates a system stamps', () => {
  it('hard negative: a last login under a masked birth date', () => {
    expect(births('<dt>DOB</dt><dd>*/**/****</dd>\n  <dt>Last login</dt><dd>2024-06-19</dd>')).toEqual([]);
    expect(births('record created 03/02/1961 by batch')).toEqual([]);
  });
});
