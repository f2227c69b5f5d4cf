/** Findings over copied HTML cover whole elements when tags split the value (utils/classifier/markup-span.ts). */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../utils/classifier/index';
import { found } from './found';

describe('inline tags inside a value', () => {
  it('an SSN split into three spans is reported as the three spans', () => {
    expect(found('<dt>Social Security number</dt><dd><span>818</span>-<span>61</span>-<span>3602</span></dd>')).toEqual([['US_SSN', '<span>818</span>-<span>61</span>-<span>3602</span>']]);
  });

  it('only the last group highlighted: the span that opens inside is closed', () => {
    expect(found('<p>SSN: <span class="pii">440-01-<span class="hl">2329</span></span></p>')).toEqual([['US_SSN', '440-01-<span class="hl">2329</span>']]);
  });

  it('hard negative: a value wholly inside one element keeps its own bounds', () => {
    expect(found('<tr><td>SSN</td><td>524-71-9638</td></tr>')).toEqual([['US_SSN', '524-71-9638']]);
  });

  it('hard negative: void tags (<wbr>) inside a value need no balancing', () => {
    expect(found('acct 3135<wbr>0862<wbr>1190 at Chase').map(([, value]) => value)).toEqual(['3135<wbr>0862<wbr>1190']);
  });

  it('security: broken markup around a value ends, and every span stays inside the text', () => {
    for (const text of ['SSN 524-<span>71-9638', 'SSN 524</b>-71-9638', 'SSN 524-71-<b9638', '</span></span>SSN 524</span>-71-9638<span', '<b>SSN 524</b>-71-9638']) {
      for (const finding of classify(text)) {
        expect(finding.start).toBeGreaterThanOrEqual(0);
        expect(finding.end).toBeLessThanOrEqual(text.length);
        expect(finding.start).toBeLessThan(finding.end);
      }
    }
    expect(found('SSN 524</b>-71-9638')).toEqual([['US_SSN', '524</b>-71-9638']]);
  });
});
