/** The popup's first answer: what kind of site this tab is, and what happens to customer data pasted here. */
import { tabStatusLabel } from '../utils/ui/labels';
import type { TabView } from '../utils/ui/status-view';
import { StatusLine } from './StatusLine';

interface TabStatusSectionProps {
  tab: TabView | undefined;
  /** Why the status could not be read; shown where the explanation goes. */
  error?: string;
}

export function TabStatusSection({ tab, error }: TabStatusSectionProps) {
  const label = tab ? tabStatusLabel(tab.status, tab.channel?.name) : undefined;
  return (
    <section class="card tab-card" aria-labelledby="tab-heading" data-status={tab?.status ?? 'loading'}>
      <h2 id="tab-heading">This page</h2>
      <p class="host" title={tab?.host ?? undefined}>
        {tab ? (tab.host ?? 'no web address') : error ? 'unknown' : 'Checking this page…'}
      </p>
      <StatusLine label={label} placeholder={error ? 'Status unavailable' : 'Checking…'} id="tab-status" />
      <p class="explain" id="tab-explain">
        {tab?.customerData ?? (error ? `Channel Guard could not read this page's status: ${error}` : ' ')}
      </p>
    </section>
  );
}
