import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, describeFindings, mask, PII_TYPES, type PiiType } from '../../../utils/classifier/index';

describe('mask', () => {
  it.each<[PiiType, string, string]>([
    ['US_SSN', '524-71-9638', '***-**-9638'],
    ['US_SSN', '524 71 9638', '***-**-9638'],
    ['US_ITIN', '912701234', '***-**-1234'],
    ['US_EIN', '12-3456789', '**-***6789'],
    ['CREDIT_CARD', '4111 1111 1111 4471', 'card ending 4471'],
    ['US_BANK_ACCOUNT', '000123455678', '••••5678'],
    ['BROKERAGE_ACCOUNT', 'ABC-12345678', '••••5678'],
    ['BROKERAGE_ACCOUNT', '123456', '••••56'],
    ['ABA_ROUTING', '021000021', '••••0021'],
    ['IBAN', 'DE95 3704 0044 0532 0198 76', 'DE••••9876'],
    ['US_PASSPORT', 'C03005988', '••••5988'],
    ['US_DRIVER_LICENSE', 'D1234567', '••••4567'],
    ['DATE_OF_BIRTH', '04/12/1961', '**/**/19**'],
    ['DATE_OF_BIRTH', 'March 4, 1961', '**/**/19**'],
    ['PERSON', 'Maria L. Gonzalez', 'M. L. G.'],
    ['EMAIL', 'Maria.G@Example.com', 'M***@example.com'],
    ['PHONE', '(512) 555-0143', '***-***-0143'],
    ['STREET_ADDRESS', '1200 Oak Ridge Dr, Austin, TX 78701', 'street address (TX 787**)'],
    ['US_SSN', '524&#8209;71&#8209;9638', '***-**-9638'],
  ])('%s %s → %s', (type, value, masked) => expect(mask(type, value)).toBe(masked));

  it('describeFindings lists masked findings for the in-page notice, without duplicates', () => {
    const text = 'SSN 524-71-9638, card 4539 5260 1815 9083, again 524-71-9638';
    expect(describeFindings(text, classify(text))).toBe('SSN ***-**-9638, card ending 9083');
  });

  it('describeFindings cuts long lists short', () => {
    const text = Array.from({ length: 8 }, (_, i) => `SSN 524-71-96${10 + i}`).join('; ');
    expect(describeFindings(text, classify(text))).toMatch(/, and 3 more$|and 3 more$/);
  });

  it('security: mask never reveals more than the last 4 digits of an identifier', () => {
    const identifiers: PiiType[] = ['US_SSN', 'US_ITIN', 'US_EIN', 'CREDIT_CARD', 'US_BANK_ACCOUNT', 'BROKERAGE_ACCOUNT', 'ABA_ROUTING', 'IBAN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'PHONE'];
    fc.assert(
      fc.property(fc.constantFrom(...identifiers), fc.stringMatching(/^[0-9]{4,19}$/), (type, digits) => {
        const shown = mask(type, digits).replace(/\D+/g, '');
        expect(shown.length).toBeLessThanOrEqual(4);
        expect(digits.endsWith(shown)).toBe(true);
      }),
    );
  });

  it('security: a date of birth shows the century at most, a name its initials', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2020 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        expect(mask('DATE_OF_BIRTH', `${m}/${d}/${y}`)).toBe(`**/**/${String(y).slice(0, 2)}**`);
      }),
    );
    expect(mask('PERSON', 'Rosa Delgado')).not.toMatch(/osa|elgado/);
  });

  it('every type has a mask', () => {
    for (const type of PII_TYPES) expect(mask(type, '1234567890').length).toBeGreaterThan(0);
  });
});
