import { describe, expect, it } from 'vitest';
import { describeResponse, request, type FetchLike } from '../../../utils/sync/http';

/** A fetch that never answers until it is aborted, as a hung endpoint behind a proxy would. */
const hanging: FetchLike = (_url, init) =>
  new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

describe('request', () => {
  it('gives up after its timeout (well inside MV3\'s 30 s fetch limit) and reports a network failure', async () => {
    const started = Date.now();
    expect(await request(hanging, 'https://s.firm.test/v1/events', { method: 'POST' }, 50)).toEqual({ kind: 'network', error: 'no answer within 0.05 s' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('turns a refused connection into a network failure instead of a throw', async () => {
    const refused: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await request(refused, 'https://s.firm.test/v1/events', { method: 'POST' })).toEqual({ kind: 'network', error: 'Failed to fetch' });
  });

  it.each([
    [400, '{"error":"invalid_body","message":"records.0.seq: too small"}', 'HTTP 400: records.0.seq: too small'],
    [502, '<html>Bad gateway</html>', 'HTTP 502: <html>Bad gateway</html>'],
    [503, '', 'HTTP 503'],
  ])('describes HTTP %i for the broker and the heartbeat', (status, body, expected) => {
    expect(describeResponse(status, body)).toBe(expected);
  });
});
