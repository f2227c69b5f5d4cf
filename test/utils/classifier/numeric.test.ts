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
