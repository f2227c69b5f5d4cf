/**
 * The toolbar popup (issue #4). It renders its final layout at once: every section and line exists before
 * the worker answers, with placeholder text of the same size, so nothing moves when the data arrives.
 */
import type { StatusView } from '../utils/ui/status-view';
import { SyncStatusSection } from './SyncStatusSection';
import { TabStatusSection } from './TabStatusSection';
import { TodaySection } from './TodaySection';

export interface PopupProps {
  /** Undefined while the worker has not answered. */
  status: StatusView | undefined;
  /** Why the status could not be read, if it could not. */
  error?: string;
  now: Date;
  onOpenOptions: () => void;
}

export function Popup({ status, error, now, onOpenOptions }: PopupProps) {
  return (
    <main class="popup" aria-busy={status === undefined && error === undefined}>
      <h1>Channel Guard</h1>
      <TabStatusSection tab={status?.tab} error={error} />
      <SyncStatusSection sync={status?.sync} now={now} />
      <TodaySection today={status?.today} policy={status?.policy} />
      <button type="button" class="link-button" id="open-options" onClick={onOpenOptions}>
        Your records and settings
      </button>
    </main>
  );
}
