/**
 * A small firm for the review-side tests: two groups (A and B) with a broker each, a supervisor per group, an
 * admin and an auditor, devices enrolled with broker tokens, and records sent through the real device API.
 */
import type { LightMyRequestResponse } from 'fastify';
import { createAccount } from '../../../server/auth/accounts';
import { hashRecord } from '../../../utils/chain';
import type { ChainRecord } from '../../../utils/wire/record';
import { startHarness, type Harness } from './harness';
import { sampleRecord, SimulatedDevice } from './simulated-device';

export const PASSWORD = 'correct horse battery staple';

export interface Actor {
  email: string;
  accountId: string;
  cookie: string;
  csrf: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

export type RecordOverrides = Partial<Omit<ChainRecord, 'id' | 'seq' | 'prevHash' | 'hash'>>;

export interface ReviewWorld extends Harness {
  admin: Actor;
  supervisorA: Actor;
  supervisorB: Actor;
  auditor: Actor;
  groupA: string;
  groupB: string;
  brokerA: string;
  brokerB: string;
  deviceA: SimulatedDevice;
  deviceB: SimulatedDevice;
  /** Sends records through POST /v1/events; returns their ids, oldest first. */
  send(device: SimulatedDevice, records: RecordOverrides[]): Promise<string[]>;
  signIn(email: string): Promise<Actor>;
}

export async function startReviewWorld(overrides: Record<string, string> = {}): Promise<ReviewWorld> {
  const h = await startHarness('embedded', { RATE_LIMIT_SIGNIN_PER_ADDRESS: '1000', RATE_LIMIT_SIGNIN_PER_ACCOUNT: '1000', ...overrides });
  const accounts: Record<string, string> = {};
  for (const [email, role] of [['ada@firm.example', 'admin'], ['sam@firm.example', 'supervisor'], ['sue@firm.example', 'supervisor'], ['ann@firm.example', 'auditor']] as const) {
    accounts[email] = await createAccount(h.database.db, { email, displayName: email.split('@')[0]!, role, password: PASSWORD }, 'test');
  }

  const signIn = async (email: string): Promise<Actor> => {
    const response = await h.app.inject({ method: 'POST', url: '/admin/api/session', payload: { email, password: PASSWORD } });
    const cookie = response.cookies.find((entry) => entry.name === 'cg_session')?.value;
    if (!cookie) throw new Error(`sign-in failed for ${email}: ${response.body}`);
    const csrf = (await h.app.inject({ method: 'GET', url: '/admin/api/csrf', cookies: { cg_session: cookie } })).json<{ csrfToken: string }>().csrfToken;
    return {
      email,
      accountId: accounts[email]!,
      cookie,
      csrf,
      get: (url) => h.app.inject({ method: 'GET', url, cookies: { cg_session: cookie } }),
      post: (url, payload = {}, headers = { 'x-csrf-token': csrf }) => h.app.inject({ method: 'POST', url, payload: payload as object, cookies: { cg_session: cookie }, headers }),
    };
  };

  const [admin, supervisorA, supervisorB, auditor] = await Promise.all(['ada@firm.example', 'sam@firm.example', 'sue@firm.example', 'ann@firm.example'].map(signIn));
  const created = async (url: string, payload: unknown, key = 'id') => {
    const response = await admin!.post(url, payload);
    if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json<Record<string, string>>()[key]!;
  };
  const groupA = await created('/admin/api/groups', { name: 'Boston branch', kind: 'branch' });
  const groupB = await created('/admin/api/groups', { name: 'Fixed income desk', kind: 'desk' });
  const brokerA = await created('/admin/api/brokers', { name: 'Alice Archer', email: 'alice@firm.example', crdNumber: '1234567' });
  const brokerB = await created('/admin/api/brokers', { name: 'Bob Baker', email: 'bob@firm.example' });
  await created(`/admin/api/groups/${groupA}/brokers`, { brokerId: brokerA }, 'brokerId');
  await created(`/admin/api/groups/${groupB}/brokers`, { brokerId: brokerB }, 'brokerId');
  await created(`/admin/api/groups/${groupA}/supervisors`, { accountId: supervisorA!.accountId }, 'accountId');
  await created(`/admin/api/groups/${groupB}/supervisors`, { accountId: supervisorB!.accountId }, 'accountId');

  const enrollFor = async (brokerId: string) => {
    const token = await created(`/admin/api/brokers/${brokerId}/enrollment-tokens`, {}, 'token');
    const device = await SimulatedDevice.create();
    const response = await h.app.inject({ method: 'POST', url: '/v1/enroll', payload: { token, publicKey: device.publicJwk, name: `browser of ${brokerId.slice(0, 4)}` } });
    device.deviceId = response.json<{ deviceId: string }>().deviceId;
    return device;
  };
  const deviceA = await enrollFor(brokerA);
  const deviceB = await enrollFor(brokerB);

  const send = async (device: SimulatedDevice, overrides: RecordOverrides[]) => {
    const records: ChainRecord[] = [];
    for (const override of overrides) {
      device.seq += 1;
      const unhashed = { ...sampleRecord(device.seq, device.head, override.kind ?? 'paste.blocked'), ...override };
      const hash = await hashRecord(device.head, unhashed);
      records.push({ ...unhashed, hash });
      device.head = hash;
    }
    const signed = await device.signedPost({ deviceId: device.deviceId, records });
    const response = await h.app.inject({ method: 'POST', url: '/v1/events', payload: signed.body, headers: signed.headers });
    if (response.statusCode !== 200) throw new Error(`events: ${response.statusCode} ${response.body}`);
    return records.map((record) => record.id);
  };

  return { ...h, admin: admin!, supervisorA: supervisorA!, supervisorB: supervisorB!, auditor: auditor!, groupA, groupB, brokerA, brokerB, deviceA, deviceB, send, signIn };
}
