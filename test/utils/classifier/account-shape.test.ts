/** Brokerage accounts known by their shape alone (utils/classifier/alnum.ts, ACCOUNT_SHAPE). */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../utils/classifier/index';
import { found } from './found';

describe('account shape: a mixed three-character prefix, a hyphen, five or six digits', () => {
  it('without a keyword, in a chat line', () => {
    expect(found('[08:59] Aaron Steele: monthly $500 into 2HX-60913 on the 15th')).toEqual([
      ['PERSON', 'Aaron Steele'],
      ['BROKERAGE_ACCOUNT', '2HX-60913'],
    ]);
  });

  it('is scored below a named account and says it was known by its shape', () => {
    const [shape] = classify('Debit from 5HP-118563.');
    expect(shape).toMatchObject({ type: 'BROKERAGE_ACCOUNT', score: 0.6, detector: 'account-shape' });
    const [named] = classify('acct 5HP-118563');
    expect(named).toMatchObject({ type: 'BROKERAGE_ACCOUNT', score: 0.8, detector: 'brokerage-account' });
  });

  it('prefixes of every mix: 72K-114480, PA1-580233, W22-481907', () => {
    expect(found('moved 72K-114480, PA1-580233 and W22-481907 to the new rep').map(([type]) => type)).toEqual(['BROKERAGE_ACCOUNT', 'BROKERAGE_ACCOUNT', 'BROKERAGE_ACCOUNT']);
  });

  it('a zero-width character inside it (pasted from a chat client) does not hide it', () => {
    expect(found('it is 8ZD-88\u200b3386 (indiv)')).toEqual([['BROKERAGE_ACCOUNT', '8ZD-88\u200b3386']]);
  });

  it('a bank word elsewhere on the line does not make it a bank account', () => {
    expect(found('check drawn on their BofA checking, payable to us FBO joint acct 3RL-60419')).toEqual([['BROKERAGE_ACCOUNT', '3RL-60419']]);
  });

  it('hard negative: reference ids with letters only before the hyphen (FI-66120, WQ-33018, TOA-882070)', () => {
    expect(found('tickets FI-66120 and WQ-33018 closed; transfer TOA-882070 pending')).toEqual([]);
  });

  it('hard negative: an order, ticket or confirmation keyword names it', () => {
    expect(found('order 5KF-302951 filled; ticket 4TK-01877 closed')).toEqual([]);
  });

  it('hard negative: under a ticket column', () => {
    expect(found('Ticket,Side,Qty\n4TK-01877,BUY,500\n4TK-02219,SELL,200')).toEqual([]);
  });

  it('hard negative: other lengths and prefixes (two characters, eight digits, four digits)', () => {
    expect(found('parts 3M-123456, 5KF-30295120, 5KF-3029 and 5KFX-302951 are in stock')).toEqual([]);
  });

  it('seven digits after a region prefix, as some firms number them ("TP4-2760315")', () => {
    expect(found('Fenella Crabtree     1944-07-19   80   TP4-2760315')).toContainEqual(['BROKERAGE_ACCOUNT', 'TP4-2760315']);
  });
});
