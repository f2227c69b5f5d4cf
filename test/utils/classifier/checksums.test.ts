import { describe, expect, it } from 'vitest';
import { abaRoutingValid, cardIssuer, checkDigitValid, cusipValid, einValid, ibanMod97Valid, isinValid, isSampleSsn, isSampleSsnNumber, itinNumberValid, itinValid, luhnValid, ssnNumberValid, ssnValid } from '../../../utils/classifier/checksums';
import { numericDateYear, numericDateYearOf } from '../../../utils/classifier/dates';

describe('checksums and validity rules', () => {
  it.each([
    ['4111111111111111', true], ['4111111111111112', false], ['378282246310005', true], ['6011000990139424', true],
    ['5555555555554444', true], ['2223003122003222', true], ['0', true], ['', false], ['12a4', false],
  ])('luhn %s → %s', (digits, valid) => expect(luhnValid(digits)).toBe(valid));

  it.each([
    ['021000021', true], ['121000248', true], ['011000015', true], ['021000022', false],
    ['131000021', false], // prefix 13 is not a Federal Reserve routing symbol
    ['02100002', false],
  ])('ABA %s → %s', (digits, valid) => expect(abaRoutingValid(digits)).toBe(valid));

  it.each([
    ['524719638', true], ['000123456', false], ['666123456', false], ['900123456', false], ['999123456', false],
    ['123001234', false], ['123450000', false], ['899991234', true],
  ])('SSN %s → %s', (digits, valid) => expect(ssnValid(digits)).toBe(valid));

  it.each([
    ['912701234', true], ['912501234', true], ['912651234', true], ['912661234', false], ['912891234', false],
    ['912931234', false], ['912941234', true], ['812701234', false],
  ])('ITIN %s → %s', (digits, valid) => expect(itinValid(digits)).toBe(valid));

  it.each([['123456789', true], ['071234567', false], ['891234567', false], ['991234567', true], ['001234567', false]])(
    'EIN %s → %s',
    (digits, valid) => expect(einValid(digits)).toBe(valid),
  );

  it.each([
    ['4111111111111111', 'Visa'], ['5555555555554444', 'Mastercard'], ['2223003122003222', 'Mastercard'],
    ['378282246310005', 'Amex'], ['6011000990139424', 'Discover'], ['30569309025904', 'Diners Club'],
    ['3530111333300000', 'JCB'], ['1234567812345670', undefined], ['37828224631000', undefined],
  ])('card issuer %s → %s', (digits, issuer) => expect(cardIssuer(digits)).toBe(issuer));

  it.each([['037833100', true], ['594918104', true], ['38259P508', true], ['037833101', false], ['03783310', false]])(
    'CUSIP %s → %s',
    (value, valid) => expect(cusipValid(value)).toBe(valid),
  );

  it.each([['US0378331005', true], ['US5949181045', true], ['US0378331006', false], ['0378331005', false]])(
    'ISIN %s → %s',
    (value, valid) => expect(isinValid(value)).toBe(valid),
  );

  it.each([['DE89370400440532013000', true], ['GB82WEST12345698765432', true], ['GB82WEST12345698765433', false], ['NL91ABNA0417164300', true]])(
    'IBAN %s → %s',
    (value, valid) => expect(ibanMod97Valid(value)).toBe(valid),
  );

  it.each([
    ['none', '123', true], [undefined, '123', true], ['luhn', '79927398713', true], ['luhn', '79927398710', false],
    ['mod10', '12345676', true], ['mod10', '12345670', false], ['mod11', '12345679', true], ['mod11', '12345671', false],
  ] as const)('firm check digit %s over %s → %s', (rule, digits, valid) => expect(checkDigitValid(rule, digits)).toBe(valid));

  // The scanner checks SSNs, ITINs and dates on digit groups read as numbers (issue #2 speed): the number
  // forms must agree with the string forms everywhere, leading zeros included.
  it.each(['524719638', '000123456', '666123456', '900123456', '999123456', '123001234', '123450000', '899991234', '912701234',
    '912661234', '078051120', '001010001', '123456789', '912941234', '812701234'])('number forms agree with string forms for %s', (digits) => {
    expect(ssnNumberValid(Number(digits))).toBe(ssnValid(digits));
    expect(itinNumberValid(Number(digits))).toBe(itinValid(digits));
    expect(isSampleSsnNumber(Number(digits))).toBe(isSampleSsn(digits));
  });

  it.each([
    ['04', '12', '1961', 1961], ['1961', '04', '12', 1961], ['2', '29', '2023', -1], ['2', '29', '2024', 2024], ['29', '2', '00', 2000],
    ['31', '04', '61', -1], ['13', '13', '99', -1], ['12', '31', '25', 2025], ['1', '1', '26', 1926], ['123', '1', '1961', -1],
  ])('numeric date %s/%s/%s → year %s, from strings and from numbers', (a, b, c, year) => {
    expect(numericDateYear(a, b, c)).toBe(year);
    expect(numericDateYearOf(a.length, Number(a), b.length, Number(b), c.length, Number(c))).toBe(year);
  });
});
