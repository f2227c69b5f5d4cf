/**
 * The policy the demo publishes to its endpoint (issue #4 "Trying it in minutes"): the CRM is approved, the
 * chat is the supervised channel "Firm Chat", everything else — the personal webmail included — is not.
 */
import { DEFAULT_POLICY, type Policy } from '../utils/policy/schema';

export const DEMO_POLICY: Policy = {
  ...DEFAULT_POLICY,
  version: 'demo-1',
  unapprovedAction: 'block',
  approvedSites: ['*://crm.firm.test/*'],
  supervisedChannels: [{ id: 'firm-chat', name: 'Firm Chat', kind: 'messaging', matches: ['*://chat.firm.test/*'] }],
  noticeContact: 'the demo compliance desk (this is a demo)',
};
