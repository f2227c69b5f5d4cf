/**
 * Real user input, not synthetic events (STYLE.md §14): the system clipboard + Ctrl+V, CDP drag events
 * that Chromium turns into trusted dragenter/dragover/drop, and file choice through the file input.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** Puts text (and optionally HTML) on headless Chromium's clipboard, from the top page. */
export async function writeClipboard(page: Page, text: string, html?: string): Promise<void> {
  await page.bringToFront();
  await page.evaluate(
    async ({ text, html }) => {
      if (html === undefined) return navigator.clipboard.writeText(text);
      const item = new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      });
      return navigator.clipboard.write([item]);
    },
    { text, html },
  );
}

/** Focuses `target` (any frame) and presses Ctrl+V: a trusted paste with the clipboard's contents. */
export async function pasteInto(page: Page, target: Locator, text: string, html?: string): Promise<void> {
  await writeClipboard(page, text, html);
  await target.click();
  await page.keyboard.press('Control+V');
}

export interface DropData {
  text?: string;
  html?: string;
  /** Absolute paths of files to drop. */
  files?: string[];
}

/**
 * Drags data from outside the page onto the centre of `target` with CDP Input.dispatchDragEvent
 * (dragEnter, dragOver, drop). Coordinates are the top page's, which also hit-test into iframes.
 */
export async function dropOnto(page: Page, target: Locator, data: DropData): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('drop target is not visible');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const items: { mimeType: string; data: string }[] = [];
  if (data.text !== undefined) items.push({ mimeType: 'text/plain', data: data.text });
  if (data.html !== undefined) items.push({ mimeType: 'text/html', data: data.html });
  const dragData = { items, files: data.files, dragOperationsMask: 1 };
  const session = await page.context().newCDPSession(page);
  try {
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
      await session.send('Input.dispatchDragEvent', { type, x, y, data: dragData });
    }
  } finally {
    await session.detach();
  }
}

export interface ChosenFile {
  /** A plain file name; the extension decides its type, as in a real picker. */
  name: string;
  contents: string;
}

/**
 * Chooses files in a file input as the file picker would. The files are written to disk first: given
 * paths, Playwright uses CDP DOM.setFileInputFiles and Chromium fires trusted `input` and `change`
 * events; given buffers, it builds the files in page script and the events are untrusted.
 */
export async function chooseFiles(input: Locator, files: ChosenFile[]): Promise<void> {
  // The files must outlive the call: the page (and the guard) read them later, as with a real picker.
  const folder = await mkdtemp(join(tmpdir(), 'chosen-files-'));
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  const paths: string[] = [];
  for (const file of files) {
    const path = join(folder, file.name);
    await writeFile(path, file.contents);
    paths.push(path);
  }
  await input.setInputFiles(paths);
}
