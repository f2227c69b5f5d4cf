import { describe, expect, it } from 'vitest';
import { formatBytes, isTextFile } from '../../../utils/guard/file-transfers';

describe('isTextFile', () => {
  it.each([
    ['customers.csv', '', true],
    ['export.TSV', '', true],
    ['notes.txt', 'text/plain', true],
    ['no-extension', 'text/csv', true],
    ['report.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', false],
    ['scan.pdf', 'application/pdf', false],
    ['photo.png', 'image/png', false],
  ])('%s (%s) → %s', (name, type, expected) => {
    expect(isTextFile(new File(['x'], name, { type }))).toBe(expected);
  });
});

describe('formatBytes', () => {
  it.each([
    [4096, '4 KB'],
    [5 * 1024 * 1024, '5.0 MB'],
    [1536 * 1024, '1.5 MB'],
  ])('%i → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
