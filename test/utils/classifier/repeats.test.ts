/** A value named once, repeated without its label (utils/classifier/repeats.ts). */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../utils/classifier/index';
import { found } from './found';

describe('repeats of a labelled value', () => {
  it('an account named once is found again where it comes back bare', () => {
    const chat = 'building the ladder for the trust. acct 5HP-336190\n[10:02] desk: 100M each?\n[10:03] rep: take both, into 5HP-336190.';
    expect(found(chat)).toEqual([
      ['BROKERAGE_ACCOUNT', '5HP-336190'],
      ['BROKERAGE_ACCOUNT', '5HP-336190'],
    ]);
  });

  it('the repeat says where the value was named, without repeating the value', () => {
    const text = 'acct HPX-336190 is the trust.\n[10:02] desk: what size for each rung of the ladder?\n[10:03] rep: 100M each, into HPX-336190.';
    const repeat = classify(text)[1];
    expect(repeat?.detector).toBe('brokerage-account-repeat');
    expect(repeat?.evidence.notes).toEqual(['the value named at offset 5']);
    expect(JSON.stringify(repeat?.evidence)).not.toContain('336190');
  });

  it('hard negative: the value inside a longer id is not a repeat', () => {
    expect(found('acct 5HP-336190; batch X5HP-3361901 and 5HP-336190Z closed').map(([, value]) => value)).toEqual(['5HP-336190']);
  });

  it('hard negative: a date is not repeated into another context', () => {
    expect(found('DOB 04/12/1961; trade date 04/12/1961 per the confirm')).toEqual([['DATE_OF_BIRTH', '04/12/1961']]);
  });

  it('a full name found once is found again where it stands alone', () => {
    const chat = '[10:02] Sam Oduya: can you price the ladder?\n[10:05] rep: sure\nnote to self: call Sam Oduya back before 3';
    expect(found(chat)).toEqual([
      ['PERSON', 'Sam Oduya'],
      ['PERSON', 'Sam Oduya'],
    ]);
  });

  it('hard negative: a surname alone or a longer name is not a repeat of a full name', () => {
    const chat = '[10:02] Sam Oduya: hi\nOduya said yes; Sam Oduyanju is someone else';
    expect(found(chat)).toEqual([['PERSON', 'Sam Oduya']]);
  });

  it('security: thousands of repeated values stay sorted, non-overlapping and bounded', () => {
    const named = Array.from({ length: 40 }, (_, i) => `acct ${String(10_000_000 + i)}`).join('\n');
    const bare = Array.from({ length: 3000 }, (_, i) => `moved ${String(10_000_000 + (i % 40))} today`).join('\n');
    const findings = classify(`${named}\n${bare}\n`);
    for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
    // 40 values named: more than a text is searched again for (8), so only the named ones are found.
    expect(findings).toHaveLength(40);
  });
});
