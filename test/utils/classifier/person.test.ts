/** Persons named by where they stand rather than by a known given name (utils/classifier/person.ts). */
import { describe, expect, it } from 'vitest';
import { found } from './found';

const persons = (text: string) => found(text).filter(([type]) => type === 'PERSON').map(([, name]) => name);

describe('the speaker of a chat line', () => {
  it.each([
    ['[19:07:05] Sam Oduya: deleted it', 'Sam Oduya'],
    ['06/12/25 08:53:44 SOFIA LINDQVIST: done, tks', 'SOFIA LINDQVIST'],
    ['2025-08-21 10:41 Renée Castellanos: signed', 'Renée Castellanos'],
    ['9:15 AM ET - Rob Tiernan: call me', 'Rob Tiernan'],
    ['[11/6/24, 7:52:10 PM] Keiko Morita: ok', 'Keiko Morita'],
    ['06/12/25 08:47:02 DAVID KOHLER, CASTELLAN ASSET: got 25mm to go', 'DAVID KOHLER'],
    ['10:02 LANCE FEIN (BARCLAYS): indicative for ur 3y autocall', 'LANCE FEIN'],
  ])('%s', (line, name) => {
    expect(persons(line)).toEqual([name]);
  });

  it("a time's minutes before the speaker are not a street number (\"09:40 Lauren Pike: …\")", () => {
    expect(found('06/12 09:40 Lauren Pike: wiring $15,000 from Chase today')).toEqual([['PERSON', 'Lauren Pike']]);
  });

  it.each([
    ['3/11/24, 8:18 AM - Teodora Vaish TRF: Yes, the one on walnut', ['Teodora Vaish']],
    ['2024-02-27 11:02:51\tIN\tConstance Yarbrough\tthey charged me\n2024-02-27 11:03:30\tIN\tConstance Yarbrough\tagain', ['Constance Yarbrough', 'Constance Yarbrough']],
    ['03/04/2024 08:15:09   Amadou Sarr   rates on the 9 month?\n03/04/2024 08:17:09   Amadou Sarr   ok', ['Amadou Sarr', 'Amadou Sarr']],
    ['Thu 10:14 Gil Marchetti\nKeturah can u start a new roth\nThu 10:15 Gil Marchetti\nok', ['Gil Marchetti', 'Gil Marchetti']],
  ])('an archive laying the speaker out in a column or on a line of its own: %s', (log, names) => {
    expect(persons(log)).toEqual(names);
  });

  it('hard negative: capitalised words after a time stamp and before a gap, said once, are not a speaker', () => {
    expect(persons('[10:01] Market Open   bell rung\n[10:02] Trade Support   filled')).toEqual([]);
  });

  it('hard negative: a desk, a team or a bot speaking is not a person', () => {
    const chat = '[10:01] Trade Support: filled\n[10:02] OPS DESK: rejected\n[10:03] Client Services Team: call back\n[10:04] Margin Department: call issued';
    expect(persons(chat)).toEqual([]);
  });

  it('hard negative: a first name and an initial is not a full name ("Rosa V.: …")', () => {
    expect(persons('[11/6/24, 7:52:10 a.m.] Rosa V.: sent the form\n[9:14 AM] Dana K: thx')).toEqual([]);
  });

  it('hard negative: capitalised words after a time but before no colon are not a speaker', () => {
    expect(persons('[10:02] Trade Date moved, Settlement Date T+1')).toEqual([]);
  });
});

describe('department sign-offs', () => {
  it('hard negative: a closing signed by a department names no person', () => {
    for (const signature of ['Tax Operations', 'Margin Department', 'Corporate Actions', 'Treasury Services', 'Money Movement']) {
      expect(persons(`Please call us with questions.\n\nBest,\n${signature}\n`)).toEqual([]);
    }
  });

  it('a closing signed by a person still names them', () => {
    expect(persons('Please call us with questions.\n\nBest,\nTamsin Okoye\n')).toEqual(['Tamsin Okoye']);
  });
});

describe('names after a label', () => {
  it.each([
    ['{ "beneficiary": { "name": "Tan Wei Ling", "share": 50 } }', 'Tan Wei Ling'],
    ['Opened 06/11/2024 by: Tasha Greene', 'Tasha Greene'],
    ['successor trustee is her nephew Colin Whitby.', 'Colin Whitby'],
    ['Customer Name\nRosalind Achebe\nDate of Birth', 'Rosalind Achebe'],
    ['Name of taxpayer\nHenrike Vossberg\n', 'Henrike Vossberg'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('hard negative: a form label under a section heading is not a name ("Account Owner\\nFull Legal Name")', () => {
    expect(persons('Section 1 – Account Owner\nFull Legal Name\nMailing Address\n')).toEqual([]);
  });

  it('hard negative: a label line followed by a product or a committee names no one', () => {
    expect(persons('Approved by Fee Committee\nIRA Beneficiary\nClaim Form\n')).toEqual([]);
  });
});

describe('the shape of a full name', () => {
  it.each([
    ['meeting with Aaliyah X. Okafor today', 'Aaliyah X. Okafor'],
    ['meeting with DeShawn F. Cohen', 'DeShawn F. Cohen'],
    ["Account holder: O'Connor, Dmitri", "O'Connor, Dmitri"],
    ['Account holder: Schmidt, DeShawn', 'Schmidt, DeShawn'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('hard negative: a lettered part before a sentence is no name ("Part B. There\'s", "Schedule K. Form")', () => {
    expect(persons("which is $370.00 for Part B. There's no penalty. See Schedule K. Form 1065 is due")).toEqual([]);
  });
});

describe('names in capitals after a form label', () => {
  it.each([
    ['Branch:  231\nAccount Title:    FATOUMATA DIALLO\n', 'FATOUMATA DIALLO'],
    ['Executor: GAIL PRENTISS-MOORE', 'GAIL PRENTISS-MOORE'],
    ['Box 1 Name: LORRAINE PRICE', 'LORRAINE PRICE'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('hard negative: a heading after a label word, a state and a document, a job title stay silent', () => {
    const text = 'CUSTOMER COMPLAINT INTAKE\nKEYSTONE RIDGE SECURITIES - CLIENT INFORMATION UPDATE\nID: OH DL RS123456\nTitle: VICE PRESIDENT\nWire in from HSBC UK';
    expect(persons(text)).toEqual([]);
  });
});

describe('names spaced out by a PDF copy', () => {
  it.each([
    ['Full  Name :   Marisol  Quintanilla\nDOB : 02 / 29 / 1992', 'Marisol  Quintanilla'],
    ['Trusted  Contact  Name:    Raymond  T.  Lind\n', 'Raymond  T.  Lind'],
    ['Primary :   Iván  Quintanilla  Ríos', 'Iván  Quintanilla  Ríos'],
  ])('after a label, to the end of the line: %s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('hard negative: the gap of a two-column form is not part of a name', () => {
    expect(persons('Client:  John  Smith   Phone: 555-0100 ext 4')).toEqual([]);
  });
});

describe('a column of people named by their role', () => {
  it.each([
    ['Acct Number,Registration,Primary Owner,Open Date\n11060611,JTWROS,"OKAFOR, COLLEEN",01/03/2024', 'OKAFOR, COLLEEN'],
    ['Account #,Account Holder,Bank Name\n9AB-72365,"Abernathy, Vincent",PNC', 'Abernathy, Vincent'],
    ['ctl_no,recv_acct,recv_title,type\n20250640001344,012-611583,Winifred Ekwueme,FULL', 'Winifred Ekwueme'],
    ['Policy,Annuitant,Status\nBL-40218,Marisol Quintanilla,In force', 'Marisol Quintanilla'],
  ])('%s', (table, name) => {
    expect(persons(table)).toEqual([name]);
  });

  it('hard negative: the owner of a ticket or a queue is a team, and an account holder column may hold a trust', () => {
    expect(persons('Case\tOwner\tOpened\nSR-24-10-0381\tClient Maint\t10/07/2024\nSR-24-10-0382\tAML-Team\t10/08/2024')).toEqual([]);
    expect(persons('Acct,Account Holder\n4RK-312940,Okafor Family Trust\n4RK-312941,Account Title')).toEqual([]);
  });
});

describe('people named by their role in a family or a trust', () => {
  it.each([
    ['3. Settlors:  Farida Nakashima-Ferreira', 'Farida Nakashima-Ferreira'],
    ['- kids: Aurelio Castellanos dob 9/14/12', 'Aurelio Castellanos'],
    ['Participants: Gil Marchetti (+14237180342)', 'Gil Marchetti'],
    ['Custodian: Hanna Reyes', 'Hanna Reyes'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('hard negative: an act or a table named after the role word', () => {
    expect(persons('4. Custodial account of a minor (Uniform Gift to Minors Act)\nRMD WORKSHEET FOR IRA OWNERS (Uniform Lifetime Table)')).toEqual([]);
  });
});

describe('names after labels in markup, logs and dumps', () => {
  it.each([
    ['acct=9MK-418527 holder="Obinna Achterberg" status=FAIL', 'Obinna Achterberg'],
    ["body={'name': 'Kalani Ferreira'}", 'Kalani Ferreira'],
    ['<idv:Subject><idv:FullName>Lucian Dragomir</idv:FullName>', 'Lucian Dragomir'],
    ['<tr><td>Account owner</td><td>Pilar Echeverr&iacute;a Quiroga</td></tr>', 'Pilar Echeverr&iacute;a Quiroga'],
    ['<td class="k">Trusted Contact</td><td class="v">Alden Pembrook</td>', 'Alden Pembrook'],
    ['Client: <b>Ilse Brandst&auml;tter</b>', 'Ilse Brandst&auml;tter'],
    ['Reporter: Tess Whitcombe', 'Tess Whitcombe'],
    ['"displayName":"Ezekiel Varga"', 'Ezekiel Varga'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('hard negative: a custodian, a regulator or a column title after a label', () => {
    expect(persons('<tr><th>Custodian</th><td>Lindqvist Custody</td></tr>\nREQUESTOR: FINRA MARKET REGULATION\n<td>Amount</td><td>Morgan Stanley</td>')).toEqual([]);
  });
});
