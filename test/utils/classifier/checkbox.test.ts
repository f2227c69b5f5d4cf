/** Identity documents on forms copied as text, named by the ticked box (utils/classifier/checkbox.ts), and licences named a clause earlier. */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../utils/classifier/index';
import { found } from './found';

describe('ticked document type on a copied form', () => {
  it('a number on the line under "ID Number" is the licence whose box is ticked', () => {
    const form = "Government ID Type\n☒ Driver's License   ☐ Passport   ☐ State ID\nID Number\u200b\nW-352-684-219-730\nState of Issue MD";
    expect(found(form)).toEqual([['US_DRIVER_LICENSE', 'W-352-684-219-730']]);
  });

  it('"[X] Passport" names the number after "ID number:" on the next line', () => {
    expect(found("ID type: [ ] Driver's license  [X] Passport  [ ] State ID\nID number: 912803456   Country: USA")).toEqual([['US_PASSPORT', '912803456']]);
  });

  it('"[X] Driver\'s License" with the number on the same form line', () => {
    expect(found("ID type: [X] Driver's License  [ ] Passport  [ ] State ID\n  ID number: 31847729   State: TX")).toEqual([['US_DRIVER_LICENSE', '31847729']]);
  });

  it('the ticked box wins over the last word of the type row ("☐ Passport" is not ticked)', () => {
    expect(found("[X] Driver's License  [ ] Passport\nID number: 31847729")).toEqual([['US_DRIVER_LICENSE', '31847729']]);
  });

  it('the evidence names the ticked label', () => {
    const [finding] = classify("[X] Driver's License  [ ] Passport\nID number: 31847729");
    expect(finding?.evidence.columnHeader).toBe("Driver's License");
  });

  it('hard negative: unticked boxes name nothing', () => {
    expect(found("ID type: [ ] Driver's License  [ ] Passport  ☐ State ID\nID number: 31847729")).toEqual([]);
  });

  it('hard negative: a number not labelled as the document number (an order number, a ZIP) is not the document', () => {
    expect(found("ID type: [X] Driver's License\nOrder number: 31847729\nZIP 78701")).toEqual([]);
  });

  it('hard negative: a ticked box far above (more than three lines) names nothing', () => {
    expect(found("[X] Driver's License\n\nnotes\nmore notes\nother\nID number: 31847729")).toEqual([]);
  });
});

describe("driver's licence named earlier in the clause", () => {
  it('"her DL on file updated, new one is Ohio TK482913": the keyword is 33 characters back, same clause', () => {
    expect(found('client wants her DL on file updated, new one is Ohio TK482913 exp 2029')).toEqual([['US_DRIVER_LICENSE', 'TK482913']]);
  });

  it("Washington's letter-heavy licence after its keyword", () => {
    expect(found('DL# WDLLK1424087 exp 2031')).toEqual([['US_DRIVER_LICENSE', 'WDLLK1424087']]);
  });

  it('hard negative: a sentence break between the keyword and the id', () => {
    expect(found('her DL copy is on file already. The new system ref is TK482913 for that')).toEqual([]);
  });

  it('hard negative: five-letter ids without a licence keyword stay silent', () => {
    expect(found('batch WDLLK1424087 reprocessed; acct ABCDE12345 is not a real one')).toEqual([]);
  });
});

describe('identity documents on forms laid out in columns', () => {
  it('two columns, one ticked type each: each number takes the tick nearest its column', () => {
    const form = [
      "☒ Driver's License ☐ Passport ☐ State ID                ☐ Driver's License ☒ Passport ☐ State ID",
      'ID Number           Issuing State/Country              ID Number           Issuing State/Country',
      'A71846203           Virginia                           567120894           United States',
    ].join('\n');
    expect(found(form)).toEqual([
      ['US_DRIVER_LICENSE', 'A71846203'],
      ['US_PASSPORT', '567120894'],
    ]);
  });

  it('"☒ U.S. Passport" ticked on the row above an "ID Number" column', () => {
    const form = [
      "Type of ID   ☐ Driver's License   ☒ U.S. Passport   ☐ Military ID",
      'ID Number                        Place of Issuance                 Issue Date',
      'A04918376                        U.S. Department of State          03/22/2022',
    ].join('\n');
    expect(found(form)).toEqual([['US_PASSPORT', 'A04918376']]);
  });

  it('hard negative: a key-value line keeps its own label over the line above', () => {
    const form = ['    Bank Name              Bank of America, N.A.', '    Routing Number (ABA)   026009593'].join('\n');
    expect(found(form)).toEqual([['ABA_ROUTING', '026009593']]);
  });

  it('a date printed with spaced slashes under its label', () => {
    expect(found('SSN                              Date of Birth\n201-46-7017                      12 / 05 / 1990')).toEqual([
      ['US_SSN', '201-46-7017'],
      ['DATE_OF_BIRTH', '12 / 05 / 1990'],
    ]);
  });
});
