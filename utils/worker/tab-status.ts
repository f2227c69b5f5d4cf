/**
 * The popup's first line (issue #4): what this tab is under the effective policy, and one plain sentence on
 * what happens to customer data pasted here. Pure: the same judge the guard uses (utils/policy/destination).
 */
import type { TabStatus } from '../page-api';
import { judgeUrl } from '../policy/destination';
import type { Policy } from '../policy/schema';

const UNAPPROVED_SENTENCES: Record<Policy['unapprovedAction'], string> = {
  block: 'Customer data is blocked here: this site is not approved.',
  warn: 'Customer data needs a reason here: this site is not approved, and continuing is recorded for review.',
  audit: 'Customer data is allowed but recorded for review here: this site is not approved.',
};

/** `url` undefined: the browser did not tell us (no such tab, or a page the extension may not see). */
export function describeTab(url: string | undefined, policy: Policy): TabStatus {
  const web = url !== undefined && /^https?:\/\//i.test(url);
  if (!web) {
    return { host: null, status: 'not-web', customerData: 'This is not a web page: Channel Guard does not check pastes here.' };
  }
  const destination = judgeUrl(url, policy);
  if (destination.status === 'supervised' && destination.channel) {
    const { channel } = destination;
    return {
      host: destination.host,
      status: 'supervised',
      channel,
      customerData: `Customer data is allowed here: ${channel.name} is a supervised channel, and pastes with customer data are recorded.`,
    };
  }
  if (destination.status === 'approved') {
    return { host: destination.host, status: 'approved', customerData: 'Customer data is allowed here: this site is approved, and pastes with customer data are recorded.' };
  }
  return { host: destination.host, status: 'unapproved', customerData: UNAPPROVED_SENTENCES[policy.unapprovedAction] };
}
