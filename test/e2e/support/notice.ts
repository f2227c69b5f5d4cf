/**
 * Reads the guard's notice, which lives in a closed shadow root that page scripts (and Playwright
 * locators) cannot enter. CDP's DOM.getDocument with `pierce: true` returns closed shadow roots and
 * same-process iframes; a cross-origin (out-of-process) frame needs its own CDP session.
 */
import type { Frame, Page } from 'playwright-core';

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

export interface NoticeSnapshot {
  /** The visible text, words separated by single spaces. */
  text: string;
  /** Every tag, attribute and text inside the notice, to prove what is not there. */
  markup: string;
  /** The role of the notice box: 'alert' for a block, 'alertdialog' for a warn. */
  role: string | undefined;
  shadowMode: string | undefined;
}

const NOTICE = 'CHANNEL-GUARD-NOTICE';

function serialize(node: DomNode, text: string[], markup: string[], inStyle = false): void {
  if (node.nodeType === 3) {
    if (!inStyle) text.push(node.nodeValue);
    markup.push(node.nodeValue);
  } else if (node.nodeType === 1) {
    markup.push(`<${node.nodeName} ${(node.attributes ?? []).join(' ')}>`);
  }
  const style = inStyle || node.nodeName === 'STYLE';
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) serialize(child, text, markup, style);
}

function findNotices(node: DomNode, found: DomNode[]): void {
  if (node.nodeName === NOTICE) found.push(node);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) findNotices(child, found);
  if (node.contentDocument) findNotices(node.contentDocument, found);
}

function snapshot(host: DomNode): NoticeSnapshot {
  const text: string[] = [];
  const markup: string[] = [];
  serialize(host, text, markup);
  const root = host.shadowRoots?.[0] as (DomNode & { shadowRootType?: string }) | undefined;
  const box = root?.children?.find((child) => child.nodeName === 'DIV');
  const attributes = box?.attributes ?? [];
  const roleIndex = attributes.indexOf('role');
  return {
    text: text.join(' ').replace(/\s+/g, ' ').trim(),
    markup: markup.join(''),
    role: roleIndex >= 0 ? attributes[roleIndex + 1] : undefined,
    shadowMode: root?.shadowRootType,
  };
}

/** Every notice in the page (and its same-process frames), or in one cross-origin frame. */
export async function readNotices(page: Page, frame?: Frame): Promise<NoticeSnapshot[]> {
  const session = await page.context().newCDPSession(frame ?? page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const found: DomNode[] = [];
    findNotices(root, found);
    return found.map(snapshot);
  } finally {
    await session.detach();
  }
}
