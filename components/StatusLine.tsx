/** A status in words with a symbol beside it; the symbol is decoration, the words carry the meaning. */
import type { StatusLabel } from '../utils/ui/labels';

interface StatusLineProps {
  label: StatusLabel | undefined;
  /** Shown in the same box while the status loads, so nothing moves when it arrives. */
  placeholder: string;
  id?: string;
  live?: boolean;
}

export function StatusLine({ label, placeholder, id, live }: StatusLineProps) {
  return (
    <p class="status-line" id={id} aria-live={live ? 'polite' : undefined}>
      <span class="symbol" aria-hidden="true">
        {label?.symbol ?? ' '}
      </span>
      <strong class="status-title" title={label?.title}>
        {label?.title ?? placeholder}
      </strong>
    </p>
  );
}
