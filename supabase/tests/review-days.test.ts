/**
 * review_throughput from its daily rollup (migration 20250601000928): private.review_days is kept
 * exact by a trigger on document_reviews, and the function gives the numbers of the reviews
 * themselves (the definition of 20250601000260, computed here from the rows) for any period and
 * bucket: whole UTC days from the rollup, partial edges from the reviews. The test's reviews are
 * dated in years no other test writes (2050-2051), compared as a manager in one snapshot.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asPrincipal } from '../../stack/demo/list-queries';
import { getStack } from '../../stack/testing/context';
import { createProduct, type Catalog } from './fixtures/catalog';
import { openDb, type Db } from './fixtures/db';
import { readModelDrift, type ReadModel } from './fixtures/read-models';
import { createDocument, createDossier, createReview, createVersion } from './fixtures/operations';
import { createAgent, createCustomer } from './fixtures/people';

let db: Db;
let client: pg.Client;
let catalog: Catalog;
let manager: { id: string };
let reviewer: { id: string };
let versionId: string;

beforeAll(async () => {
  db = openDb();
  client = new pg.Client({ connectionString: getStack().dbUrl });
  await client.connect();
  catalog = await createProduct(db);
  manager = await createAgent(db, 'MANAGER');
  reviewer = await createAgent(db, 'REVIEWER');
  const customer = await createCustomer(db, { label: 'review-days' });
  const dossier = await createDossier(db, customer.id, catalog.productId);
  versionId = await createVersion(db, await createDocument(db, dossier, catalog.documentTypeId), customer.id);
});
afterAll(async () => {
  await client?.end();
  await db?.close();
});

/** A review written at `at`. */
const reviewAt = async (at: string, decision: 'APPROVED' | 'REJECTED') => {
  const id = await createReview(db, versionId, reviewer.id, decision);
  await db.q('update public.document_reviews set created_at = $2 where id = $1', [id, at]);
  return id;
};

/** The rollup against a recount of the reviews, for the test's years. */
const REVIEW_DAYS: ReadModel = {
  model: 'private.review_days',
  source: `(select (dr.created_at at time zone 'UTC')::date as day,
              count(*) filter (where dr.decision = 'APPROVED') as approved,
              count(*) filter (where dr.decision = 'REJECTED') as rejected
            from public.document_reviews dr group by 1) truth`,
  columns: 'day, approved, rejected',
  key: 'day',
};
const rollupDrift = () => readModelDrift(db, REVIEW_DAYS, `day >= '2050-01-01'`, []);

/** The function's rows and the same numbers from the reviews, in one snapshot. */
const bothWays = (from: string, to: string, bucket: string) =>
  asPrincipal(client, manager.id, async () => {
    const fn = await client.query(
      `select bucket_start, approved::int, rejected::int from public.review_throughput($1, $2, $3) order by bucket_start`,
      [from, to, bucket],
    );
    const raw = await client.query(
      `with r as (
         select date_trunc($3, dr.created_at at time zone 'UTC') at time zone 'UTC' as b, dr.decision
         from public.document_reviews dr where dr.created_at >= $1 and dr.created_at < $2)
       select bk.bucket_start, (count(r.b) filter (where r.decision = 'APPROVED'))::int as approved,
              (count(r.b) filter (where r.decision = 'REJECTED'))::int as rejected
       from private.period_buckets($1, $2, $3) bk left join r on r.b = bk.bucket_start
       group by bk.bucket_start order by bk.bucket_start`,
      [from, to, bucket],
    );
    return { fn: fn.rows, raw: raw.rows };
  });

describe('review_throughput from private.review_days', () => {
  it('keeps the rollup exact through reviews written, changed, moved and deleted', async () => {
    const a = await reviewAt('2050-05-10T08:00:00Z', 'APPROVED');
    const b = await reviewAt('2050-05-10T23:30:00Z', 'REJECTED');
    await reviewAt('2050-05-11T00:15:00Z', 'APPROVED');
    expect(await rollupDrift()).toEqual([]);
    const writes = [
      [`update public.document_reviews set decision = 'REJECTED' where id = $1`, [a]],
      [`update public.document_reviews set created_at = '2050-05-13T09:00:00Z' where id = $1`, [b]],
      [`delete from public.document_reviews where id = $1`, [a]],
    ] as const;
    for (const [sql, params] of writes) {
      await db.q(sql, [...params]);
      expect(await rollupDrift(), sql).toEqual([]);
    }
  });

  it.each([
    ['whole days, by day', '2051-03-01T00:00:00Z', '2051-03-04T00:00:00Z', 'day'],
    ['partial first and last day, by day', '2051-03-01T09:00:00Z', '2051-03-03T18:00:00Z', 'day'],
    ['partial edges, by week', '2051-02-27T13:00:00Z', '2051-03-20T06:00:00Z', 'week'],
    ['partial edges, by month', '2051-02-15T12:00:00Z', '2051-04-02T03:00:00Z', 'month'],
    ['inside one day', '2051-03-02T06:00:00Z', '2051-03-02T20:00:00Z', 'day'],
    ['across midnight, no whole day', '2051-03-01T20:00:00Z', '2051-03-02T04:00:00Z', 'day'],
  ])('gives the numbers of the reviews themselves: %s', async (_label, from, to, bucket) => {
    if (!(await db.q(`select 1 from public.document_reviews where created_at >= '2051-01-01'`)).length) {
      for (const [at, decision] of [
        ['2051-02-20T05:00:00Z', 'APPROVED'],
        ['2051-02-28T22:00:00Z', 'REJECTED'],
        ['2051-03-01T05:00:00Z', 'APPROVED'],
        ['2051-03-01T10:00:00Z', 'REJECTED'],
        ['2051-03-01T21:00:00Z', 'APPROVED'],
        ['2051-03-02T01:00:00Z', 'REJECTED'],
        ['2051-03-02T10:00:00Z', 'APPROVED'],
        ['2051-03-02T23:59:59Z', 'APPROVED'],
        ['2051-03-03T12:00:00Z', 'REJECTED'],
        ['2051-03-03T19:00:00Z', 'APPROVED'],
        ['2051-03-19T07:00:00Z', 'APPROVED'],
        ['2051-04-01T01:00:00Z', 'REJECTED'],
      ] as const) {
        await reviewAt(at, decision);
      }
    }
    const { fn, raw } = await bothWays(from, to, bucket);
    expect(raw.some((r) => r.approved + r.rejected > 0)).toBe(true);
    expect(fn).toEqual(raw);
  });

  it('has whole days from the rollup: a period of whole days reads the rollup, not the reviews', async () => {
    const { rows } = await client.query<{ prosrc: string }>(`select prosrc from pg_proc where proname = 'review_throughput'`);
    expect(rows[0]!.prosrc).toContain('private.review_days');
    await db.q(`update private.review_days set approved = approved + 100 where day = '2051-03-02'`);
    try {
      const { fn, raw } = await bothWays('2051-03-02T00:00:00Z', '2051-03-03T00:00:00Z', 'day');
      expect(fn[0]?.approved).toBe((raw[0]?.approved ?? 0) + 100);
    } finally {
      await db.q(`select private.refresh_review_day('2051-03-02')`);
    }
  });
});
