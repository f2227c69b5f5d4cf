/** Renders a Preact tree into the happy-dom document of the calling test file and reads it back as a user would. */
import { render, type ComponentChild } from 'preact';

export interface Rendered {
  root: HTMLElement;
  /** The visible words, whitespace collapsed. */
  text(selector?: string): string;
  rerender(tree: ComponentChild): void;
  unmount(): void;
}

export function renderInto(tree: ComponentChild): Rendered {
  const root = document.createElement('div');
  document.body.append(root);
  render(tree, root);
  return {
    root,
    text: (selector) => {
      const node = selector ? root.querySelector(selector) : root;
      if (!node) throw new Error(`nothing matches ${selector}`);
      return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    },
    rerender: (next) => render(next, root),
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

/** The element tree without text: tag names, ids and classes, to compare layouts. */
export function structureOf(node: Element): string {
  const children = Array.from(node.children, structureOf).join('');
  return `<${node.tagName.toLowerCase()}#${node.id}.${node.className}>${children}</>`;
}
