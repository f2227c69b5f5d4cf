/**
 * Claims and dispositions (issue #3, FINRA 3110.07): one active claim per item even across endpoint processes,
 * stale claims taken over by a new row, reviews that supersede and are never edited, opening is not a review,
 * and every action is in the audit log.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { connectDatabase } from '../../server/db/connect';
import { startReviewWorld, type ReviewWorld } from './helpers/review-world';

describe('claims and reviews', () => {
  let w: ReviewWorld;
  let items: string[] = [];
  beforeAll(async () => {
    w = await startReviewWorld();
    items = await w.send(w.deviceA, Array.from({ length: 8 }, () => ({ kind: 'paste.blocked' as const })));
  }, 60_000);
  afterAll(async () => w?.close());

  it('two concurrent claims on one item from two endpoint processes: exactly one wins', async () => {
    const secondPool = connectDatabase(w.database.ownerUrl, w.config.DB_APP_ROLE, 4);
    const second = await buildApp({ context: { db: secondPool, config: w.config } });
    try {
      for (const item of items.slice(0, 4)) {
        const [first, other] = await Promise.all([
          w.app.inject({ method: 'POST', url: `/admin/api/events/${item}/claim`, cookies: { cg_session: w.admin.cookie }, headers: { 'x-csrf-token': w.admin.csrf } }),
          second.inject({ method: 'POST', url: `/admin/api/events/${item}/claim`, cookies: { cg_session: w.supervisorA.cookie }, headers: { 'x-csrf-token': w.supervisorA.csrf } }),
        ]);
        expect([first.statusCode, other.statusCode].sort()).toEqual([201, 409]);
        const loser = first.statusCode === 409 ? first : other;
        expect(loser.json().holder).toBe(first.statusCode === 201 ? 'ada@firm.example' : 'sam@firm.example');
      }
    } finally {
      await second.close();
      await secondPool.destroy();
    }
  });

  it('a claim shows in the queue and blocks other reviewers; a stale claim is taken over as a new row', async () => {
    const item = items[5]!;
    expect((await w.supervisorA.post(`/admin/api/events/${item}/claim`)).statusCode).toBe(201);
    const claimed = (await w.admin.get(`/admin/api/queue?state=claimed&reviewer=sam@firm.example`)).json().items.map((i: { id: string }) => i.id);
    expect(claimed).toContain(item);
    const blocked = await w.admin.post(`/admin/api/events/${item}/reviews`, { disposition: 'no_action', comment: 'not mine to do' });
    expect(blocked.statusCode).toBe(409);
    // The claim goes stale (written as a new expired row the way a 2-hour-old claim would look).
    const db = w.database.db.withTables<{ event_claims: { event_id: string; account_id: string; expires_at: Date; claimed_at: Date; id: number; takes_over_claim_id: number | null } }>();
    await db.insertInto('event_claims').values({ event_id: item, account_id: w.supervisorA.accountId, claimed_at: new Date(Date.now() - 3 * 3600_000), expires_at: new Date(Date.now() - 3600_000), takes_over_claim_id: null } as never).execute();
    const takeover = await w.admin.post(`/admin/api/events/${item}/claim`);
    expect(takeover.statusCode).toBe(201);
    expect(takeover.json().tookOverClaimId).toEqual(expect.any(Number));
    const rows = await db.selectFrom('event_claims').select(['account_id']).where('event_id', '=', item).orderBy('id').execute();
    expect(rows.map((row) => row.account_id)).toEqual([w.supervisorA.accountId, w.supervisorA.accountId, w.admin.accountId]);
  });

  it('opening an item is logged but is not a review; a review names reviewer, item, date, action; newer ones supersede', async () => {
    const item = items[6]!;
    const opened = await w.supervisorA.get(`/admin/api/events/${item}`);
    expect(opened.json().item.review.state).toBe('open');
    expect((await w.supervisorA.get(`/admin/api/queue?state=open`)).json().items.map((i: { id: string }) => i.id)).toContain(item);

    expect((await w.supervisorA.post(`/admin/api/events/${item}/reviews`, { disposition: 'coached_broker', comment: 'ok' })).statusCode).toBe(400);
    expect((await w.supervisorA.post(`/admin/api/events/${item}/reviews`, { disposition: 'ignored', comment: 'fine by me' })).statusCode).toBe(400);
    const first = await w.supervisorA.post(`/admin/api/events/${item}/reviews`, { disposition: 'coached_broker', comment: 'Talked to Alice about personal mail.' });
    expect(first.statusCode).toBe(201);
    const second = await w.admin.post(`/admin/api/events/${item}/reviews`, { disposition: 'escalated', comment: 'Third time this month.' });
    expect(second.json().supersedesId).toBe(first.json().reviewId);

    const detail = (await w.supervisorA.get(`/admin/api/events/${item}`)).json();
    expect(detail.item.review).toMatchObject({ state: 'reviewed', latest: { disposition: 'escalated', reviewer: 'ada@firm.example' } });
    expect(detail.history.reviews).toEqual([
      expect.objectContaining({ disposition: 'escalated', reviewer: 'ada@firm.example', supersedesId: first.json().reviewId, current: true }),
      expect.objectContaining({ disposition: 'coached_broker', reviewer: 'sam@firm.example', comment: 'Talked to Alice about personal mail.', supersedesId: null, current: false }),
    ]);
    expect(detail.history.views.map((view: { viewer: string }) => view.viewer)).toEqual(['sam@firm.example', 'sam@firm.example']);
    expect((await w.admin.get(`/admin/api/queue?state=reviewed&reviewer=ada@firm.example`)).json().items.map((i: { id: string }) => i.id)).toEqual([item]);
  });

  it('security: review records, claims and views cannot be updated or deleted, even by the database owner', async () => {
    await expect(sql`UPDATE event_reviews SET disposition = 'no_action'`.execute(w.database.db)).rejects.toThrow(/permission denied/);
    await expect(sql`DELETE FROM event_claims`.execute(w.database.db)).rejects.toThrow(/permission denied/);
    const pg = await import('pg');
    const owner = new pg.default.Client({ connectionString: w.database.ownerUrl });
    await owner.connect();
    try {
      for (const statement of ['UPDATE event_reviews SET comment = $$rewritten$$', 'DELETE FROM item_views', 'TRUNCATE event_reviews CASCADE', 'UPDATE group_memberships SET added_by = $$x$$', 'DELETE FROM brokers']) {
        await expect(owner.query(statement), statement).rejects.toThrow(/append-only/);
      }
    } finally {
      await owner.end();
    }
  });

  it('every view, claim and review is in the audit log with actor and item', async () => {
    const entries = await w.database.db.selectFrom('audit_log').select(['action', 'actor_label', 'target']).where('target', '=', items[6]!).orderBy('id').execute();
    expect(entries.map((entry) => `${entry.action} ${entry.actor_label}`)).toEqual([
      'item.viewed sam@firm.example',
      'item.reviewed sam@firm.example',
      'item.reviewed ada@firm.example',
      'item.viewed sam@firm.example',
    ]);
  });
});
