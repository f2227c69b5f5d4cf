/**
 * Two real rich-text editors from npm, bundled into pages/dist/editors.js by the e2e setup (never committed).
 * They handle paste themselves (reading clipboardData), which is exactly what the guard must stop or allow.
 */
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Quill from 'quill';

const tiptapElement = document.getElementById('tiptap');
const quillElement = document.getElementById('quill');
if (!tiptapElement || !quillElement) throw new Error('editors.html is missing its editor elements');

const tiptap = new Editor({ element: tiptapElement, extensions: [StarterKit], content: '<p></p>' });
const quill = new Quill(quillElement, {});

Object.assign(window, { tiptap, quill });
