/**
 * The notice's styles. The host gets `all: initial` and its position as inline `!important` declarations,
 * which outrank any author rule (even `!important` ones) that a page might aim at it (CSS Cascade 4 §6.4);
 * everything else lives inside the closed shadow root, where page selectors cannot match and from where
 * these rules cannot leak out.
 */

export const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '16px',
  left: '50%',
  transform: 'translateX(-50%)',
  width: 'min(480px, calc(100vw - 32px))',
  'z-index': '2147483647',
  visibility: 'visible',
  opacity: '1',
  contain: 'layout style',
};

export const SHADOW_CSS = `
.box {
  box-sizing: border-box; width: 100%; padding: 14px 16px; border-radius: 8px;
  background: #fff; color: #1b1b1b; border: 2px solid #b3261e; box-shadow: 0 6px 24px rgba(0,0,0,.25);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
}
.box.warn { border-color: #8a5300; }
h2 { margin: 0 0 6px; font-size: 15px; font-weight: 700; color: inherit; }
p { margin: 0 0 6px; }
.found { font-weight: 600; word-break: break-word; }
label { display: block; margin: 8px 0 4px; font-weight: 600; }
textarea {
  box-sizing: border-box; width: 100%; min-height: 56px; padding: 6px; font: inherit; color: inherit;
  background: #fff; border: 1px solid #6b6b6b; border-radius: 4px; resize: vertical;
}
.error { color: #b3261e; font-weight: 600; }
.actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 10px; }
button {
  font: inherit; padding: 6px 12px; border-radius: 4px; border: 1px solid #6b6b6b; background: #f3f3f3;
  color: #1b1b1b; cursor: pointer;
}
button.primary { background: #8a5300; border-color: #8a5300; color: #fff; }
:focus-visible, textarea:focus { outline: 3px solid #1a5fb4; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .box, textarea { background: #1f1f1f; color: #f1f1f1; }
  button { background: #333; color: #f1f1f1; }
}
`;
