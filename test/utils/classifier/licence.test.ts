/** A professional's licence number is not a customer's driver's licence (utils/classifier/licence.ts). */
import { describe, expect, it } from 'vitest';
import { found } from './found';

describe("professionals' licences", () => {
  it.each([
    'Lantern Pacific Insurance Services (CA Lic. 0H98832)',
    'Agent  #   BA - 30418      CA  Lic   0K41227',
    'Owner / landscape contractor   CSLB Lic 1028847',
    'NY CPA License No. 118204',
    'Life, Health, Variable Annuity - License No. 918274',
    '  Non-resident: OH, License # 1342977',
    'Licensed Clinical Social Worker, License No. CW018837',
  ])('hard negative: %s', (text) => {
    expect(found(text).filter(([type]) => type === 'US_DRIVER_LICENSE')).toEqual([]);
  });

  it.each([
    ['her driver license 04921005', '04921005'],
    ['Agent ID: NY Driver License 712 408 339', '712 408 339'],
    ['licencia de Texas 08341177', '08341177'],
    ['Customer: PA lic 31 472 068', '31 472 068'],
    ['state of residence PA, license # 31472068', '31472068'],
  ])("a customer's driver's licence, even after an agent's field: %s", (text, value) => {
    expect(found(text)).toContainEqual(['US_DRIVER_LICENSE', value]);
  });
});
