// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { htmlToText, readTransferText } from '../../../utils/guard/transfer-text';

const transfer = (flavours: Record<string, string>) => ({ getData: (type: string) => flavours[type] ?? '' });

describe('htmlToText', () => {
  it.each([
    ['<b>bold</b> words', 'bold words'],
    ['<p>one</p><p>two</p>', 'one\ntwo'],
    ['line<br>break', 'line\nbreak'],
    ['<table><tr><td>Jane</td><td>536-22-8194</td></tr></table>', 'Jane\t536-22-8194'],
    ['<style>p{}</style><script>var x = "536-22-8194"</script>text', 'text'],
    ['a &amp; b&nbsp;c', 'a & b\u00a0c'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('readTransferText', () => {
  it('uses the plain text when there is no HTML', () => {
    expect(readTransferText(transfer({ 'text/plain': 'hello' }))).toEqual({ plain: 'hello', html: '', text: 'hello' });
  });

  it('uses the HTML text when there is no plain text', () => {
    expect(readTransferText(transfer({ 'text/html': '<p>SSN 536-22-8194</p>' })).text).toBe('SSN 536-22-8194');
  });

  it('does not double the text when both flavours say the same', () => {
    expect(readTransferText(transfer({ 'text/plain': 'bold words', 'text/html': '<b>bold</b>  words' })).text).toBe('bold words');
  });

  it('classifies both when the HTML says something the plain text does not', () => {
    const read = readTransferText(transfer({ 'text/plain': 'hello', 'text/html': '<p>hello</p><p>SSN 536-22-8194</p>' }));
    expect(read.text).toBe('hello\nhello\nSSN 536-22-8194');
  });

  it('reads nothing from a missing DataTransfer', () => {
    expect(readTransferText(null).text).toBe('');
  });
});
