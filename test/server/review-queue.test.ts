/** The review queue (issue #3): kinds, newest first, filters, keyset pages, masked evidence and its explanation. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { QueueItem } from '../../server/review/queue';
import { eventConditions, pageOfEvents } from '../../server/review/queue-sql';
import { startReviewWorld, type ReviewWorld } from './helpers/review-world';

interface Page {
  items: QueueItem[];
  nextCursor: string | null;
}

describe('review queue', () => {
  let w: ReviewWorld;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    w = await startReviewWorld();
    const [blocked, allowed, captured] = await w.send(w.deviceA, [{ kind: 'paste.blocked' }, { kind: 'paste.allowed', action: 'allow' }, { kind: 'message.captured', findings: [], site: null }]);
    ids.blockedA = blocked!;
    ids.allowedA = allowed!;
    ids.capturedA = captured!;
    const [overridden] = await w.send(w.deviceA, [
      { kind: 'upload.overridden', action: 'warn', justification: 'client asked me to send it', site: { host: 'drive.example.com', status: 'unapproved' } },
    ]);
    ids.overriddenA = overridden!;
    const card = { type: 'CREDIT_CARD' as const, masked: '**** **** **** 1111', fingerprint: 'c'.repeat(32), detector: 'card-luhn', score: 0.9, evidence: { checksum: 'luhn', checksumPassed: true, context: [] } };
    const [warnedB] = await w.send(w.deviceB, [{ kind: 'drop.warned', action: 'warn', findings: [card] }]);
    ids.warnedB = warnedB!;
  }, 60_000);
  afterAll(async () => w?.close());

  const page = async (query: string, actor = w.admin) => {
    const response = await actor.get(`/admin/api/queue${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Page>();
  };

  it('lists blocked, warned and overridden events only, newest first, with masked evidence explained in words', async () => {
    const { items } = await page('');
    expect(items.map((item) => item.id)).toEqual([ids.warnedB, ids.overriddenA, ids.blockedA]);
    const blocked = items.find((item) => item.id === ids.blockedA)!;
    expect(blocked.broker?.name).toBe('Alice Archer');
    expect(blocked.site).toEqual({ host: 'mail.personal.test', status: 'unapproved' });
    expect(blocked.findings[0]).toMatchObject({ type: 'US_SSN', masked: '***-**-6789', detector: 'ssn' });
    expect(blocked.findings[0]!.explanation).toBe(
      "SSN: checksum ssa-ranges passed; context word 'ssn' (characters 0–3 of the pasted text); detector ssn, score 0.95",
    );
    expect(JSON.stringify(items)).not.toContain('fingerprint');
    expect(items.find((item) => item.id === ids.overriddenA)!.justification).toBe('client asked me to send it');
    expect(blocked.review).toEqual({ state: 'open', claimedBy: null, claimExpiresAt: null, latest: null });
  });

  it.each([
    ['?findingType=CREDIT_CARD', ['warnedB']],
    ['?site=DRIVE.example.com', ['overriddenA']],
    ['?action=blocked', ['blockedA']],
    ['?action=overridden&findingType=US_SSN', ['overriddenA']],
    ['?state=reviewed', []],
    ['?from=2000-01-01&to=2001-01-01', []],
  ])('filters %s', async (query, expected) => {
    const { items } = await page(query);
    expect(items.map((item) => item.id)).toEqual(expected.map((key) => ids[key]));
  });

  it('filters by broker and by group', async () => {
    expect((await page(`?broker=${w.brokerB}`)).items.map((item) => item.id)).toEqual([ids.warnedB]);
    expect((await page(`?group=${w.groupA}`)).items.map((item) => item.id)).toEqual([ids.overriddenA, ids.blockedA]);
  });

  it('pages by keyset: every item exactly once, in order, also when events share one receive time', async () => {
    const many = await w.send(w.deviceB, Array.from({ length: 7 }, () => ({ kind: 'paste.blocked' as const })));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const result: Page = await page(`?broker=${w.brokerB}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(result.items.length).toBeLessThanOrEqual(3);
      seen.push(...result.items.map((item) => item.id));
      cursor = result.nextCursor;
    } while (cursor);
    // One batch shares received_at: the keyset's tie-break (device, seq) keeps the device's order, newest first.
    expect(seen).toEqual([...many.reverse(), ids.warnedB]);
  });

  it('refuses malformed filters and forged cursors with 400', async () => {
    for (const query of ['?findingType=NOPE', '?limit=5000', '?cursor=bm90LWEtY3Vyc29y', '?broker=1%20OR%201=1', '?unknown=1']) {
      expect((await w.admin.get(`/admin/api/queue${query}`)).statusCode, query).toBe(400);
    }
  });

  it('reviewed-only pages walk the reviews in queue order and page by keyset too', async () => {
    const { items } = await page(`?broker=${w.brokerB}`);
    const reviewed = items.filter((_item, index) => index % 2 === 0).map((item) => item.id);
    for (const id of reviewed) expect((await w.admin.post(`/admin/api/events/${id}/reviews`, { disposition: 'false_positive', comment: 'test data' })).statusCode).toBe(201);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const result: Page = await page(`?state=reviewed&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...result.items.map((item) => item.id));
      cursor = result.nextCursor;
    } while (cursor);
    expect(seen).toEqual(reviewed);
    expect((await page(`?state=reviewed&broker=${w.brokerA}`)).items).toEqual([]);
  });

  it('the per-device walk and the filtered time-order scan return the same pages', async () => {
    const devices = [w.deviceA.deviceId, w.deviceB.deviceId];
    const ids = async (walkLimit: number, limit: number) => {
      const { rows } = await sql<{ id: string }>`${pageOfEvents({}, eventConditions({}), devices, limit, walkLimit)}`.execute(w.database.db);
      return rows.map((row) => row.id);
    };
    for (const limit of [1, 3, 50]) expect(await ids(0, limit)).toEqual(await ids(64, limit));
    expect(await ids(64, 50)).toHaveLength(10);
  });
});
