/** A JSON value under a generic key, named by its object (utils/classifier/json-object.ts). */
import { describe, expect, it } from 'vitest';
import { found } from './found';

describe('values under generic JSON keys', () => {
  it('a document type among the siblings, or the key holding the object, names the number', () => {
    const json = '{"idDocument": {\n  "type": "PASSPORT",\n  "issuingCountry": "USA",\n  "number": "C03861175"\n}, "driversLicense": {"state": "NJ", "number": "K2186 40917 03529"}}';
    expect(found(json)).toEqual([
      ['US_PASSPORT', 'C03861175'],
      ['US_DRIVER_LICENSE', 'K2186 40917 03529'],
    ]);
  });

  it('hard negative: an order or a confirmation object names no document', () => {
    expect(found('{"order": {"type": "LIMIT", "number": "48813392"}, "confirm": {"id": "C03861175"}}')).toEqual([]);
  });

  it('hard negative: JSON split at its commas is not read as a CSV header naming the values below it', () => {
    const ocr = '{"fields":{\n  "account":{"text":"T**-**618-5","masked":true,"conf":0.99},\n  "cusip":{"text":"594918104","conf":0.95},\n  "order_number":{"text":"7K2209417","conf":0.88}\n}}';
    expect(found(ocr)).toEqual([]);
  });
});
