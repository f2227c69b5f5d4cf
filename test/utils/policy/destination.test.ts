import { describe, expect, it } from 'vitest';
import { judgeDestination } from '../../../utils/policy/destination';
import { DEFAULT_POLICY, type Policy } from '../../../utils/policy/schema';

const policy: Policy = {
  ...DEFAULT_POLICY,
  version: 'test',
  approvedSites: ['*://crm.firm.test/*'],
  supervisedChannels: [{ id: 'chat', name: 'Firm Chat', kind: 'messaging', matches: ['*://chat.firm.test/*'] }],
};

describe('judgeDestination', () => {
  it.each([
    ['http://crm.firm.test:8080/a', undefined, 'approved'],
    ['http://chat.firm.test/room', undefined, 'supervised'],
    ['https://mail.personal.test/', undefined, 'unapproved'],
    // An unapproved widget framed by the CRM is unapproved: the data goes to the widget.
    ['https://widget.other.test/', 'http://crm.firm.test/', 'unapproved'],
    // The CRM framed by a personal site is unapproved too: the stricter of the two wins.
    ['http://crm.firm.test/', 'https://mail.personal.test/', 'unapproved'],
    // A supervised chat framed by the approved CRM is still approved territory.
    ['http://chat.firm.test/', 'http://crm.firm.test/', 'approved'],
    ['about:blank', undefined, 'unapproved'],
    ['null', undefined, 'unapproved'],
  ] as const)('%s under %s → %s', (frame, top, status) => {
    expect(judgeDestination(frame, top, policy).status).toBe(status);
  });

  it('names the supervised channel', () => {
    expect(judgeDestination('http://chat.firm.test/', undefined, policy).channel).toEqual({
      id: 'chat',
      name: 'Firm Chat',
      kind: 'messaging',
    });
  });

  it('fails closed under the bundled default: nothing is approved', () => {
    expect(judgeDestination('http://crm.firm.test/', undefined, DEFAULT_POLICY).status).toBe('unapproved');
  });
});
