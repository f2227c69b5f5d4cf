/** The firm's own accounts from policy (utils/classifier/house-accounts.ts). */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../utils/classifier/index';
import { found } from './found';

const BLOTTER = 'Acct         Side  Qty   CUSIP\n4RK-990300   BUY   500   594918104\n4RK-118327   SELL  200   594918104\n';

describe("the firm's own accounts (policy houseAccounts)", () => {
  it('an account matching a house pattern whole is dropped; the customer account beside it stays', () => {
    expect(found(BLOTTER, { houseAccounts: ['4RK-99\\d{4}'] })).toEqual([['BROKERAGE_ACCOUNT', '4RK-118327']]);
  });

  it('the bank account of the firm\'s published wire instructions', () => {
    expect(found('our wire instructions: JPMorgan Chase, account 304871925', { houseAccounts: ['304871925'] })).toEqual([]);
  });

  it('hard negative: a pattern must match the whole value, not a part of it', () => {
    expect(found('acct 4RK-990300', { houseAccounts: ['990300'] })).toEqual([['BROKERAGE_ACCOUNT', '4RK-990300']]);
  });

  it('hard negative: other types are never dropped, even when a pattern matches them', () => {
    expect(found('SSN 524-71-9638', { houseAccounts: ['\\d{3}-\\d{2}-\\d{4}'] })).toEqual([['US_SSN', '524-71-9638']]);
  });

  it('security: an invalid pattern is skipped, never thrown', () => {
    expect(() => classify('acct 4RK-990300', { houseAccounts: ['([unclosed'] })).not.toThrow();
    expect(found('acct 4RK-990300', { houseAccounts: ['([unclosed'] })).toEqual([['BROKERAGE_ACCOUNT', '4RK-990300']]);
  });

  it('security: a pattern cannot widen itself past the anchors with an alternation', () => {
    expect(found('acct 4RK-118327', { houseAccounts: ['x|4RK'] })).toEqual([['BROKERAGE_ACCOUNT', '4RK-118327']]);
  });
});
