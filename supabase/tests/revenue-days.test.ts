/**
 * revenue_by_period from its daily rollup (migration 20250601000927): private.revenue_days is kept
 * exact by a trigger on orders, and the function gives the numbers of the orders themselves (the
 * definition of 20250601000260, computed here from the rows) for any period and bucket: whole UTC
 * days from the rollup, partial edges from the orders. The test's orders are in a currency and
 * years no other test writes (XTS, 2048-2049), compared as a manager in one snapshot.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asPrincipal } from '../../stack/demo/list-queries';
import { getStack } from '../../stack/testing/context';
import { createProduct, type Catalog } from './fixtures/catalog';
import { openDb, type Db } from './fixtures/db';
import { readModelDrift, type ReadModel } from './fixtures/read-models';
import { createAgent, createCustomer } from './fixtures/people';
import { createOrder } from './fixtures/sales';

const CURRENCY = 'XTS';
let db: Db;
let client: pg.Client;
let catalog: Catalog;
let manager: { id: string };
let customer: { id: string };

beforeAll(async () => {
  db = openDb();
  client = new pg.Client({ connectionString: getStack().dbUrl });
  await client.connect();
  catalog = await createProduct(db);
  manager = await createAgent(db, 'MANAGER');
  customer = await createCustomer(db, { label: 'revenue' });
});
afterAll(async () => {
  await client?.end();
  await db?.close();
});

/** An order in the test currency, paid (or refunded) at `paidAt`. */
const paidOrder = async (paidAt: string, amount: number, status: 'PAID' | 'REFUNDED' = 'PAID') => {
  const id = await createOrder(db, { userId: customer.id, productId: catalog.productId, status, amount });
  await db.q(`update public.orders set paid_at = $2, currency = $3 where id = $1`, [id, paidAt, CURRENCY]);
  return id;
};

/** The rollup against a recount of the orders, for the test currency. */
const REVENUE_DAYS: ReadModel = {
  model: 'private.revenue_days',
  source: `(select (o.paid_at at time zone 'UTC')::date as day, o.currency,
              count(*) filter (where o.status = 'PAID') as paid_count,
              coalesce(sum(o.amount) filter (where o.status = 'PAID'), 0) as paid_amount,
              coalesce(sum(o.amount) filter (where o.status = 'REFUNDED'), 0) as refunded_amount
            from public.orders o where o.paid_at is not null and o.status in ('PAID', 'REFUNDED')
            group by 1, 2) truth`,
  columns: 'day, currency, paid_count, paid_amount, refunded_amount',
  key: 'day',
};
const rollupDrift = () => readModelDrift(db, REVENUE_DAYS, 'currency = $1', [CURRENCY]);

/** The function's rows for the test currency and the same numbers from the orders, in one snapshot. */
const bothWays = (from: string, to: string, bucket: string) =>
  asPrincipal(client, manager.id, async () => {
    const fn = await client.query(
      `select bucket_start, orders_count::int as n, revenue::bigint::text as revenue, refunded::bigint::text as refunded
       from public.revenue_by_period($1, $2, $3) where currency = $4 order by bucket_start`,
      [from, to, bucket, CURRENCY],
    );
    const raw = await client.query(
      `with paid as (
         select date_trunc($3, o.paid_at at time zone 'UTC') at time zone 'UTC' as b, o.status, o.amount
         from public.orders o
         where o.paid_at >= $1 and o.paid_at < $2 and o.status in ('PAID', 'REFUNDED') and o.currency = $4)
       select bk.bucket_start, (count(p.amount) filter (where p.status = 'PAID'))::int as n,
              coalesce(sum(p.amount) filter (where p.status = 'PAID'), 0)::bigint::text as revenue,
              coalesce(sum(p.amount) filter (where p.status = 'REFUNDED'), 0)::bigint::text as refunded
       from private.period_buckets($1, $2, $3) bk left join paid p on p.b = bk.bucket_start
       where exists (select 1 from paid)
       group by bk.bucket_start order by bk.bucket_start`,
      [from, to, bucket, CURRENCY],
    );
    return { fn: fn.rows, raw: raw.rows };
  });

describe('revenue_by_period from private.revenue_days', () => {
  it('keeps the rollup exact through payments, refunds, corrections, moves and deletions', async () => {
    const a = await paidOrder('2048-05-10T08:00:00Z', 10_000);
    const b = await paidOrder('2048-05-10T23:30:00Z', 25_000);
    await paidOrder('2048-05-11T00:15:00Z', 7_500, 'REFUNDED');
    expect(await rollupDrift()).toEqual([]);
    const writes = [
      [`update public.orders set amount = amount + 1 where id = $1`, [a]],
      [`update public.orders set status = 'REFUNDED' where id = $1`, [a]],
      [`update public.orders set paid_at = '2048-05-13T09:00:00Z' where id = $1`, [b]],
      [`update public.orders set currency = 'XTT' where id = $1`, [b]],
      [`update public.orders set currency = $2 where id = $1`, [b, CURRENCY]],
      [`delete from public.orders where id = $1`, [a]],
    ] as const;
    for (const [sql, params] of writes) {
      await db.q(sql, [...params]);
      expect(await rollupDrift(), sql).toEqual([]);
    }
    expect(await readModelDrift(db, REVENUE_DAYS, 'currency = $1', ['XTT'])).toEqual([]);
  });

  it.each([
    ['whole days, by day', '2049-03-01T00:00:00Z', '2049-03-04T00:00:00Z', 'day'],
    ['partial first and last day, by day', '2049-03-01T09:00:00Z', '2049-03-03T18:00:00Z', 'day'],
    ['partial edges, by week', '2049-02-27T13:00:00Z', '2049-03-20T06:00:00Z', 'week'],
    ['partial edges, by month', '2049-02-15T12:00:00Z', '2049-04-02T03:00:00Z', 'month'],
    ['inside one day', '2049-03-02T06:00:00Z', '2049-03-02T20:00:00Z', 'day'],
    ['across midnight, no whole day', '2049-03-01T20:00:00Z', '2049-03-02T04:00:00Z', 'day'],
  ])('gives the numbers of the orders themselves: %s', async (_label, from, to, bucket) => {
    if (!(await db.q(`select 1 from public.orders where currency = $1 and paid_at >= '2049-01-01'`, [CURRENCY])).length) {
      for (const [at, amount, status] of [
        ['2049-02-20T05:00:00Z', 1_000, 'PAID'],
        ['2049-02-28T22:00:00Z', 2_000, 'PAID'],
        ['2049-03-01T05:00:00Z', 3_000, 'PAID'],
        ['2049-03-01T10:00:00Z', 4_000, 'REFUNDED'],
        ['2049-03-01T21:00:00Z', 5_000, 'PAID'],
        ['2049-03-02T01:00:00Z', 6_000, 'PAID'],
        ['2049-03-02T10:00:00Z', 7_000, 'REFUNDED'],
        ['2049-03-02T23:59:59Z', 8_000, 'PAID'],
        ['2049-03-03T12:00:00Z', 9_000, 'PAID'],
        ['2049-03-03T19:00:00Z', 10_000, 'PAID'],
        ['2049-03-19T07:00:00Z', 11_000, 'PAID'],
        ['2049-04-01T01:00:00Z', 12_000, 'REFUNDED'],
      ] as const) {
        await paidOrder(at, amount, status);
      }
    }
    const { fn, raw } = await bothWays(from, to, bucket);
    expect(raw.length).toBeGreaterThan(0);
    expect(fn).toEqual(raw);
  });

  it('has whole days from the rollup: a period of whole days reads the rollup, not the orders', async () => {
    const { rows } = await client.query<{ prosrc: string }>(`select prosrc from pg_proc where proname = 'revenue_by_period'`);
    expect(rows[0]!.prosrc).toContain('private.revenue_days');
    await db.q(`update private.revenue_days set paid_amount = paid_amount + 100 where day = '2049-03-02' and currency = $1`, [CURRENCY]);
    try {
      const { fn, raw } = await bothWays('2049-03-02T00:00:00Z', '2049-03-03T00:00:00Z', 'day');
      expect(Number(fn[0]?.revenue)).toBe(Number(raw[0]?.revenue) + 100);
    } finally {
      await db.q(`select private.refresh_revenue_day('2049-03-02', $1)`, [CURRENCY]);
    }
  });
});
