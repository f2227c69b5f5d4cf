/**
 * Context that stands elsewhere than right before the value (utils/classifier/context.ts, numeric.ts,
 * alnum.ts): after it, on the line above it, in brackets — as brokers write it in chats, notes and wire
 * instructions. Each case has a lookalike that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found';

describe('a birth date named after it or by the line it answers', () => {
  it.each([
    ['[11:21] lchen: 04/18/1988 is the dob', '04/18/1988'],
    ['3/9/58 (DOB) per the form', '3/9/58'],
    ['[14:41] lortiz: need his DOB too, form field 4b\n[14:45] kbrooks: December 3, 1990', 'December 3, 1990'],
    ['my ss# is on file and date of brith 6-2-52.', '6-2-52'],
  ])('%j', (text, date) => {
    expect(found(text)).toContainEqual(['DATE_OF_BIRTH', date]);
  });

  it.each([
    '04/18/1988 is the open date for the old IRA',
    '[09:10] kb: meeting moved again\n[09:11] kb: December 3, 1990 was the original issue date',
    '11/14/2026 is the dob deadline for the form',
  ])('hard negative: %j', (text) => {
    expect(found(text).filter(([type]) => type === 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('an account under a routing line is a bank account', () => {
  it('wire instructions written a field a line', () => {
    expect(found('Bank: JPMorgan Chase Bank, N.A.\nABA 322271627\nAcct 898 012 334 567\nRef: closing')).toEqual([
      ['ABA_ROUTING', '322271627'],
      ['US_BANK_ACCOUNT', '898 012 334 567'],
    ]);
  });

  it('the label on a line of its own, the routing number two lines up', () => {
    expect(found('routing\n061000104\nacct\n1000238457716\nTruist')).toContainEqual(['US_BANK_ACCOUNT', '1000238457716']);
  });

  it('hard negative: a routing line that holds its own account says nothing of the next account', () => {
    expect(found('wire to checking 6565-42664, routing 294609411\nacct 667-943126')).toContainEqual(['BROKERAGE_ACCOUNT', '667-943126']);
  });

  it('hard negative: bank words without a routing number leave a brokerage account alone', () => {
    expect(found('Client wants to wire $50k in from Chase.\nPlease credit acct 48813392')).toContainEqual(['BROKERAGE_ACCOUNT', '48813392']);
  });
});

describe('an account named by its registration in brackets', () => {
  it('journal between two accounts', () => {
    expect(found('please journal $25,000 cash from 48B-112907 (indiv) to 48B-113552 (joint w/ spouse), same household')).toEqual([
      ['BROKERAGE_ACCOUNT', '48B-112907'],
      ['BROKERAGE_ACCOUNT', '48B-113552'],
    ]);
  });

  it.each(['bought 100 AAPL (joint) at 231.14', 'order 48B-112907 (indiv) filled', 'ticket 48B-112907 (trust) closed'])('hard negative: %j', (text) => {
    expect(found(text).filter(([type]) => type === 'BROKERAGE_ACCOUNT')).toEqual([]);
  });
});

describe('keywords brokers type', () => {
  it('"SS" names a social security number', () => {
    expect(found('- DOB 11/04/47, SS 702315586')).toContainEqual(['US_SSN', '702315586']);
  });

  it('a number wrapped at its hyphen stays one number', () => {
    expect(found('ssn is 318-06-\n4472')).toEqual([['US_SSN', '318-06-\n4472']]);
  });

  it('hard negative: a line break without the hyphen ends the number', () => {
    expect(found('ref 318-06\n4472 pages').filter(([type]) => type === 'US_SSN')).toEqual([]);
  });

  it("hard negative: an adviser's insurance licence and NMLS id are not a driver's licence", () => {
    expect(found('CA Insurance Lic. #0H47722 | NMLS ID 1458820 | CRD 2884103')).toEqual([]);
  });
});

describe('labels on the line above a value', () => {
  it('a form label line names the value below it', () => {
    expect(found('Customer Name\nRosalind Achebe\nAccount Number(s)\n5KF-303118\n')).toContainEqual(['BROKERAGE_ACCOUNT', '5KF-303118']);
  });

  it('hard negative: a line ending in its own value is not a label for the next line', () => {
    expect(found('CRD# 6686527\n303228876 is her Schwab account')).toContainEqual(['BROKERAGE_ACCOUNT', '303228876']);
  });

  it("hard negative: the last cell of a fixed-width report row does not name the next row's ticket", () => {
    const blotter = 'FI-66141   SELL  93974EHK5   WASHINGTON ST GO 5.000%     30,000   110.3750    3.733   WELLS\nFI-66144   BUY   167486ZQ5';
    expect(found(blotter)).toEqual([]);
  });
});

describe('what ends the words after a value', () => {
  it.each([
    'Source: MARGIN_CALC_AM run 6b1f0c9e (late, see INC0091902). Accounts masked per data handling std DH-4.',
    'see INC0091902. Accounts were masked',
  ])('hard negative: %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a keyword in brackets after the value still names it', () => {
    expect(found('client gave 48813392 (Roth IRA account)')).toContainEqual(['BROKERAGE_ACCOUNT', '48813392']);
  });
});

describe('lists of reference numbers', () => {
  it('hard negative: every number of a list after "refs" is a reference', () => {
    expect(found('Same three accounts failed on the 11/07 run (batch refs 908-91-6741 and 908-91-6742, reprint batch 666-05-6847).')).toEqual([]);
  });

  it('an SSN after an unrelated reference, further along the sentence, is still an SSN', () => {
    expect(found('ref 4471 for the file; her SSN is 524-71-9638')).toContainEqual(['US_SSN', '524-71-9638']);
  });

  it('hard negative: a "Wire ID" column holds wire ids', () => {
    expect(found('Wire ID,Value Date,Dir,Acct,Amount\nW-2611-00412,11/16/2026,OUT,xxxx4471,"25,000.00"\n')).toEqual([]);
  });
});

describe('tables brokers paste', () => {
  it('a header may hold a few digits ("Balance 11/13", "2026 contrib")', () => {
    const table = '| Owner | Beneficiary | Bene DOB | Plan | Acct # | Balance 11/13 | 2026 contrib |\n|---|---|---|---|---|---|---|\n| Daniel Hwang | Chloe Hwang | 2012-04-18 | NY 529 | 5KS-529018 | $84,210.55 | $10,000 |\n';
    expect(found(table)).toEqual(expect.arrayContaining([['DATE_OF_BIRTH', '2012-04-18'], ['BROKERAGE_ACCOUNT', '5KS-529018']]));
  });

  it('a record copied from a profile page: label, tab, value', () => {
    const record = 'Household\tDelgado Nunez HH (HH-00441)\nPrimary Acct\t5KD-230774\nSSN\tXXX-XX-4417\nDOB\tApril 9, 1960\nAge\t66\n';
    expect(found(record)).toEqual([['BROKERAGE_ACCOUNT', '5KD-230774'], ['DATE_OF_BIRTH', 'April 9, 1960']]);
  });

  it('headerless rows of last name, first name, SSN, DOB', () => {
    const rows = 'Nakamura\tKenji\t312682562\t11/30/1949\nOkonjo\tAdaeze\t625319143\t05/07/1983\n';
    expect(found(rows)).toEqual(expect.arrayContaining([['US_SSN', '312682562'], ['DATE_OF_BIRTH', '11/30/1949'], ['US_SSN', '625319143']]));
  });

  it('hard negative: a headerless trade row with a CUSIP and a trade date', () => {
    expect(found('BUY\tAAPL\t037833100\t11/14/2026\t100\t231.14\n').filter(([type]) => type !== 'PERSON')).toEqual([]);
  });
});

describe('labels in copied HTML', () => {
  it('a label in one span names the value in the next; the markup around them names nothing', () => {
    const html = '<div><span class="label">Date&nbsp;of&nbsp;Birth</span><span class="value">10/04/1952</span></div>';
    expect(found(html)).toEqual([['DATE_OF_BIRTH', '10/04/1952']]);
  });

  it('tags between a label and its value do not push the label out of reach', () => {
    expect(found('<span class="label">Account</span> <span class="value"><b>8841</b>-<b>3307</b></span>')).toEqual([['BROKERAGE_ACCOUNT', '<b>8841</b>-<b>3307</b>']]);
  });

  it('hard negative: the same distance in words still does', () => {
    expect(found('Account review notes from our call, see item 8841-3307')).toEqual([]);
  });

  it('an account whose hyphen is written as an entity', () => {
    expect(found('<td class="lbl">Account&nbsp;Number</td><td>5KD&#8209;417730</td>')).toEqual([['BROKERAGE_ACCOUNT', '5KD&#8209;417730']]);
  });

  it('hard negative: a class named "value" does not make a birth date an amount, nor a trade date a birth date', () => {
    expect(found('<span class="label">Trade date</span><span class="value">10/04/1952</span>')).toEqual([]);
  });
});

describe('dates that are not birth dates, next to ones that are', () => {
  it('hard negative: the line under an answered DOB is not an answer ("Date of death")', () => {
    const text = 'Her date of birth: June 2, 1938\nDate of death: 03/02/2025\n';
    expect(found(text).filter(([type]) => type === 'DATE_OF_BIRTH')).toEqual([['DATE_OF_BIRTH', 'June 2, 1938']]);
  });

  it('hard negative: a chat line after "SSN/DOB: … / …" holds no birth date', () => {
    const text = 'SSN/DOB: 430-69-1349 / 04-12-1967\n[10:02] ops: filled 06/11/25, ref 4471\n';
    expect(found(text).filter(([type]) => type === 'DATE_OF_BIRTH')).toEqual([['DATE_OF_BIRTH', '04-12-1967']]);
  });

  it('hard negative: under a header, a row of name, SSN and dates is read by its columns', () => {
    const csv = 'Last Name,First Name,DOB,SSN,Last_Updated\nLindgren,Astrid,1959-04-22,158-11-4372,2025-06-02\n';
    expect(found(csv).filter(([type]) => type === 'DATE_OF_BIRTH')).toEqual([['DATE_OF_BIRTH', '1959-04-22']]);
  });
});

describe('bank details in the shapes banks print them', () => {
  it('a routing number named after it', () => {
    expect(found('send it by ACH to her Chase checking: 021000021 is the routing and 7730012945 the account')).toEqual(
      expect.arrayContaining([['ABA_ROUTING', '021000021'], ['US_BANK_ACCOUNT', '7730012945']]),
    );
  });

  it('a check’s MICR line', () => {
    expect(found('MICR: ⑆125000024⑆ 3317904482⑈ 5412')).toEqual([
      ['ABA_ROUTING', '125000024'],
      ['US_BANK_ACCOUNT', '3317904482'],
    ]);
  });

  it('a headerless ACH list row with a checking/savings cell', () => {
    expect(found('OKAFOR GRACE N,7YB-04418,021000021,7730012945,CHK,19726.40,06/13/2025\n')).toEqual(
      expect.arrayContaining([['ABA_ROUTING', '021000021'], ['US_BANK_ACCOUNT', '7730012945']]),
    );
  });

  it('hard negative: digits inside a file name are not an account', () => {
    expect(found('pasted from ACH_OUT_20250613.csv for the bank ops queue')).toEqual([]);
  });

  it('hard negative: an application number is not an account', () => {
    expect(found('Individual brokerage — application # APP-20250611-00871')).toEqual([]);
  });
});

describe('identity-document logs', () => {
  const log = 'Date\tClient\tID Type\tState\tID Number\tID Exp\tDOB\n06/02/2025\tCurtis Abernathy\tDRIVER LICENSE\tNY\t712408339\t03/17/2029\t05/11/1961\n06/10/2025\tArjun Mehta\tPASSPORT\tUS\tA04219873\t09/14/2033\t12/02/1990\n';

  it("the row's ID type names the number in the ID Number column", () => {
    expect(found(log)).toEqual(expect.arrayContaining([['US_DRIVER_LICENSE', '712408339'], ['US_PASSPORT', 'A04219873'], ['DATE_OF_BIRTH', '05/11/1961']]));
  });

  it('hard negative: the ID number is not read as an SSN, and visit and expiry dates are not birth dates', () => {
    const types = found(log).map(([type, value]) => `${type} ${value}`);
    expect(types).not.toContain('US_SSN 712408339');
    expect(types.filter((t) => t.startsWith('DATE_OF_BIRTH'))).toEqual(['DATE_OF_BIRTH 05/11/1961', 'DATE_OF_BIRTH 12/02/1990']);
  });
});

describe('accounts named further back', () => {
  it('an account column beside a routing column is a bank account', () => {
    const tsv = 'payee_name\tbank_name\taba\tacct_type\tacct_number\tamount\tbrokerage_acct\nPatricia Lowell\tChase\t322313268\tCHK\t883104227\t1,500.00\t1CV-204471\n';
    expect(found(tsv)).toEqual(expect.arrayContaining([['US_BANK_ACCOUNT', '883104227'], ['BROKERAGE_ACCOUNT', '1CV-204471']]));
  });

  it('hard negative: with a "Bank Acct" column beside it, "Acct #" is the brokerage account', () => {
    const csv = '"Req #","Acct #","Client","ABA","Bank Acct"\n"DR-1","7YB-04418","Grace N. Okafor","021000021","7730012945"\n';
    expect(found(csv)).toEqual(expect.arrayContaining([['BROKERAGE_ACCOUNT', '7YB-04418'], ['US_BANK_ACCOUNT', '7730012945']]));
  });

  it('an id after a date word still belongs to the account keyword before it', () => {
    expect(found('- Estate acct opened 4/29 (2HB-512290); assets journaled 4/30')).toContainEqual(['BROKERAGE_ACCOUNT', '2HB-512290']);
  });
});

describe('headerless customer rows in capitals', () => {
  it('NAME IN CAPITALS, SSN, DOB', () => {
    expect(found('HOWARD DUNLEAVY,173413747,12/19/1969\nINGRID OKAFOR,565221809,02/20/1955\n')).toEqual(
      expect.arrayContaining([['US_SSN', '173413747'], ['DATE_OF_BIRTH', '12/19/1969'], ['US_SSN', '565221809']]),
    );
  });

  it('hard negative: an issuer in capitals with its CUSIP and a trade date', () => {
    expect(found('APPLE INC,037833100,11/14/2024\nUS TREASURY NOTE,912828YK0,10/15/2024\n').filter(([type]) => type !== 'PERSON')).toEqual([]);
  });
});

describe('international clients', () => {
  it.each([
    ['IBAN in lower case, as typed', 'pls wire to de28500700109081003390 today', 'de28500700109081003390'],
    ['IBAN in lower case with spaces', 'IBAN fr09 3000 4008 2717 4681 4538 401', 'fr09 3000 4008 2717 4681 4538 401'],
  ])('%s', (_name, text, value) => {
    expect(found(text)).toEqual([['IBAN', value]]);
  });

  it('hard negative: a mixed-case word is not an IBAN even when its digits would pass', () => {
    expect(found('ref De28500700109081003390 attached').filter(([type]) => type === 'IBAN')).toEqual([]);
  });

  it.each(['E5012384K', 'K2281947N', 'C01X00T47', 'GB417208', '18AV52913', 'C4J7R0NM2'])('a foreign passport number after "passport": %s', (value) => {
    expect(found(`UK passport ${value} verified`)).toContainEqual(['US_PASSPORT', value]);
  });

  it('labels in the client’s language', () => {
    expect(found('- Date de naissance : 07/01/1975\n- Passeport : 18AV52913')).toEqual([
      ['DATE_OF_BIRTH', '07/01/1975'],
      ['US_PASSPORT', '18AV52913'],
    ]);
  });

  it('hard negative: a word with letters throughout and fewer than three digits is not a passport', () => {
    expect(found('passport REVIEWED1 and passport SCANNEDOK on file')).toEqual([]);
  });

  it('hard negative: a nine-character id with letters throughout is nothing without "passport"', () => {
    expect(found('envelope C4J7R0NM2 sent for signature')).toEqual([]);
  });

  it('an IBAN wrapped at a group boundary by a mail client', () => {
    expect(found('my IBAN is FR14 3000 4013 8700\n0127 7480 162\nthanks')).toEqual([['IBAN', 'FR14 3000 4013 8700\n0127 7480 162']]);
    expect(found('IBAN FR14 3000 4013 8700\r\n0127 7480 162')).toEqual([['IBAN', 'FR14 3000 4013 8700\r\n0127 7480 162']]);
  });

  it('hard negative: an IBAN is not read across two line breaks or a break inside a group', () => {
    expect(found('IBAN FR14 3000 4013 8700\n\n0127 7480 162').filter(([type]) => type === 'IBAN')).toEqual([]);
    expect(found('IBAN FR14 3000 4013 87\n00 0127 7480 162').filter(([type]) => type === 'IBAN')).toEqual([]);
  });

  it('hard negative: a passport-shaped order id is an order id', () => {
    expect(found('passport copy received; order K2281947N filled at 101.25')).toEqual([]);
  });
});

describe("driver's licences printed in spaced groups", () => {
  it('New Jersey: a letter and four digits, then two groups of five', () => {
    expect(found('read me her new NJ driver license D4136 55820 07941 which I have noted')).toEqual([['US_DRIVER_LICENSE', 'D4136 55820 07941']]);
  });

  it('hard negative: the same shape after an order keyword', () => {
    expect(found('order D4136 55820 07941 filled')).toEqual([]);
  });
});

describe('system exports', () => {
  it('CamelCase headers name their columns', () => {
    const csv = 'RecordNo,AccountNumber,PrimaryOwner,OwnerTIN,OwnerDOB\n1,8KQ-100213,Harriet Calloway,818-37-6169,1949-03-02\n';
    expect(found(csv)).toEqual(expect.arrayContaining([['BROKERAGE_ACCOUNT', '8KQ-100213'], ['US_SSN', '818-37-6169'], ['DATE_OF_BIRTH', '1949-03-02']]));
  });

  it('a title line with a tab above the header is not the header', () => {
    const tsv = 'Beneficiary Designation Export\tRun 2024-05-28 06:10 ET\nOwner Acct\tBeneficiary Name\tRelationship\tBeneficiary SSN\tBeneficiary DOB\n72K-114480\tMarisol Vega\tSpouse\t524-54-2863\t1966-08-21\n';
    expect(found(tsv)).toEqual(expect.arrayContaining([['BROKERAGE_ACCOUNT', '72K-114480'], ['DATE_OF_BIRTH', '1966-08-21']]));
  });

  it('"Client Acct" is an account column, not a name column', () => {
    expect(found('Template\tClient Acct\tCurrency\nINTL-0041\t4DX-771920\tEUR\n')).toEqual([['BROKERAGE_ACCOUNT', '4DX-771920']]);
  });

  it('hard negative: "Client Name" stays a name column', () => {
    expect(found('Client Name\tRep\nRosa Delgado\tR117\n')).toEqual([['PERSON', 'Rosa Delgado']]);
  });

  it('hard negative: a fund, a trust or a company in a name column is not a person', () => {
    const csv = 'Client Name,Rep\nNorthbridge Core Bond Fd,R117\nHollis Family Trust,R117\nWexford Dental Group PLLC,R118\nBAYER AG,R119\nRosa Delgado,R117\n';
    expect(found(csv)).toEqual([['PERSON', 'Rosa Delgado']]);
  });

  it('a quoted export: "Surname, Given" cells are people, the quoted header cell is not', () => {
    const csv = '"Client ID","Client Name","Rep Code"\n"CN-0048812","Okafor, Chidi","R117"\n"CN-0048833","Becker Jr., Harold","R117"\n';
    expect(found(csv)).toEqual([
      ['PERSON', 'Okafor, Chidi'],
      ['PERSON', 'Becker Jr., Harold'],
    ]);
  });

  it('"Estate of Harold Fenn": the person is named, not the estate', () => {
    expect(found('Client Name,Rep\nEstate of Harold Fenn,R117\n')).toEqual([['PERSON', 'Harold Fenn']]);
  });
});

describe('JSON, the next cell, the next line (blind batch K)', () => {
  it('a JSON key names its value ("ssn": "…", "dob": "…"); an HTML attribute value does not', () => {
    expect(found('payload={"name":"Adebayo Lawal","ssn":"604718488","dob":"1980-10-06"}').filter(([type]) => type !== 'PERSON')).toEqual([
      ['US_SSN', '604718488'],
      ['DATE_OF_BIRTH', '1980-10-06'],
    ]);
    expect(found('<span class="ssn">ref</span> 604718488')).toEqual([]);
  });

  it('the registration in the next cell names an account ("2447938092    JTWROS", "AF555582      INDV")', () => {
    expect(found('Deepak Venkataraman  2447938092    JTWROS   rebalance')).toContainEqual(['BROKERAGE_ACCOUNT', '2447938092']);
    expect(found('Felix Marchetti     AF555582      INDV')).toContainEqual(['BROKERAGE_ACCOUNT', 'AF555582']);
  });

  it('hard negative: a word that is not a registration in the next cell names nothing', () => {
    expect(found('2447938092    PENDING   rebalance')).toEqual([]);
  });

  it('an account with a routing line right under it is a bank account', () => {
    expect(found('Bank: Synovus Bank\nAcct #: 2801361811\nRouting #: 061725939')).toEqual([
      ['US_BANK_ACCOUNT', '2801361811'],
      ['ABA_ROUTING', '061725939'],
    ]);
  });

  it('"rtng" is a routing keyword', () => {
    expect(found('chk acct 40884569293 rtng 024222369')).toEqual([
      ['US_BANK_ACCOUNT', '40884569293'],
      ['ABA_ROUTING', '024222369'],
    ]);
  });

  it("hard negative: the firm's own operating, error and omnibus accounts are not customer data", () => {
    expect(found('funding wire to the HSL operating acct 8900417722; error account 8900417730; omnibus account 8900417748')).toEqual([]);
  });

  it('hard negative: a number after a bare "#" is an item number, whatever words follow', () => {
    expect(found('#2291902  wire memo "ref" escalated')).toEqual([]);
  });

  it('hard negative: UPS tracking numbers, all-zero placeholders and the 1900-01-01 sentinel', () => {
    expect(found('came UPS 1Z4W8E990312345670 — DRS acct statement')).toEqual([]);
    expect(found('acct          TEST-000000')).toEqual([]);
    expect(found('birth_date    1900-01-01    (sentinel value)')).toEqual([]);
  });

  it('a shaped account after "ACH to" or "wire to" is where the money goes, a brokerage account', () => {
    expect(found('Verified 05/29/2024 · used for ACH to 1JY-882707')).toEqual([['BROKERAGE_ACCOUNT', '1JY-882707']]);
  });
});

describe('check numbers', () => {
  it('hard negative: numbers under a "CHK#" header or after "check no." are check serials, not checking accounts', () => {
    const blotter = ['CHK#    ACCT         PAYEE', '------- ------------ ------------------', '277388  21486154     Lucinda Haddad', '593370  4KD-28560    Patrick Villarreal'].join('\n');
    expect(found(blotter).filter(([type]) => type === 'US_BANK_ACCOUNT')).toEqual([]);
    expect(found('check no. 10442 for $500 returned')).toEqual([]);
  });

  it('"chk acct" is still a checking account', () => {
    expect(found('chk acct 40884569293')).toEqual([['US_BANK_ACCOUNT', '40884569293']]);
  });
});

describe('routing / account pairs', () => {
  it('"Bank of America  011000138 / 33667158": the routing number and the account after it', () => {
    expect(found('Colin Abernathy   Bank of America  011000138 / 33667158   $25,000.00')).toContainEqual(['ABA_ROUTING', '011000138']);
    expect(found('Colin Abernathy   Bank of America  011000138 / 33667158   $25,000.00')).toContainEqual(['US_BANK_ACCOUNT', '33667158']);
  });

  it('hard negative: a first number failing the ABA checksum, or no bank word, is no pair', () => {
    expect(found('Bank of America 011000139 / 33667158')).toEqual([]);
    expect(found('order 011000138/33667158 filled')).toEqual([]);
  });
});

describe('a date answering the question above it, across a speaker line', () => {
  it('"what\'s her dob?" then the speaker on a line of its own, then the date', () => {
    const chat = "[8:04 AM] Dana Whitfield\nwhat's her dob? the form won't save without it\n[8:05 AM] Tom Kessler\n3/4/61";
    expect(found(chat).filter(([type]) => type === 'DATE_OF_BIRTH')).toEqual([['DATE_OF_BIRTH', '3/4/61']]);
  });

  it('"DOBs?" asks for several', () => {
    expect(found('[09:03] Trevor: ok, DOBs?\n[09:03] Megan: him 04/22/1958, her 11/09/1961').filter(([type]) => type === 'DATE_OF_BIRTH')).toEqual([
      ['DATE_OF_BIRTH', '04/22/1958'],
      ['DATE_OF_BIRTH', '11/09/1961'],
    ]);
  });

  it('hard negative: a date answering another question is not a birth date', () => {
    expect(found('[8:04 AM] Dana Whitfield\nwhen did the trade settle?\n[8:05 AM] Tom Kessler\n3/4/61').filter(([type]) => type === 'DATE_OF_BIRTH')).toEqual([]);
  });

  it('hard negative: a line with words on it between the question and the date breaks the link', () => {
    expect(found("what's her dob?\nnever mind, found it in the file\n3/4/61 was the trade date").filter(([type]) => type === 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('system ids', () => {
  it('hard negative: "Submission ID", "Envelope ID", "Employee ID" name system ids, even under a bank or ACH line', () => {
    expect(found('Form: Update Bank Instructions (ACH)   Submission ID: WF-88213-0611   Submitted: 2024-06-11')).toEqual([]);
    expect(found('checking update — envelope id 48813392, employee id 55120934')).toEqual([]);
  });
});

describe('structured pastes from back-office systems (blind batch M)', () => {
  it('a pipe-delimited extract under a title line with fewer cells: the header below names the columns', () => {
    const extract = 'BENEFICIARY EXTRACT | IRA ACCOUNTS | AS OF 06/10/2025 | PAGE 1\nACCT_NO|OWNER_NAME|PCT|BENE_SSN|BENE_DOB|PER_STIRPES\n4RK-118327|ANNA K LINDQVIST|100|362-05-7784|02/09/1989|N\n4RK-118327|ANNA K LINDQVIST|100|158814467|19620513|N\n';
    expect(found(extract).filter(([type]) => type !== 'PERSON')).toEqual([
      ['BROKERAGE_ACCOUNT', '4RK-118327'],
      ['US_SSN', '362-05-7784'],
      ['DATE_OF_BIRTH', '02/09/1989'],
      ['BROKERAGE_ACCOUNT', '4RK-118327'],
      ['US_SSN', '158814467'],
      ['DATE_OF_BIRTH', '19620513'],
    ]);
  });

  it('a birth date without separators under its column or keyword, year first or last', () => {
    expect(found('NAME|DOB|X\nA B|19620513|1\nC D|05131962|2\n').filter(([type]) => type === 'DATE_OF_BIRTH')).toEqual([
      ['DATE_OF_BIRTH', '19620513'],
      ['DATE_OF_BIRTH', '05131962'],
    ]);
  });

  it('hard negative: eight digits that are not a real birth date, or not under a birth column, are nothing', () => {
    expect(found('NAME|DOB|X\nA B|20261301|1\n').filter(([type]) => type === 'DATE_OF_BIRTH')).toEqual([]);
    expect(found('order 19450815 filled')).toEqual([]);
  });

  it('"Rtg #" is a routing column', () => {
    expect(found('Acct No\tRtg #\tBank Acct #\n4RK-118302\t071000013\t4830021957\n')).toEqual([
      ['BROKERAGE_ACCOUNT', '4RK-118302'],
      ['ABA_ROUTING', '071000013'],
      ['US_BANK_ACCOUNT', '4830021957'],
    ]);
  });

  it('camelCase JSON keys name their values; a key names only its own value', () => {
    const json = '{"routingNumber":"021200339","accountNumber":"2290415563","dateOfBirth": "1992-11-08", "acctNo": "4RK-312940", "caseId": "KYC-2025-0611-0102"}';
    expect(found(json)).toEqual([
      ['ABA_ROUTING', '021200339'],
      ['US_BANK_ACCOUNT', '2290415563'],
      ['DATE_OF_BIRTH', '1992-11-08'],
      ['BROKERAGE_ACCOUNT', '4RK-312940'],
    ]);
  });

  it('hard negative: a JSON key after a request id does not name it', () => {
    expect(found('INFO req=0b91e6d4 payload={"acctNo":"***-***611","zip":"78704"}')).toEqual([]);
  });

  it('a "Bene IBAN / Acct" column holds a domestic bank account', () => {
    expect(found('Client,Bene IBAN / Acct,BIC / ABA\nRidgeline LP,153092847716,021000021\n')).toEqual([
      ['US_BANK_ACCOUNT', '153092847716'],
      ['ABA_ROUTING', '021000021'],
    ]);
  });

  it('an SSN and an EIN printed with spaced dashes on a form', () => {
    expect(found('Social security number          : 771 - 08 - 3342')).toEqual([['US_SSN', '771 - 08 - 3342']]);
    expect(found('Employer identification number  : 82 - 4407158')).toEqual([['US_EIN', '82 - 4407158']]);
  });

  it('hard negative: a range with spaced dashes is not an id', () => {
    expect(found('rebalance 10 - 12 shares between 2025 - 2026')).toEqual([]);
  });

  it('a two-column form names the document type in words above the number', () => {
    const form = ' ID Type: U.S. Passport                 Annual Income: 150,001-250,000\n ID Number: 567104382                 Net Worth: 250,001-500,000';
    expect(found(form)).toEqual([['US_PASSPORT', '567104382']]);
  });

  it('hard negative: "ID Type: State ID" names no licence or passport', () => {
    expect(found('ID Type: State ID\nID Number: 567104382')).toEqual([]);
  });

  it('street lines in capitals, as mailing and tax extracts print them', () => {
    expect(found('ANNA LINDQVIST,3310 W ELM ST,CHICAGO\nX,9100 E MINERAL CIR, STE 300,DENVER').filter(([type]) => type === 'STREET_ADDRESS')).toEqual([
      ['STREET_ADDRESS', '3310 W ELM ST'],
      ['STREET_ADDRESS', '9100 E MINERAL CIR, STE 300'],
    ]);
  });
});

describe('exports delimited with semicolons (a European locale)', () => {
  const EXPORT = 'Customer ID;Name;Date of Birth;Tax ID;Balance\nC-004418;Wladyslaw Zielinski;14.02.1959;716-47-4915;1.234,56\nC-004427;Agnieszka Zielinska;03.07.1962;317-96-7162;98.765,43\n';

  it('the header names each column', () => {
    expect(found(EXPORT)).toEqual([
      ['PERSON', 'Wladyslaw Zielinski'],
      ['DATE_OF_BIRTH', '14.02.1959'],
      ['US_SSN', '716-47-4915'],
      ['PERSON', 'Agnieszka Zielinska'],
      ['DATE_OF_BIRTH', '03.07.1962'],
      ['US_SSN', '317-96-7162'],
    ]);
  });

  it('hard negative: the semicolons of HTML entities split no cells', () => {
    const html = '<td>Acct&nbsp;No.</td><td>5KD&#8209;417730</td>\n<td>Opened&nbsp;on</td><td>04&#8209;12&#8209;2019</td>\n';
    expect(found(html)).toEqual([['BROKERAGE_ACCOUNT', '5KD&#8209;417730']]);
  });
});

describe("the firm's own accounts", () => {
  it.each(['the reserve (15c3-3) account 8900417749 weekly computation', 'the proprietary account 48813392 is flat'])('hard negative: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it("a client's account next to it is still found", () => {
    expect(found('the reserve account 8900417749 and client acct 48813392')).toEqual([['BROKERAGE_ACCOUNT', '48813392']]);
  });

  it('an ACATS form\'s "receiving firm account number" is the client\'s account', () => {
    expect(found('Receiving firm account number: 6PN-30471')).toEqual([['BROKERAGE_ACCOUNT', '6PN-30471']]);
  });
});

describe('conversations and copied documents (blind batches N and O)', () => {
  it('an amount word after a shaped account does not unname it', () => {
    expect(found('DANA WHITLOCK: from 7HK-118741 amount $22,600.00 to grandson')).toEqual([['BROKERAGE_ACCOUNT', '7HK-118741']]);
  });

  it('hard negative: a keyword in the next field of a pipe-separated line names nothing before it', () => {
    expect(found('Ops Exception Queue | Item ACHR-20250612-0031 | Type: ACH return | Status: Open')).toEqual([]);
  });

  it.each(["deposited by cashier's check #9817734 today", '<td>Task</td><td>Process BEN-IRA – DocID 88204417</td>'])('hard negative: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a prefix of capitals and digits after "account number"', () => {
    expect(found('it says account number 7HR 734105 on top')).toEqual([['BROKERAGE_ACCOUNT', '7HR 734105']]);
  });

  it('hard negative: a bank named between keyword and number is not a prefix', () => {
    expect(found('acct at UBS 48813392')).toEqual([['BROKERAGE_ACCOUNT', '48813392']]);
  });

  it('a form printed in two columns: each value under its label on the line above', () => {
    const form = ['IRA Account Number                     Account Owner Name', '7QK-130744                             Frances L. Aberdeen', 'Owner SSN                              Owner Date of Birth', '213301472                              06/27/1952'].join('\n');
    expect(found(form)).toEqual([
      ['BROKERAGE_ACCOUNT', '7QK-130744'],
      ['PERSON', 'Frances L. Aberdeen'],
      ['US_SSN', '213301472'],
      ['DATE_OF_BIRTH', '06/27/1952'],
    ]);
  });

  it('hard negative: values above values are not labels', () => {
    const rows = ['Trade 4471            Qty 300', '11/14/2024            213301472'].join('\n');
    expect(found(rows)).toEqual([]);
  });

  it('a date sent on its own right after an SSN is the birth date', () => {
    expect(found('[9:48 AM] Dana Whitlock: 471-38-2290\n[9:48 AM] Dana Whitlock: 2/14/61').filter(([type]) => type !== 'PERSON')).toEqual([
      ['US_SSN', '471-38-2290'],
      ['DATE_OF_BIRTH', '2/14/61'],
    ]);
  });

  it('hard negative: a dated event after an SSN is not a birth date', () => {
    expect(found('SSN 471-38-2290\nsettles 11/14/2024\nSSN 471-38-2290\nopened 3/2/1999')).toEqual([
      ['US_SSN', '471-38-2290'],
      ['US_SSN', '471-38-2290'],
    ]);
  });
});

describe('a keyword at the end of the line before', () => {
  it('names the value when the line asks or labels ("acct:" / "which account?")', () => {
    expect(found('rep: which acct?\n[09:55] Tom: 48813392')).toEqual([['BROKERAGE_ACCOUNT', '48813392']]);
  });

  it('hard negative: a sentence ending in "account)" names nothing on the next line', () => {
    expect(found('short sale order BX0618-000288, principal account)\n09:55 locate LOC-0618-0129 HALD 5,000 sh')).toEqual([]);
  });
});

describe('the international desk (blind batch S)', () => {
  it.each([
    ["je suis née le 7 févr. 1979, merci", '7 févr. 1979'],
    ['Fecha de nacimiento: 12 de mayo de 1972', '12 de mayo de 1972'],
    ['Data de nascimento: 3 de setembro de 1987', '3 de setembro de 1987'],
    ['Geburtsdatum: 14. März 1962', '14. März 1962'],
    ['data di nascita 14 marzo 1962', '14 marzo 1962'],
  ])('a birth date with a month name in the client\'s language: %s', (text, value) => {
    expect(found(text)).toEqual([['DATE_OF_BIRTH', value]]);
  });

  it('hard negative: a foreign month date without a birth word is no birth date', () => {
    expect(found('valeur le 7 févr. 2026, règlement le 12 de mayo de 2025')).toEqual([]);
  });

  it('a document number column beside a PASSPORT type cell', () => {
    const tsv = 'case_id\tclient_name\tcountry\tdoc_type\tdoc_number\nNA-25-0611\tHenrike Vossberg\tDE\tPASSPORT\tCFK9M48T3\n';
    expect(found(tsv).filter(([type]) => type !== 'PERSON')).toEqual([['US_PASSPORT', 'CFK9M48T3']]);
  });

  it("a Mexican CLABE after its name; an Indian account after 'a/c', its IFSC branch code silent", () => {
    expect(found('CLABE: 012180023020017696')).toEqual([['US_BANK_ACCOUNT', '012180023020017696']]);
    expect(found('HDFC Bank, savings a/c 50100248391725, IFSC HDFC0000240')).toEqual([['US_BANK_ACCOUNT', '50100248391725']]);
  });

  it('hard negative: eighteen digits after a bank word are a trace number, not an account', () => {
    expect(found('wire trace 012180023020017696 released')).toEqual([]);
  });
});
