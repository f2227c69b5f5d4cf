/**
 * Four real editors from npm, bundled into pages/dist/editors.js by the e2e setup (never committed). Each
 * handles paste (and most handle drop) itself, reading clipboardData/dataTransfer in its own listeners —
 * exactly what the guard must stop or allow:
 * - TipTap (ProseMirror) and Quill 2: rich text;
 * - CodeMirror 6: a code/plain-text editor that inserts the text/plain of a paste or drop, and reads the
 *   text of dropped files itself;
 * - Lexical (vanilla, no React): Meta's rich-text editor, built from extensions as its README shows.
 */
import { history, historyKeymap } from '@codemirror/commands';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { buildEditorFromExtensions } from '@lexical/extension';
import { HistoryExtension } from '@lexical/history';
import { RichTextExtension } from '@lexical/rich-text';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { defineExtension } from 'lexical';
import Quill from 'quill';

function elementById(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`editors.html is missing #${id}`);
  return element;
}

const tiptap = new Editor({ element: elementById('tiptap'), extensions: [StarterKit], content: '<p></p>' });
const quill = new Quill(elementById('quill'), {});
// Both with their undo history, as a real page would set them up (the warn override must keep undo working).
const codemirror = new EditorView({ parent: elementById('codemirror'), state: EditorState.create({ doc: '', extensions: [history(), keymap.of(historyKeymap)] }) });
const lexical = buildEditorFromExtensions(
  defineExtension({ name: 'channel-guard/editors-page', namespace: 'EditorsPage', dependencies: [RichTextExtension, HistoryExtension] }),
);
// Lexical only attaches its listeners to an element the page made editable (a <div contenteditable>).
lexical.setRootElement(elementById('lexical'));

Object.assign(window, { tiptap, quill, codemirror, lexical });
