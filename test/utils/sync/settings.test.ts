import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOCAL_ENDPOINT_KEY, LOCAL_TOKEN_KEY, readSyncSettings, writeSyncSettings } from '../../../utils/sync/settings';

const TOKEN = 'cget_0123456789abcdef0123456789';

beforeEach(() => fakeBrowser.reset());

describe('sync settings', () => {
  it('uses what the options page stored when IT forces nothing', async () => {
    expect(await writeSyncSettings({ endpointUrl: 'https://supervision.firm.com/', enrollmentToken: TOKEN }, {})).toEqual({ ok: true });
    expect(await readSyncSettings({})).toEqual({
      endpointUrl: { value: 'https://supervision.firm.com', forced: false },
      enrollmentToken: { value: TOKEN, forced: false },
    });
  });

  it('security: a value forced by the managed policy cannot be changed, and nothing is stored', async () => {
    const managed = { endpointUrl: 'https://supervision.firm.com', enrollmentToken: TOKEN };
    expect(await writeSyncSettings({ endpointUrl: 'https://attacker.example' }, managed)).toEqual({ error: expect.stringContaining('endpointUrl is set by your organization') });
    expect(await writeSyncSettings({ enrollmentToken: 'cget_another-token-0000000' }, managed)).toEqual({ error: expect.stringContaining('enrollmentToken is set by your organization') });
    expect(await fakeBrowser.storage.local.get([LOCAL_ENDPOINT_KEY, LOCAL_TOKEN_KEY])).toEqual({});
    expect((await readSyncSettings(managed)).endpointUrl).toEqual({ value: 'https://supervision.firm.com', forced: true });
  });

  it('security: a forced token keeps the whole change from being stored', async () => {
    expect(await writeSyncSettings({ endpointUrl: 'https://ok.firm.com', enrollmentToken: TOKEN }, { enrollmentToken: TOKEN })).toHaveProperty('error');
    expect(await fakeBrowser.storage.local.get(LOCAL_ENDPOINT_KEY)).toEqual({});
  });

  it.each([
    ['http://supervision.firm.com', false],
    ['ftp://supervision.firm.com', false],
    ['https://user:pw@supervision.firm.com', false],
    ['not a url', false],
    ['https://supervision.firm.com', true],
    ['http://localhost:8787', true],
    ['http://127.0.0.1:8787', true],
    ['http://endpoint.firm.test:8787', true],
  ])('endpointUrl %s accepted: %s', async (url, accepted) => {
    const result = await writeSyncSettings({ endpointUrl: url }, {});
    expect('ok' in result).toBe(accepted);
    if (!accepted) expect(result).toEqual({ error: expect.stringContaining('https://') });
  });
});
