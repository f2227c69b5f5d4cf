import { describe, expect, it } from 'vitest';
import { classify, HIGH_RISK_TYPES, type PiiType } from '../../../utils/classifier/index';
import { found } from './found';

/** The findings as [type, exact text] pairs, for readable tables. */

describe('true positives', () => {
  it.each<[string, PiiType, string]>([
    ['SSN: 524-71-9638', 'US_SSN', '524-71-9638'],
    ['ssn 524 71 9638 on file', 'US_SSN', '524 71 9638'],
    ['Social Security Number 524719638', 'US_SSN', '524719638'],
    ['her social is 531-84-2207', 'US_SSN', '531-84-2207'],
    ['ITIN 912-70-1234', 'US_ITIN', '912-70-1234'],
    ['tax id 912781234', 'US_ITIN', '912781234'],
    ['EIN 12-3456789', 'US_EIN', '12-3456789'],
    ['card 4539 5260 1815 9083', 'CREDIT_CARD', '4539 5260 1815 9083'],
    ['Amex 3782-526018-15906', 'CREDIT_CARD', '3782-526018-15906'],
    ['pay with 5425526018159087 today', 'CREDIT_CARD', '5425526018159087'],
    ['mc 2223 5260 1815 9088', 'CREDIT_CARD', '2223 5260 1815 9088'],
    ['Discover 6011-5260-1815-9085', 'CREDIT_CARD', '6011-5260-1815-9085'],
    ['routing 021000021', 'ABA_ROUTING', '021000021'],
    ['checking acct 483920175563', 'US_BANK_ACCOUNT', '483920175563'],
    ['wire to account 000183456721, ABA 021000021', 'US_BANK_ACCOUNT', '000183456721'],
    ['acct # 48813392', 'BROKERAGE_ACCOUNT', '48813392'],
    ['Fidelity acct Z12-345678', 'BROKERAGE_ACCOUNT', 'Z12-345678'],
    ['Account No. ABC-123456', 'BROKERAGE_ACCOUNT', 'ABC-123456'],
    ['IBAN DE95 3704 0044 0532 0198 76', 'IBAN', 'DE95 3704 0044 0532 0198 76'],
    ['to GB35WEST12345698761234.', 'IBAN', 'GB35WEST12345698761234'],
    ['<td>DE95&nbsp;3704&nbsp;0044&nbsp;0532&nbsp;0198&nbsp;76</td>', 'IBAN', 'DE95&nbsp;3704&nbsp;0044&nbsp;0532&nbsp;0198&nbsp;76'],
    ["driver's license D1234567", 'US_DRIVER_LICENSE', 'D1234567'],
    ['IL DL S530-4128-7733', 'US_DRIVER_LICENSE', 'S530-4128-7733'],
    ['passport no. 912803456', 'US_PASSPORT', '912803456'],
    ['Passport # C03005988', 'US_PASSPORT', 'C03005988'],
    ['DOB 04/12/1961', 'DATE_OF_BIRTH', '04/12/1961'],
    ['born March 4, 1961 in Ohio', 'DATE_OF_BIRTH', 'March 4, 1961'],
    ['Date of Birth: 1961-04-12', 'DATE_OF_BIRTH', '1961-04-12'],
    ['D.O.B. 4 Mar 1961', 'DATE_OF_BIRTH', '4 Mar 1961'],
    ['DOB still 17 Aug 54?', 'DATE_OF_BIRTH', '17 Aug 54'],
    ["DOB Aug 17 '54", 'DATE_OF_BIRTH', "Aug 17 '54"],
    ['Client: Maria L. Gonzalez', 'PERSON', 'Maria L. Gonzalez'],
    ['spoke with Dr. Sam Whitfield today', 'PERSON', 'Sam Whitfield'],
    ['email maria.g+ira@example.com now', 'EMAIL', 'maria.g+ira@example.com'],
    ['call (512) 555-0143 ext. 12', 'PHONE', '(512) 555-0143'],
    ['cell +1 512 555 0143', 'PHONE', '+1 512 555 0143'],
    ['London +44 20 7946 0958', 'PHONE', '+44 20 7946 0958'],
    ['lives at 1200 Oak Ridge Dr, Austin, TX 78701 since 2001', 'STREET_ADDRESS', '1200 Oak Ridge Dr, Austin, TX 78701'],
    ['mail to 455 Elm St, Apt 4B, Laredo, TX 78040-1234', 'STREET_ADDRESS', '455 Elm St, Apt 4B, Laredo, TX 78040-1234'],
    ['mail it to PO Box 1234, Austin, TX 78701 please', 'STREET_ADDRESS', 'PO Box 1234, Austin, TX 78701'],
    ['office at 1600 Pennsylvania Avenue NW, Washington, DC 20500.', 'STREET_ADDRESS', '1600 Pennsylvania Avenue NW, Washington, DC 20500'],
  ])('%s → %s %s', (text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });
});

describe('hard negatives: broker lookalikes raise no high-risk finding', () => {
  it.each([
    'CUSIP 037833100 and ISIN US0378331005',
    'Order #452719638 filled 1,250 @ 45.12',
    'Ticket 524719638 closed',
    'Conf 5247196380 sent',
    'Ref: 524-71-9638',
    'CRD# 1234567',
    'bought 10,000 shares at 1,250.00',
    'trade date 11/14/2026, settles T+1',
    'sold the 17 Aug 54 calls; DOB verified earlier, expiry 17 Aug 24',
    'SSN on file XXX-XX-1234 and ***-**-1234',
    'card ending 4471, acct ending 5678, account ending in 123456',
    'SSN: 000-12-3456 is invalid, so are 666-12-3456 and 900-12-3456',
    'card 4111 1111 1111 1112 declined',
    'ZIP 78701 and 78701-1234',
    'call 512-555-0143 ext 4471',
    '2026-11-14T10:42:07.123Z',
    'version 10.14.3, build 20261114.2',
    'host 192.168.100.200',
    'id 3f2504e0-4f89-11d3-9a0c-0305e82c3301 and 12345678-1234-4234-8234-123456789012',
    'UPS 1Z999AA10123456784, USPS 9400 1000 0000 0000 0000 00',
    'account opened 04/12/2019, balance $125,000.00',
    'DOB **/**/19**',
    'a 9-digit order number 524719638 with no context',
    'Account 2026 Q4 review',
    'I opened the account in 1998 with $250000 and added 125000 shares later',
    'Account 5 holds 120000 in cash',
    'Fidelity account transfer form page 2 of 11, rev 2024-06',
    'Meeting ID: 845 2291 7745, passcode 112233',
    'checking balance 15230.22, savings 48000',
    'license renewal due 12/2026; CRD 1234567; Series 7, 63, 65',
  ])('%s', (text) => {
    expect(found(text).filter(([type]) => HIGH_RISK_TYPES.has(type))).toEqual([]);
  });
});

describe('offsets are indices into the original text', () => {
  it.each<[string, string, PiiType]>([
    ['NBSP separators', 'SSN 524\u00a071\u00a09638', 'US_SSN'],
    ['non-breaking hyphens', 'SSN 524\u201171\u20119638', 'US_SSN'],
    ['en dashes', 'SSN 524\u201371\u20139638', 'US_SSN'],
    ['minus signs', 'SSN 524\u221271\u22129638', 'US_SSN'],
    ['zero-width space inside', 'SSN 524\u200b-71-96\u200b38', 'US_SSN'],
    ['BOM and ZWJ inside a card', 'card 4539\ufeff5260\u200d1815\u200c9083', 'CREDIT_CARD'],
    ['inline tags', 'SSN <span>524</span>-<b>71</b>-9638', 'US_SSN'],
    ['entities', 'SSN&nbsp;524&#8209;71&#8209;9638', 'US_SSN'],
    ['after astral characters', '😀😀 SSN 524-71-9638', 'US_SSN'],
  ])('%s', (_name, text, type) => {
    const findings = classify(text);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.type).toBe(type);
    expect(text.slice(finding?.start, finding?.end).replace(/<[^>]+>|&#8209;|[^\d]/g, '')).toMatch(/^(524719638|4539526018159083)$/);
    expect(text.slice(finding?.end)).toBe('');
  });

  it('block-level tags separate numbers instead of gluing them', () => {
    expect(found('<td>524</td><td>719638</td>')).toEqual([]);
    expect(found('<tr><td>524-71-9638</td><td>4539526018159083</td></tr>').map(([type]) => type)).toEqual(['US_SSN', 'CREDIT_CARD']);
  });

  it('findings are sorted by start and never overlap', () => {
    const text = 'Client: Maria Gonzalez, maria.g@example.com, 1200 Oak Ridge Dr, Austin, TX 78701, SSN 524-71-9638, card 4539526018159083, acct 48813392';
    const findings = classify(text);
    expect(findings.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < findings.length; i++) expect(findings[i]?.start).toBeGreaterThanOrEqual(findings[i - 1]?.end ?? 0);
  });
});

// The address regex runs only when a street suffix is among the six words after the house number
// (address.ts, for speed): these are the shapes that put the suffix furthest away.
describe('street addresses in every shape the regex knows', () => {
  it.each<[string, string[]]>([
    ['mail to 12 1/2 N. Main St, Austin, TX 78701 today', ['12 1/2 N. Main St, Austin, TX 78701']],
    ['at 455 W 3rd St. NW, Apt 4B, Laredo, TX 78040', ['455 W 3rd St. NW, Apt 4B, Laredo, TX 78040']],
    ['lives at 77 Old Mill Creek Road since 1999', ['77 Old Mill Creek Road']],
    ['office at 90 Broadway, New York, NY 10006', ['90 Broadway, New York, NY 10006']],
    ['at 5 E Hollow Ridge Lane Apt 3', ['5 E Hollow Ridge Lane Apt 3']],
    ['12 3rd Street', ['12 3rd Street']],
    ['400 N Michigan Ave', ['400 N Michigan Ave']],
    ['the 10 AM call about 3 Accounts Payable', []],
    ['1 Main', []],
    ['In person: 1345 Avenue of the Americas, 27th Floor, New York, NY 10105.', ['1345 Avenue of the Americas, 27th Floor, New York, NY 10105']],
    ['12 Main St, 4th Floor, Austin, TX 78701', ['12 Main St, 4th Floor, Austin, TX 78701']],
    ['see page 5 Avenue of approach', []],
  ])('%s', (text, expected) => {
    expect(found(text).filter(([type]) => type === 'STREET_ADDRESS').map(([, value]) => value)).toEqual(expected);
  });
});

describe('security ids next to an account stay security ids', () => {
  it.each<[string, [PiiType, string][]]>([
    ['acct 48813392 then bought 037833100 at the open', [['BROKERAGE_ACCOUNT', '48813392']]],
    ['Acct 52345618 bought US0378331005 today', [['BROKERAGE_ACCOUNT', '52345618']]],
    ['account 48813392, CUSIP 38259P508', [['BROKERAGE_ACCOUNT', '48813392']]],
    ['passport # A07443921', [['US_PASSPORT', 'A07443921']]],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('numbers after a date cell of a CSV row', () => {
  it('a dotted phone number is not read as a thousands group of the date before it', () => {
    expect(found('Client,1979-11-23,646.555.0190,a@example.com')).toContainEqual(['PHONE', '646.555.0190']);
  });

  it('hard negative: a real thousands group with decimals stays an amount', () => {
    expect(found('total 12,646.55 and 3,141.59 today')).toEqual([]);
  });
});

describe('spaced account numbers', () => {
  it('the last group may be shorter ("4301 8827 16 checking")', () => {
    expect(found('TD Bank, N.A.\n4301 8827 16 checking\n031201360 routing')).toEqual([
      ['US_BANK_ACCOUNT', '4301 8827 16'],
      ['ABA_ROUTING', '031201360'],
    ]);
  });

  it('hard negative: a short group that is not the last ends the account', () => {
    expect(found('acct 4301 8827 16 12 shares').map(([, value]) => value)).not.toContain('4301 8827 16');
  });
});

describe('names from everywhere', () => {
  it.each([
    ['[8:47 AM] Lena Brandt: morning', 'Lena Brandt'],
    ['Attendees: Kwame Asante and others', 'Kwame Asante'],
    ['per Tomasz Wiśniewski, the transfer is ready', 'Tomasz Wiśniewski'],
    ['agent is her nephew Curtis Lyle Abernathy.', 'Curtis Lyle Abernathy'],
    ['9RT-601148,"Tran, Minh Chau",W9_PENDING', 'Tran, Minh Chau'],
  ])('%s', (text, name) => {
    expect(found(text)).toContainEqual(['PERSON', name]);
  });

  it('hard negative: a given name that is mostly a finance word starts nothing', () => {
    expect(found('Roth Conversion and Brent Crude and Russell Index notes').filter(([type]) => type === 'PERSON')).toEqual([]);
  });
});

describe('names after a title', () => {
  it('a title and a full name: the name ("Dr. Sam Whitfield" → "Sam Whitfield")', () => {
    expect(found('spoke with Dr. Sam Whitfield today')).toEqual([['PERSON', 'Sam Whitfield']]);
  });

  it('hard negative: a title and a surname alone is not a full name ("Dear Mr. Okafor,")', () => {
    expect(found('Dear Mr. Okafor, thanks for the call')).toEqual([]);
  });
});

describe('account numbers with a letter prefix', () => {
  it('"acct no. NF 3318-7702": the prefix after the keyword is part of the number', () => {
    expect(found('Individual (cash)      acct no. NF 3318-7702')).toEqual([['BROKERAGE_ACCOUNT', 'NF 3318-7702']]);
  });

  it("hard negative: the keyword's own capitals are not a prefix (\"ACCT 004617729913\")", () => {
    expect(found('BANK OF AMERICA  ABA 011000138  ACCT 004617729913')).toEqual([
      ['ABA_ROUTING', '011000138'],
      ['US_BANK_ACCOUNT', '004617729913'],
    ]);
  });

  it('hard negative: a span of years after an account word is not an account', () => {
    expect(found("about $80k/yr from Doug's IRA x0381 in 2025-2028")).toEqual([]);
  });

  it('hard negative: a registration or a state between keyword and number is not a prefix', () => {
    expect(found('acct IRA 48813392 and Acct: NY 48813392')).toEqual([
      ['BROKERAGE_ACCOUNT', '48813392'],
      ['BROKERAGE_ACCOUNT', '48813392'],
    ]);
  });
});

describe('published sample numbers and test data', () => {
  it.each([
    'SSN 123-45-6789',
    'SSN 078-05-1120',
    'ssn 219-09-9999',
    'the SSA advertising range 987-65-4320 through 987-65-4329',
    'test account 4RK-000000',
    'test card 4111 1111 1111 1111 exp 12/30',
    'Stripe test 4242424242424242, Amex 378282246310005, Discover 6011111111111117, MC 5555 5555 5555 4444',
    'sandbox routing 000000000',
    'test bank acct 000123456789, acct 12345678',
    'the standard example IBAN DE89 3704 0044 0532 0130 00 (and GB82 WEST 1234 5698 7654 32)',
  ])(
    'hard negative: %s is not reported or blocked',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it('a published test card scores below the threshold and says why', () => {
    const [finding] = classify('card 4111 1111 1111 1111', { minScore: 0.2 });
    expect(finding).toMatchObject({ type: 'CREDIT_CARD', score: 0.3 });
    expect(finding?.evidence.notes).toContain('a published test card number');
  });

  it('a card one digit away from a test card is a card', () => {
    expect(found('card 4539 5260 1815 9083')).toEqual([['CREDIT_CARD', '4539 5260 1815 9083']]);
  });

  it('a caller asking for low scores still sees a sample SSN, with its note', () => {
    const [finding] = classify('SSN 123-45-6789', { minScore: 0.2 });
    expect(finding?.type).toBe('US_SSN');
    expect(finding?.evidence.notes).toEqual(['published sample or test number']);
  });
});

describe('references after bank and payment words', () => {
  it.each(['outgoing Fed wire WR-20250618-00214 released', 'ACH link AL-0618-00337 pending', 'Positive Pay file PP-0618-03 sent', 'ticket INC-20250318-0071'])('hard negative: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('an account word with bank words around still names a lettered account at the firm', () => {
    expect(found('Trust account at H&V bank: HV-TR-900417')).toEqual([['BROKERAGE_ACCOUNT', 'HV-TR-900417']]);
  });

  it('a lettered value under a bank account column is that column\'s', () => {
    expect(found('Name,Bank Acct\nRosa Delgado,CK4471902\n').filter(([type]) => type !== 'PERSON')).toEqual([['US_BANK_ACCOUNT', 'CK4471902']]);
  });
});

describe('tax ids of entities', () => {
  const BENEFICIARIES = 'ACCT_LAST4,BENE_NM,REL,BENE_DOB,SSN_TIN,PCT\n5521,Marta Lindqvist,SPOUSE,08/19/1965,329801176,100\n5521,Lindqvist Family Trust,TRUST,,842917734,100\n';

  it("a tax id column on a trust's row holds an EIN, on a person's row an SSN", () => {
    const ids = found(BENEFICIARIES).filter(([type]) => type === 'US_SSN' || type === 'US_EIN');
    expect(ids).toEqual([['US_SSN', '329801176'], ['US_EIN', '842917734']]);
  });

  it('hard negative: a number that fails the IRS prefixes stays an SSN on an entity row', () => {
    // 07 is not an IRS campus prefix.
    expect(found('NAME,TIN\nAcme Holdings LLC,072917734\n')).toContainEqual(['US_SSN', '072917734']);
  });
});

describe('context from tables', () => {
  it('a spreadsheet paste (TSV with a header row) gives each value its column', () => {
    const text = 'Name\tSocial\tBirthdate\tAcct #\tCUSIP\nRosa Delgado\t412683391\t03/09/1958\t48813392\t037833100\n';
    expect(found(text)).toEqual([
      ['PERSON', 'Rosa Delgado'], ['US_SSN', '412683391'], ['DATE_OF_BIRTH', '03/09/1958'], ['BROKERAGE_ACCOUNT', '48813392'],
    ]);
  });

  it('a "name, SSN, DOB" row needs no header', () => {
    expect(found('Rosa Delgado, 412683391, 03/09/1958')).toEqual([['PERSON', 'Rosa Delgado'], ['US_SSN', '412683391'], ['DATE_OF_BIRTH', '03/09/1958']]);
  });

  it('a trade blotter with no PII columns stays silent', () => {
    const text = 'Trade Date,Symbol,CUSIP,Qty,Price,Order ID\n11/14/2026,AAPL,037833100,500,189.25,452719638\n';
    expect(found(text)).toEqual([]);
  });
});

describe('firm account patterns', () => {
  const acme = { name: 'Acme brokerage', pattern: '\\bAC\\d{7}\\b', checkDigit: 'luhn' as const };
  it.each<[string, boolean]>([
    ['moving AC0000042 today', true],
    ['moving AC0000043 today', false],
  ])('%s → detected %s', (text, detected) => {
    const findings = classify(text, { accountPatterns: [acme] });
    expect(findings.some((f) => f.type === 'BROKERAGE_ACCOUNT' && f.detector === 'firm-account:Acme brokerage')).toBe(detected);
  });

  it('requiresContext needs an account keyword nearby', () => {
    const pattern = { name: 'Bare', pattern: '\\b7\\d{7}\\b', requiresContext: true };
    expect(classify('ref 71234567', { accountPatterns: [pattern] })).toEqual([]);
    expect(classify('acct 71234567', { accountPatterns: [pattern] })[0]?.detector).toBe('firm-account:Bare');
  });

  it('an invalid pattern is skipped, not thrown', () => {
    expect(() => classify('acct 1', { accountPatterns: [{ name: 'bad', pattern: '(' }] })).not.toThrow();
  });
});

describe('security: adversarial inputs finish and stay sane', () => {
  it.each<[string, string]>([
    ['200 KB of digits', '7'.repeat(200_000)],
    ['200 KB of spaces', ' '.repeat(200_000)],
    ['digit groups forever', '1-'.repeat(100_000)],
    ['spaced digits forever', '12 '.repeat(70_000)],
    ['one CSV line with 60k cells', 'Ab,'.repeat(60_000)],
    ['at signs', 'a@'.repeat(100_000)],
    ['tags', '<span>1'.repeat(30_000)],
    ['entities', '1&#8209;'.repeat(30_000)],
    ['capitalised words', 'Maria '.repeat(35_000)],
    ['house numbers', '1 Main '.repeat(30_000)],
    ['a house number before one endless word', '1 ' + 'Ab'.repeat(100_000)],
    ['house numbers before endless words', '1 Abc '.repeat(30_000) + 'X'.repeat(50_000)],
    ['a fixed-width report of 6,000 rows', 'Ref          Side   Qty\n' + 'AB-1234567   BUY    100\n'.repeat(6_000)],
    ['fixed-width rows between blank lines', 'Ab   Cd   Ef\n\nAB-1234567   12   34\n\n'.repeat(5_000)],
    ['label lines above values', 'Ref number\n1234567890\n'.repeat(10_000)],
    ['entity hyphens forever', 'A1&#8209;'.repeat(25_000)],
  ])('%s', (_name, text) => {
    const findings = classify(text);
    expect(Array.isArray(findings)).toBe(true);
    expect(findings.filter((f) => HIGH_RISK_TYPES.has(f.type))).toEqual([]);
  });

  it('non-string and empty input return no findings', () => {
    expect(classify('')).toEqual([]);
    expect(classify(undefined as unknown as string)).toEqual([]);
  });
});
