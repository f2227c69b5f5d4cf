/** What an operations desk and a compliance department paste (blind batches T and U). */
import { describe, expect, it } from 'vitest';
import { found } from './found';

describe('bank or brokerage account', () => {
  it("a full stop ends the account's sentence: bank words in the next one do not make it a bank account", () => {
    const note = "Client Marguerite Fontenot, acct 063-551730. $48,500.00 to client's own checking, Hancock Whitney, ABA 063100141, acct 4410038829.";
    expect(found(note).filter(([type]) => type !== 'PERSON')).toEqual([
      ['BROKERAGE_ACCOUNT', '063-551730'],
      ['ABA_ROUTING', '063100141'],
      ['US_BANK_ACCOUNT', '4410038829'],
    ]);
  });

  it('hard negative: a bank word in the same sentence still makes it a bank account', () => {
    expect(found('acct 4410038829 at Hancock Whitney checking')).toEqual([['US_BANK_ACCOUNT', '4410038829']]);
  });

  it('of two account columns beside a routing column, the nearer is the bank account and the other ours', () => {
    const tsv = 'ret_date\tdrawer_name\tdrawee_rtn\tdrawer_acct\tcredited_acct\tbr\n2025-03-04\tTerrence Oyelaran\t071000013\t9130057718\t012-604774\t012\n';
    expect(found(tsv).filter(([type]) => type !== 'PERSON')).toEqual([
      ['ABA_ROUTING', '071000013'],
      ['US_BANK_ACCOUNT', '9130057718'],
      ['BROKERAGE_ACCOUNT', '012-604774'],
    ]);
  });

  it('hard negative: an account type column is not the account beside the routing number', () => {
    const tsv = 'payee_name\tbank_name\taba\tacct_type\tacct_number\tbrokerage_acct\nPatricia Lowell\tChase\t322313268\tCHK\t883104227\t1CV-204471\n';
    expect(found(tsv).filter(([type]) => type !== 'PERSON')).toEqual([
      ['ABA_ROUTING', '322313268'],
      ['US_BANK_ACCOUNT', '883104227'],
      ['BROKERAGE_ACCOUNT', '1CV-204471'],
    ]);
  });

  it('a branch and an account number written with a space: "acct 063 604118"', () => {
    expect(found('client Mae Lin Chow, acct 063 604118 pls')).toContainEqual(['BROKERAGE_ACCOUNT', '063 604118']);
  });

  it('hard negative: a spaced quantity after an account keyword stays one short group', () => {
    expect(found('acct 48813392 bought 100 250000 par')).toEqual([['BROKERAGE_ACCOUNT', '48813392']]);
  });
});

describe('what chat and case notes look like', () => {
  it('an account in its firm shape typed in lower case', () => {
    expect(found('client wants to wire 180k out of nf1-219047 today')).toEqual([['BROKERAGE_ACCOUNT', 'nf1-219047']]);
  });

  it('hard negative: lower-case ids with letters only before the hyphen stay silent', () => {
    expect(found('see inc-204417 and chg-118230 in the queue')).toEqual([]);
  });

  it('hard negative: an ACATS control number after "control" is not an account', () => {
    expect(found('their acct 4410-9273. control 20250632000718 pending')).toEqual([['BROKERAGE_ACCOUNT', '4410-9273']]);
  });

  it.each([
    ['Caller: Marguerite Delacroix-Beck, verified', 'Marguerite Delacroix-Beck'],
    ['Registered Person:   Ines Sauvageau', 'Ines Sauvageau'],
    ['Questions: AML Officer Teodoro Vashti', 'Teodoro Vashti'],
  ])('a name after a role: %s', (text, name) => {
    expect(found(text)).toEqual([['PERSON', name]]);
  });

  it.each([
    ['[15:03] yocasio: the client is Rufus Tallmadge, per the callback', 'Rufus Tallmadge'],
    ['{ "primaryOwner": { "fullName": "Desmond Achterberg" } }', 'Desmond Achterberg'],
  ])('a name after a label and a linking verb, or a JSON name key: %s', (text, name) => {
    expect(found(text)).toEqual([['PERSON', name]]);
  });

  it('a name in brackets after a role: "from FA (Colm Ferris)", "escrow officer (Rhonda Gillespie-Marsh)"', () => {
    expect(found("Request rec'd by branch email from FA (Colm Ferris). Title co escrow officer (Rhonda Gillespie-Marsh) called")).toEqual([
      ['PERSON', 'Colm Ferris'],
      ['PERSON', 'Rhonda Gillespie-Marsh'],
    ]);
  });

  it('hard negative: a form\'s name field explained in brackets names no one ("Full Legal Name (First, Middle, Last)")', () => {
    expect(found('Full Legal Name (First, Middle, Last)\nForm: Trusted Contact Person Designation')).toEqual([]);
  });

  it('hard negative: a firm named after "name is" or a job title after a label is no person', () => {
    expect(found('Clinic name is Whitcomb Veterinary Associates. Title: Vice President')).toEqual([]);
  });

  it('an account shape after a word that names no identifier ("addr change on rk7-117402")', () => {
    expect(found('need an addr change on rk7-117402 asap')).toEqual([['BROKERAGE_ACCOUNT', 'rk7-117402']]);
  });

  it('hard negative: a company is not cut into a name ("Kleist Baubedarf GmbH", "Sanfrid Holdings Ltd")', () => {
    expect(found('wires of $37,000 to Kleist Baubedarf GmbH and $99,750 to Sanfrid Holdings Ltd')).toEqual([]);
  });
});

describe('an institutional desk (blind batch W)', () => {
  it('speakers at the start of lines with no time stamp, when they speak more than once', () => {
    const chat = [
      'Symphony | TMCO Cash Equities x Ostrander - 10/08 10:02',
      'Teodoro Alcantara: we have natural seller of 400k AMD, any interest?',
      'Gwendolyn Tran-Hollis: could do 150k at 155.50',
      'Teodoro Alcantara: let me go back',
      'HYUN-WOO BAEK, TILLINGHAST MERROW: our EDF 34s failed in euroclear',
      'HYUN-WOO BAEK, TILLINGHAST MERROW: legend thanks',
    ].join('\n');
    expect(found(chat).map(([, name]) => name)).toEqual(['Teodoro Alcantara', 'Gwendolyn Tran-Hollis', 'Teodoro Alcantara', 'HYUN-WOO BAEK', 'HYUN-WOO BAEK']);
  });

  it('hard negative: form labels at the start of lines are not speakers, repeated or not', () => {
    const form = 'Risk Tolerance: Moderate\nInvestment Objective: Growth\nCharity EIN: 06-1234567\nCharity EIN: pending\n';
    expect(found(form).filter(([type]) => type === 'PERSON')).toEqual([]);
  });

  it("hard negative: the firm's and custodians' settlement accounts and a CPA's licence are not customer data", () => {
    const text = [
      'NY CPA License No. 118204',
      'via BNY Mellon on our Fed safekeeping a/c 8901447',
      'JP Equity: MUFG omnibus 1022-884310; UK: omnibus via Citi 00218764',
      '<tr><th>Depository</th><th>Participant / Acct</th></tr><tr><td>FRB</td><td>8901447</td></tr>',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });

  it('hard negative: fund sleeves in a report\'s name column are not persons', () => {
    const report = 'ACCOUNT      ACCOUNT NAME        NET AMOUNT\nT7I-204418   PA CORE PLUS        1,530,315.83\nT7I-390147   SALTMARSH FO          757,312.50\n';
    expect(found(report).filter(([type]) => type === 'PERSON')).toEqual([]);
  });
});

describe('a retail front office serving Spanish- and Vietnamese-speaking families (blind batch V)', () => {
  it('account and birth words in the client\'s language', () => {
    expect(found('so tai khoan cua em la 34CD-221356 phai ko? em sinh 30/12/1990')).toEqual([
      ['BROKERAGE_ACCOUNT', '34CD-221356'],
      ['DATE_OF_BIRTH', '30/12/1990'],
    ]);
    expect(found('Mi cuenta con ustedes es la HV-4F8-62290')).toEqual([['BROKERAGE_ACCOUNT', 'HV-4F8-62290']]);
  });

  it('an account shape with a four-character branch and rep prefix ("34DI-517204")', () => {
    expect(found('moved 34DI-517204 to the new rep')).toEqual([['BROKERAGE_ACCOUNT', '34DI-517204']]);
  });

  it('phone numbers written whole with +1, as SMS archives and APIs write them', () => {
    expect(found('Participant: Thao Nguyen-Reyes (+16572184470) | "msisdn": "+13462207815"').filter(([type]) => type === 'PHONE')).toEqual([
      ['PHONE', '+16572184470'],
      ['PHONE', '+13462207815'],
    ]);
  });

  it('hard negative: eleven digits after "+1" that no North American number can be, or without the "+"', () => {
    expect(found('ref +10135509012 and 17135509012').filter(([type]) => type === 'PHONE')).toEqual([]);
  });

  it('hard negative: household, appointment and new-account-form ids are not accounts', () => {
    expect(found('RS   APPT-47-3305 NEW ACCT\nacct HH-47-01340 review\nSEP IRA (NAF 25-0417-021)')).toEqual([]);
  });
});

describe('blocks copied from a spreadsheet (blind batch Y)', () => {
  const block = [
    'Brannock Hale Securities\t\t\t\t\t\t\t\t',
    'New Accounts Opened - Q3 2024 - Omaha (OM)\t\t\t\t\t\t\t\t',
    'Account\tClient Identity\t\t\tServicing\t\t\t\tFunding',
    'Acct No\tClient Name\tSSN/TIN\tDOB\tOpened\tType\tRep\t\tInitial Funding',
    'OM-220417\tRuehle, Gerald\t412-68-3307\t03/14/1957\t07/02/2024\tIRA\tR4K\t\t125,000.00',
    '',
  ].join('\n');

  it('title rows and merged group labels above the header are passed over: the header names the columns', () => {
    expect(found(block)).toEqual([
      ['BROKERAGE_ACCOUNT', 'OM-220417'],
      ['PERSON', 'Ruehle, Gerald'],
      ['US_SSN', '412-68-3307'],
      ['DATE_OF_BIRTH', '03/14/1957'],
    ]);
  });

  it('a column pasted alone under its header: every value, not only the first', () => {
    expect(found('Clearing Acct\n3184710527\n3189033842\n4127750166\n')).toEqual([
      ['BROKERAGE_ACCOUNT', '3184710527'],
      ['BROKERAGE_ACCOUNT', '3189033842'],
      ['BROKERAGE_ACCOUNT', '4127750166'],
    ]);
    expect(found('DOB\n03/14/1957\n11/02/1963\n6/21/1981\n').map(([type]) => type)).toEqual(['DATE_OF_BIRTH', 'DATE_OF_BIRTH', 'DATE_OF_BIRTH']);
  });

  it('hard negative: a column of quantities or order ids pasted alone stays silent', () => {
    expect(found('Qty\n100250\n200400\n300150\nOrder ID\n48813392\n48813393\n')).toEqual([]);
  });

  it('hard negative: the same block with masked and trade values only stays silent', () => {
    const clean = block.replace('OM-220417\tRuehle, Gerald\t412-68-3307\t03/14/1957', 'OM-22****\tR4K book\tXXX-XX-3307\t**/**/****');
    expect(found(clean)).toEqual([]);
  });
});

describe('everyday conversation and PDF forms (blind batches Z and AA)', () => {
  it('speakers named before the time, as Teams and Slack copy messages, when they speak again', () => {
    const thread = 'Raymond Kolb  11:02 AM\n@Bethany need routing\nBethany Oyelaran  11:05 AM\nchecking\nRaymond Kolb  11:06 AM\nok thx';
    expect(found(thread).filter(([type]) => type === 'PERSON')).toEqual([
      ['PERSON', 'Raymond Kolb'],
      ['PERSON', 'Raymond Kolb'],
    ]);
  });

  it('account numbers in a branch-account-check-digit shape, without a keyword', () => {
    expect(found('fund from 736-53871-1 and journal from 522-82044-8 (JTWROS); scan for T58-67741-2')).toEqual([
      ['BROKERAGE_ACCOUNT', '736-53871-1'],
      ['BROKERAGE_ACCOUNT', '522-82044-8'],
      ['BROKERAGE_ACCOUNT', 'T58-67741-2'],
    ]);
  });

  it('the shape speaks where the words cannot: after an amount word, a keyword too far, a CUSIP-like check digit', () => {
    expect(found('Please journal $5,000.00 cash from 522-82044-8 (JTWROS)')).toEqual([['BROKERAGE_ACCOUNT', '522-82044-8']]);
    expect(found('acct for the deposit is 418-28073-1?')).toEqual([['BROKERAGE_ACCOUNT', '418-28073-1']]);
  });

  it('account numbers written with spaces, a letter prefix or a check digit, after their keyword', () => {
    expect(found('Account T09 63318 2\nacct # 214 35005 0\nAcct 736 80778 5 ok')).toEqual([
      ['BROKERAGE_ACCOUNT', 'T09 63318 2'],
      ['BROKERAGE_ACCOUNT', '214 35005 0'],
      ['BROKERAGE_ACCOUNT', '736 80778 5'],
    ]);
  });

  it('hard negative: quantities written with a space after a quantity word stay silent', () => {
    expect(found('shares 12345 6 and qty 25000 3')).toEqual([]);
  });

  it("hard negative: a form's instructions giving an example birth date", () => {
    expect(found('Date of birth (MM-DD-YYYY). For example, if you were born on April 15, 1956, you would enter 04-15-1956.')).toEqual([]);
  });

  it('a birth date after an example of its format, or in the next sentence, is still a birth date', () => {
    expect(found('DOB (e.g. 01/31/1980): 04/12/1961')).toEqual([['DATE_OF_BIRTH', '04/12/1961']]);
    expect(found('For example see the form. Her DOB is 04/12/1961')).toEqual([['DATE_OF_BIRTH', '04/12/1961']]);
  });

  it('hard negative: the same shape after an order or reference word, or glued to letters', () => {
    expect(found('order 418-46413-7 filled; ref 522-82044-8; part 123-45678-9x')).toEqual([]);
  });
});

describe('prompts pasted into an AI assistant and support tickets (blind batches AB and AC)', () => {
  it('a two-letter account prefix with a check digit is an account; a short middle group is a reference', () => {
    expect(found('Acct: HL-482917-3 (Trad IRA), moved from HL-482955-0')).toEqual([
      ['BROKERAGE_ACCOUNT', 'HL-482917-3'],
      ['BROKERAGE_ACCOUNT', 'HL-482955-0'],
    ]);
    expect(found('acct HH-47-01340 review')).toEqual([]);
  });

  it('hard negative: a ticket number in brackets after an account word, as help desks write subjects', () => {
    expect(found('Subject: RE: reopen my old account? [#2323140]\nyour account has been suspended (#2323021)')).toEqual([]);
  });

  it('an account number after "acct #" is still an account', () => {
    expect(found('acct #48813392 is mine').map(([, value]) => value)).toEqual(['48813392']);
  });
});


describe("a firm's account prefix before the digits", () => {
  it.each([
    ['acct is CV7 262935', 'CV7 262935'],
    ['Quarry Lane account number:   Q.L. 38817402', 'Q.L. 38817402'],
    ['CIP fail on QL 7306 2214 (JTWROS) - secondary owner', 'QL 7306 2214'],
    ['ctl_no\tstatus\trcv_acct\n2024168\tPEND\tQL 5520 1893', 'QL 5520 1893'],
    ['account for the plan is HV 418-22095 in', 'HV 418-22095'],
    ['<tr><th>Account</th><td>HV 309-55817</td>', 'HV 309-55817'],
    ['"brokerageAccount":"HV 611-50984"', 'HV 611-50984'],
  ])('%s', (text, account) => {
    expect(found(text)).toEqual([['BROKERAGE_ACCOUNT', account]]);
  });

  it('hard negative: a bank, a registration or the keyword itself before the digits is no prefix', () => {
    expect(found('acct at UBS 48813392')).toEqual([['BROKERAGE_ACCOUNT', '48813392']]);
    expect(found('account IRA 48813392')).toEqual([['BROKERAGE_ACCOUNT', '48813392']]);
    expect(found('ACCT 00461234')).toEqual([['BROKERAGE_ACCOUNT', '00461234']]);
  });
});

describe('clearing numbers, checks and cards as people read them out', () => {
  it("a clearing firm's account number after its keyword", () => {
    expect(found('Clearing No.:  4DX52918')).toEqual([['BROKERAGE_ACCOUNT', '4DX52918']]);
    expect(found('{"acct":"CV4-486170","clr":"6LC19483"}')).toEqual([
      ['BROKERAGE_ACCOUNT', 'CV4-486170'],
      ['BROKERAGE_ACCOUNT', '6LC19483'],
    ]);
  });

  it('hard negative: the clearing firm and its DTC number', () => {
    expect(found('the clearing firm is Pershing, DTC clr 0443')).toEqual([]);
  });

  it("a check's MICR line with the account grouped", () => {
    expect(found('⑆121301028⑆ 0087 441902⑈ 2187')).toEqual([
      ['ABA_ROUTING', '121301028'],
      ['US_BANK_ACCOUNT', '0087 441902'],
    ]);
  });

  it('a card grouped as it was read out, after its keyword', () => {
    expect(found('it said i could pay by card so here it is 54129 430 702 82530 expiration oh nine')).toEqual([['CREDIT_CARD', '54129 430 702 82530']]);
  });

  it('hard negative: the same digits after an order word, or failing Luhn after a card word', () => {
    expect(found('order 54129 430 702 82530; card 54129 430 702 82531')).toEqual([]);
  });
});

describe('branch, account and suffix', () => {
  it('two digits, five and two, dashed, named by the shape alone', () => {
    expect(found('br 61 wants 50M for 61-04418-22 and 25M for 61-12890-06')).toEqual([
      ['BROKERAGE_ACCOUNT', '61-04418-22'],
      ['BROKERAGE_ACCOUNT', '61-12890-06'],
    ]);
  });

  it('hard negative: the same shape after an order or a case word, and other groupings', () => {
    expect(found('case 61-04418-22, order 61-12890-06, ref 2165-25-0009, lot 61-0441-22')).toEqual([]);
  });
});

describe('engineers\' pastes: fixtures, keys and test cards', () => {
  it('hard negative: test fixture ids, hex keys and zero-filled test cards after their keywords', () => {
    expect(found('acct TST000001; account: TEST-0042; acct_key=ak_4c81d2e7a0; "accountKey": "e8b10f2d7"')).toEqual([]);
    expect(found('card 5500 0000 0000 0004, amex 340000000000009')).toEqual([]);
  });

  it("a firm's letters before a two-digit branch and the account", () => {
    expect(found('Acct: WT 14 302977')).toEqual([['BROKERAGE_ACCOUNT', 'WT 14 302977']]);
    expect(found('id,acct,amount\nACH-558201,WT 20 973337,5000.00')).toEqual([['BROKERAGE_ACCOUNT', 'WT 20 973337']]);
  });

  it('lower-case accounts with digits are still accounts when they are not hex', () => {
    expect(found('acct cv7448210 and acct nf1-219047')).toEqual([
      ['BROKERAGE_ACCOUNT', 'cv7448210'],
      ['BROKERAGE_ACCOUNT', 'nf1-219047'],
    ]);
  });
});

describe('an evaluation set of five firms (blind batch AK)', () => {
  it('a headerless bank-instructions row: the ABA-valid cell after the bank name is the routing number', () => {
    expect(found('OK14-311094\tRosalind Ketteridge\tBank of America\t111392092\t4817 2209 3316\tCHK\tACTIVE')).toEqual([
      ['BROKERAGE_ACCOUNT', 'OK14-311094'],
      ['ABA_ROUTING', '111392092'],
      ['US_BANK_ACCOUNT', '4817 2209 3316'],
    ]);
  });

  it('two letters and a two-digit branch before the account ("OK14-308562", "ok14-308562")', () => {
    expect(found('sorry, its 9cr-33958-1 not the other one')).toEqual([['BROKERAGE_ACCOUNT', '9cr-33958-1']]);
    expect(found('reset online access for ok14-308562 and OK22-517093')).toEqual([
      ['BROKERAGE_ACCOUNT', 'ok14-308562'],
      ['BROKERAGE_ACCOUNT', 'OK22-517093'],
    ]);
  });

  it('hard negative: an execution id that passes Luhn with a card prefix', () => {
    expect(found('{"executions":[{"execId":"4110463767466641","qty":100}]}')).toEqual([]);
  });
});

describe('logs, URLs and FIX messages (blind batch AH)', () => {
  it("a log's or a URL's key names its value", () => {
    expect(found('WARN verify mismatch acct=3MK118250 bankAcct=004417730921 rtn=026009593')).toEqual([
      ['BROKERAGE_ACCOUNT', '3MK118250'],
      ['US_BANK_ACCOUNT', '004417730921'],
      ['ABA_ROUTING', '026009593'],
    ]);
    expect(found('GET /api/v2/statements?acct=3MK506271&year=2023')).toEqual([['BROKERAGE_ACCOUNT', '3MK506271']]);
  });

  it('FIX tag 1 is the account', () => {
    expect(found('8=FIX.4.2|35=D|49=MKSEC|1=8MK550163|11=MKO240603000917|38=250')).toEqual([['BROKERAGE_ACCOUNT', '8MK550163']]);
  });

  it('hard negative: an HTML attribute, order and trace keys, a masked taxId above a trace number', () => {
    expect(found('<td class=acct>4471</td> order_id=418812093 qty=100')).toEqual([]);
    expect(found('payload={"taxId":"***-**-0417"}\ncreated case KYC-2025-0611-0093 trace=736205418')).toEqual([]);
  });
});

describe("an adviser's custodian operations (blind batch AL)", () => {
  it("hard negative: the firm's master account and accounts masked in the middle", () => {
    expect(found('Master Account\n7821-4406\n{"custodian": "SCHWAB", "masterAccount": "78214406"}')).toEqual([]);
    expect(found('Fidelity Z40-XXX273 Value 1,304,778.42; acct 4RK-xx8810')).toEqual([]);
  });

  it("an \"acct_or_iban\" column beside the routing column is the payee's bank account; the plain acct column is ours", () => {
    const csv = 'sloa_id,custodian,acct,payee,bank,rtg_or_swift,acct_or_iban\nSL-0041,SCHW,5821-3307,Ottilie Marchbanks,Citizens Bank,211370545,4410298375';
    expect(found(csv).filter(([type]) => type !== 'PERSON')).toEqual([
      ['BROKERAGE_ACCOUNT', '5821-3307'],
      ['ABA_ROUTING', '211370545'],
      ['US_BANK_ACCOUNT', '4410298375'],
    ]);
  });
});

describe('a broker-dealer branch in a bank lobby (blind batch AO)', () => {
  it.each([
    ['CIF 4471902, CD # 41000387215', '41000387215'],
    ['Deposit  Acct(s):   0055 1937 8841  (svgs)', '0055 1937 8841'],
    ['Subject: Overdraft Notice - Account 0031 7720 9144', '0031 7720 9144'],
    ['she has 2. ckg 3300 4418 2097 and the old passbook', '3300 4418 2097'],
    ['CD_NUMBER,OPEN,TERM\n41000291776,2024-03-11,18M', '41000291776'],
  ])('a deposit account: %s', (text, account) => {
    expect(found(text)).toEqual([['US_BANK_ACCOUNT', account]]);
  });

  it("hard negative: the bank's general-ledger accounts", () => {
    expect(found('40 fees x $15 = $600, ties to bank GL 5120-0400-03\nSettlement: wire to general ledger 1-2010-45-000')).toEqual([]);
  });

  it('hard negative: "CD" as a code in a report, and the customer number (CIF) alone', () => {
    expect(found('34 CD  CHL 039 9174 20   CRESTHAVEN  05/15/2018\nCIF 4471902')).toEqual([]);
  });
});

describe('a margin and credit desk (blind batch AQ)', () => {
  it("a branch prefix of a digit and two letters, spaced or glued to the account", () => {
    expect(found('Accts: 3IG 24042-1 indiv margin / 7IG 20086-8')).toEqual([
      ['BROKERAGE_ACCOUNT', '3IG 24042-1'],
      ['BROKERAGE_ACCOUNT', '7IG 20086-8'],
    ]);
    expect(found('pls lift the HC2 restriction on 5IG098439; anyone looked at 7ig279151')).toEqual([
      ['BROKERAGE_ACCOUNT', '5IG098439'],
      ['BROKERAGE_ACCOUNT', '7ig279151'],
    ]);
  });

  it('hard negative: a room, a request number under its column, a log\'s time zone', () => {
    expect(found('room 4B2 12345 today')).toEqual([]);
    expect(found('FINRA REQ #     SUBMITTED\n24-0518832      05/02/24')).toEqual([]);
    expect(found('10.24.8.15 - - [18/Jun/2024:10:02:41 -0400] "GET /api/v2/statements?acct=3MK506271"')).toEqual([['BROKERAGE_ACCOUNT', '3MK506271']]);
  });
});

describe('complaints and regulatory inquiries (blind batch AR)', () => {
  it('two letters, a three-digit branch and the account, after its keyword, and its siblings', () => {
    expect(found('My accounts are PS-412-08851 (individual) and PS-412-08869 (IRA).')).toEqual([
      ['BROKERAGE_ACCOUNT', 'PS-412-08851'],
      ['BROKERAGE_ACCOUNT', 'PS-412-08869'],
    ]);
  });

  it('a spaced branch, account and two-digit suffix after its keyword', () => {
    expect(found('Wants $5k/mo from the joint acct 417 30572 11 starting in May')).toContainEqual(['BROKERAGE_ACCOUNT', '417 30572 11']);
  });

  it("hard negative: a wire recall, a check-or-wire column, alert ids, a loan, placeholders", () => {
    expect(found('wire recall 2024051500412; alert IDs AAR-774-21-0031; loan # 7700533017')).toEqual([]);
    expect(found('pay_date,payee,method,check_wire_no,gl_acct\n2024-01-19,Grunewald Markey,WIRE,FW2401190033,6410-200-118')).toEqual([]);
    expect(found('Re: Account 9IG 99999-9; acct 99999999; acct 0000000')).toEqual([]);
  });

  it('hard negative: household, appointment and year-numbered case ids after an account word', () => {
    expect(found('acct household HH-47-01340, acct APPT-47-3305, account ticket INC-2024-0071')).toEqual([]);
  });
});

describe('more of the firms in blind batches AM, AP, AQ, AR and AS', () => {
  it("a firm's letters before a dashed branch and account, without a keyword", () => {
    expect(found('pls use HV 207-55813 for the Quillon RSU release')).toEqual([['BROKERAGE_ACCOUNT', 'HV 207-55813']]);
    expect(found('rolled to IRA 605-19824-13 in March')).toEqual([['BROKERAGE_ACCOUNT', '605-19824-13']]);
  });

  it('hard negative: a purchase order, a state before a phone', () => {
    expect(found('PO 123-45678 approved')).toEqual([]);
    expect(found('call NY 212-555-0143')).toEqual([['PHONE', '212-555-0143']]);
  });

  it('an account with its hyphens written as entities; an account object in JSON', () => {
    expect(found('<p>My accounts are PS&#8209;412&#8209;60981</p>')).toEqual([['BROKERAGE_ACCOUNT', 'PS&#8209;412&#8209;60981']]);
    expect(found('{"callId":"MC240611-0044","account":{"number":"2IG60903-0","type":"margin"}}')).toEqual([['BROKERAGE_ACCOUNT', '2IG60903-0']]);
  });

  it('an SSN after a request word when the SSN word stands a little further back', () => {
    expect(found('kestrel wants ssn + dob on the cost basis req: 583-41-6672')).toEqual([['US_SSN', '583-41-6672']]);
    expect(found('order req: 583-41-6672')).toEqual([]);
  });
});

describe('money moved from the account, not to a bank', () => {
  it('"wire … from my account" names the client\'s account at the firm', () => {
    expect(found('please wire $18,500.00 from my account 417-88203-16 today')).toEqual([['BROKERAGE_ACCOUNT', '417-88203-16']]);
  });

  it('money sent to an account, or an account at a bank, is a bank account', () => {
    expect(found('never asked for the ACH out to her acct 19834227')).toEqual([['US_BANK_ACCOUNT', '19834227']]);
    expect(found('wire to her Chase account 48301122')).toEqual([['US_BANK_ACCOUNT', '48301122']]);
  });
});

describe('entity onboarding and corporate actions (blind batches AU and AV)', () => {
  it("a firm's prefix ending in a slash joins the account", () => {
    expect(found('FOR CB USE:  Acct CB/4-716204')).toEqual([['BROKERAGE_ACCOUNT', 'CB/4-716204']]);
  });

  it('hard negative: an id column under its header is not named by the registration in the next cell; a VOI number', () => {
    expect(found('run_date,branch,rep_code,crm_entity_id,reg_type\n2024-03-15,3,K2T,ENT-0044019,LLC')).toEqual([]);
    expect(found('resubmitting, 1,815 sh, 6 accts, new VOI 2406270052')).toEqual([]);
  });
});

describe("an independent broker-dealer's week (blind batch AT)", () => {
  it('letters, a four-digit branch that is not a year, and the account', () => {
    expect(found('same as march. acct MKI-2208-6154 thx')).toEqual([['BROKERAGE_ACCOUNT', 'MKI-2208-6154']]);
    expect(found('acct INC-2024-0071')).toEqual([]);
  });

  it("Michigan's licence, its letter apart from the digit groups", () => {
    expect(found('MI DL W 326 701 558 214')).toEqual([['US_DRIVER_LICENSE', 'W 326 701 558 214']]);
  });
});
