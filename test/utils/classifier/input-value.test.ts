/** Values of HTML form fields copied with their markup (utils/classifier/input-value.ts). */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../utils/classifier/index';
import { found } from './found';

const ACH_FORM = [
  '<form id="ach-setup" action="/ach/link" method="post">',
  '  <label for="aba">Routing number</label>',
  '  <input id="aba" name="aba" value="122105155" inputmode="numeric">',
  '  <label for="acct">Account number</label>',
  '  <input id="acct" name="acct" value="7310028845196" inputmode="numeric">',
  '  <input name="dob" value="03/27/1981">',
  '</form>',
].join('\n');

describe('form fields copied with their markup', () => {
  it("the field's name names its value; an account field beside a routing field is a bank account", () => {
    expect(found(ACH_FORM)).toEqual([
      ['ABA_ROUTING', '122105155'],
      ['US_BANK_ACCOUNT', '7310028845196'],
      ['DATE_OF_BIRTH', '03/27/1981'],
    ]);
  });

  it('the finding says which field named it', () => {
    expect(classify(ACH_FORM)[0]?.evidence.columnHeader).toBe('aba');
  });

  it('hard negative: a field named for something else, or not named, names nothing', () => {
    expect(found('<input name="order_id" value="122105155"> <input class="x" value="7310028845196">')).toEqual([]);
  });

  it('hard negative: a quoted attribute after a value does not name it', () => {
    expect(found('ref 7310028845196 <td title="acct">closed</td>')).toEqual([]);
  });

  it('hard negative: text after a tag is not a field value', () => {
    expect(found('<input name="acct" value=""> order 7310028845196')).toEqual([]);
  });
});

describe('a ZIP+4 and an account of the same shape', () => {
  it('"88120-4471-3": a third dash group makes an account number, not a ZIP+4', () => {
    expect(found('Vanguard acct 88120-4471-3 is closing')).toEqual([['BROKERAGE_ACCOUNT', '88120-4471-3']]);
  });

  it('hard negative: a ZIP+4 after an address keyword stays silent', () => {
    expect(found('acct mailing ZIP 78701-1234 on file')).toEqual([]);
  });
});

describe("an element's class names its text", () => {
  it('<span class="acct-no">, <td class="dob">: the class is read like a column header', () => {
    expect(found('<span class="acct-no">7041-2258</span> <td class="dob">07/21/1946</td>')).toEqual([
      ['BROKERAGE_ACCOUNT', '7041-2258'],
      ['DATE_OF_BIRTH', '07/21/1946'],
    ]);
  });

  it('hard negative: "value", "amount" and layout classes name nothing', () => {
    expect(found('<span class="value">48813392</span> <td class="amount">48813392</td> <div class="slds-form-element__static">48813392</div>')).toEqual([]);
  });
});

describe('tags between a label and its value', () => {
  it('do not count in the distance: a Salesforce label and value in sibling elements', () => {
    const html = '<div class="slds-form-element"><span class="slds-form-element__label">Date of Birth</span><div class="slds-form-element__static">07/21/1946</div></div>';
    expect(found(html)).toEqual([['DATE_OF_BIRTH', '07/21/1946']]);
  });

  it('hard negative: a label outside the 48 characters before the tags still names nothing', () => {
    const html = 'Date of Birth on file was checked against the passport last spring <span>07/21/1946</span>';
    expect(found(html)).toEqual([]);
  });
});
