import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';

describe('loadConfig', () => {
  it('defaults to loopback, ./data and the embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ HOST: '127.0.0.1', PORT: 8787, DB_APP_ROLE: 'channel_guard_app' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATA_DIR).toMatch(/\/data$/);
  });

  it('treats empty strings as unset and coerces numbers', () => {
    expect(loadConfig({ PORT: '', BODY_LIMIT_BYTES: '2048' })).toMatchObject({ PORT: 8787, BODY_LIMIT_BYTES: 2048 });
  });

  it.each([
    ['false', false],
    ['2', 2],
    ['10.0.0.0/8, 192.168.1.1', ['10.0.0.0/8', '192.168.1.1']],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  it.each([
    [{ TRUST_PROXY: 'everyone' }, 'TRUST_PROXY must be false, true, a hop count'],
    [{ PORT: 'eighty' }, 'PORT: PORT must be a number'],
    [{ PORT: '70000' }, 'PORT: PORT must be 0–65535'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL: DATABASE_URL must look like postgres://'],
    [{ DB_APP_ROLE: 'app"; DROP' }, 'DB_APP_ROLE: DB_APP_ROLE must be a lowercase SQL identifier'],
    [{ RATE_LIMIT_PER_DEVICE: '0' }, 'RATE_LIMIT_PER_DEVICE must be at least 1'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('rejects %j with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('lists every bad value at once', () => {
    try {
      loadConfig({ PORT: 'x', BODY_LIMIT_BYTES: '-1' });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });
});
