import { describe, expect, it } from 'vitest';
import { abaRoutingValid, cardIssuer, checkDigitValid, cusipValid, einValid, ibanMod97Valid, isinValid, itinValid, luhnValid, ssnValid } from '../../../utils/classifier/checksums';

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
});
