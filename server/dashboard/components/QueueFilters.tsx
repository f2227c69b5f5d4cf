/** The queue's filter form; submitting puts the filters in the URL so a filtered view can be bookmarked. */
import { useLoad } from '../use-load';

const TYPES = ['US_SSN', 'US_ITIN', 'US_EIN', 'CREDIT_CARD', 'US_BANK_ACCOUNT', 'ABA_ROUTING', 'BROKERAGE_ACCOUNT', 'IBAN', 'US_DRIVER_LICENSE', 'US_PASSPORT', 'DATE_OF_BIRTH', 'PERSON', 'EMAIL', 'PHONE', 'STREET_ADDRESS'];
export const FILTER_KEYS = ['broker', 'group', 'findingType', 'site', 'action', 'from', 'to', 'state', 'reviewer'] as const;

interface Props {
  query: URLSearchParams;
  onApply: (values: Record<string, string>) => void;
  onSignedOut: (error: unknown) => void;
}

export function QueueFilters({ query, onApply, onSignedOut }: Props) {
  const brokers = useLoad<{ brokers: Array<{ id: string; name: string }> }>('/brokers', onSignedOut).data?.brokers ?? [];
  const groups = useLoad<{ groups: Array<{ id: string; name: string }> }>('/groups', onSignedOut).data?.groups ?? [];
  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    onApply(Object.fromEntries(FILTER_KEYS.map((key) => [key, String(form.get(key) ?? '')])));
  };
  const value = (key: string) => query.get(key) ?? '';
  return (
    <form class="filters" onSubmit={submit} aria-label="Queue filters" key={query.toString()}>
      <label>Broker
        <select name="broker" value={value('broker')}>
          <option value="">Any broker</option>
          {brokers.map((broker) => <option value={broker.id} key={broker.id}>{broker.name}</option>)}
        </select>
      </label>
      <label>Group
        <select name="group" value={value('group')}>
          <option value="">Any group</option>
          {groups.map((group) => <option value={group.id} key={group.id}>{group.name}</option>)}
        </select>
      </label>
      <label>Finding type
        <select name="findingType" value={value('findingType')}>
          <option value="">Any type</option>
          {TYPES.map((type) => <option value={type} key={type}>{type}</option>)}
        </select>
      </label>
      <label>Site host<input name="site" value={value('site')} placeholder="mail.example.com" /></label>
      <label>Action
        <select name="action" value={value('action')}>
          <option value="">Any action</option>
          <option value="blocked">Blocked</option>
          <option value="warned">Warned</option>
          <option value="overridden">Overridden</option>
        </select>
      </label>
      <label>Received from<input name="from" type="date" value={value('from')} /></label>
      <label>Received before<input name="to" type="date" value={value('to')} /></label>
      <label>Review state
        <select name="state" value={value('state')}>
          <option value="">Any state</option>
          <option value="open">Open</option>
          <option value="claimed">Claimed</option>
          <option value="reviewed">Reviewed</option>
        </select>
      </label>
      <label>Reviewer e-mail<input name="reviewer" type="email" value={value('reviewer')} /></label>
      <div class="actions">
        <button type="submit">Apply filters</button>
        <button type="button" class="secondary" onClick={() => onApply({})}>Clear</button>
      </div>
    </form>
  );
}
