/** Today's blocked pastes (the same count as the toolbar badge) and which policy decided them. */
import { policySourceLabel } from '../utils/ui/labels';
import type { StatusView } from '../utils/ui/status-view';

interface TodaySectionProps {
  today: StatusView['today'] | undefined;
  policy: StatusView['policy'] | undefined;
}

export function TodaySection({ today, policy }: TodaySectionProps) {
  return (
    <section class="card today-card" aria-labelledby="today-heading">
      <h2 id="today-heading">Today and policy</h2>
      <dl class="facts">
        <div>
          <dt>Blocked today</dt>
          <dd id="today-blocked">{today ? blockedText(today.blocked) : '…'}</dd>
        </div>
        <div>
          <dt>Policy</dt>
          <dd id="policy-version" title={policy?.version}>
            {policy?.version ?? '…'}
          </dd>
        </div>
        <div>
          <dt>Set by</dt>
          <dd id="policy-source">{policy ? policySourceLabel(policy.source) : '…'}</dd>
        </div>
      </dl>
    </section>
  );
}

function blockedText(blocked: number): string {
  if (blocked === 0) return 'nothing blocked';
  return blocked === 1 ? '1 paste or upload' : `${blocked.toLocaleString('en-US')} pastes or uploads`;
}
