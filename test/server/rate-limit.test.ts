/** Rate limits live in the database, so two app instances (two endpoint processes) share one allowance. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { startHarness, type Harness } from './helpers/harness';

describe('rate limits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('embedded', { RATE_LIMIT_ENROLL_PER_ADDRESS: '3', RATE_LIMIT_PER_DEVICE: '2' });
  }, 60_000);
  afterAll(async () => h?.close());

  it('security: enrollment attempts per address get 429 with Retry-After, counted across processes', async () => {
    const second = await buildApp({ context: { db: h.database.db, config: h.config } });
    const attempt = (app: typeof h.app) =>
      app.inject({ method: 'POST', url: '/v1/enroll', remoteAddress: '10.0.0.9', payload: { token: 'cgenroll_guess-0000000000', publicKey: {} } });
    expect((await attempt(h.app)).statusCode).toBe(400);
    expect((await attempt(second)).statusCode).toBe(400);
    expect((await attempt(h.app)).statusCode).toBe(400);
    const limited = await attempt(second);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Another address is not affected.
    const other = await h.app.inject({ method: 'POST', url: '/v1/enroll', remoteAddress: '10.0.0.10', payload: {} });
    expect(other.statusCode).toBe(400);
    await second.close();
  });

  it('behind a trusted proxy, enrollment limits count the forwarded client address', async () => {
    const proxied = await startHarness('embedded', { RATE_LIMIT_ENROLL_PER_ADDRESS: '1', TRUST_PROXY: '127.0.0.1' });
    try {
      const from = (client: string) => proxied.app.inject({ method: 'POST', url: '/v1/enroll', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': client }, payload: {} });
      expect((await from('203.0.113.5')).statusCode).toBe(400);
      expect((await from('203.0.113.6')).statusCode).toBe(400);
      expect((await from('203.0.113.5')).statusCode).toBe(429);
    } finally {
      await proxied.close();
    }
  }, 60_000);

  it('security: a device is limited on its signed requests; forged requests naming it do not use up its allowance', async () => {
    const device = await h.enroll();
    const forger = await h.enroll();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const { body } = await device.signedPost(device.heartbeat());
      const forged = await h.app.inject({ method: 'POST', url: '/v1/heartbeat', payload: body, headers: { ...(await forger.headersFor(body)), 'x-cg-device': device.deviceId } });
      expect(forged.statusCode).toBe(401);
    }
    const send = async () => h.app.inject({ method: 'POST', url: '/v1/heartbeat', ...(await device.signedPost(device.heartbeat())) });
    expect((await send()).statusCode).toBe(200);
    expect((await send()).statusCode).toBe(200);
    const limited = await send();
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });
});
