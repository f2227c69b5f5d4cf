/**
 * The text a paste or drop would insert: `text/plain`, and `text/html` turned into text when there is no
 * plain text or it says something else (a page can put different payloads in the two flavours; rich
 * editors such as ProseMirror and Quill insert the HTML one).
 */

export interface TransferText {
  plain: string;
  html: string;
  /** What to classify: the plain text, plus the HTML's text when that differs. */
  text: string;
}

const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

/** Text of an HTML fragment with line breaks between blocks and tabs between cells, so table rows stay rows. */
export function htmlToText(html: string): string {
  // DOMParser documents are inert: scripts do not run and images do not load.
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const name = (node as Element).tagName;
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'TEMPLATE') return;
    for (const child of node.childNodes) walk(child);
    if (BLOCK_ELEMENTS.has(name)) parts.push('\n');
    else if (name === 'TD' || name === 'TH') parts.push('\t');
  };
  walk(body);
  return parts.join('').replace(/\n{3,}/g, '\n\n').trim();
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

export function readTransferText(data: Pick<DataTransfer, 'getData'> | null): TransferText {
  if (!data) return { plain: '', html: '', text: '' };
  const plain = data.getData('text/plain');
  const html = data.getData('text/html');
  if (!html) return { plain, html, text: plain };
  const htmlText = htmlToText(html);
  if (!plain) return { plain, html, text: htmlText };
  return { plain, html, text: squeeze(htmlText) === squeeze(plain) ? plain : `${plain}\n${htmlText}` };
}
