/**
 * orders_by_status from its daily rollup (migration 20250601000930): private.order_status_days is
 * kept exact by a trigger on orders, and the function gives the numbers of the orders themselves
 * (the definition of 20250601000260, computed here from the rows) for any period: whole UTC days
 * from the rollup, partial edges from the orders. The test's orders are created in years no other
 * test writes (2052-2053), compared as a manager in one statement.
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
  customer = await createCustomer(db, { label: 'order-status' });
});
afterAll(async () => {
  await client?.end();
  await db?.close();
});

/** An order created at `at`. */
const orderAt = async (at: string, amount: number, status: 'PENDING' | 'PAID' | 'CANCELLED' | 'REFUNDED' = 'PENDING') => {
  const id = await createOrder(db, { userId: customer.id, productId: catalog.productId, status, amount });
  await db.q('update public.orders set created_at = $2 where id = $1', [id, at]);
  return id;
};

const ORDER_STATUS_DAYS: ReadModel = {
  model: 'private.order_status_days',
  source: `(select (o.created_at at time zone 'UTC')::date as day, o.status, count(*) as orders_count,
              coalesce(sum(o.amount), 0) as amount
            from public.orders o group by 1, 2) truth`,
  columns: 'day, status, orders_count, amount',
  key: 'day',
};
const rollupDrift = () => readModelDrift(db, ORDER_STATUS_DAYS, `day >= '2052-01-01'`, []);

/** The function and the old definition over the orders, in one statement (one snapshot). */
const bothWays = async (from: string, to: string) => {
  const { rows } = await asPrincipal(client, manager.id, () =>
    client.query<{ fn: unknown; raw: unknown }>(
      `select (select json_agg(json_build_object('s', f.status, 'n', f.orders_count, 'a', f.amount) order by f.status)
               from public.orders_by_status($1, $2) f) as fn,
              (select json_agg(json_build_object('s', x.s, 'n', x.n, 'a', x.a) order by x.s) from (
                 select s.s, count(o.id) as n, coalesce(sum(o.amount), 0)::bigint as a
                 from unnest(enum_range(null::public.order_status)) s(s)
                 left join public.orders o on o.status = s.s and o.created_at >= $1 and o.created_at < $2
                 group by s.s) x) as raw`,
      [from, to],
    ),
  );
  return rows[0]!;
};

describe('orders_by_status from private.order_status_days', () => {
  it('keeps the rollup exact through new orders, payments, amount and date changes, deletions', async () => {
    const a = await orderAt('2052-05-10T08:00:00Z', 10_000);
    const b = await orderAt('2052-05-10T23:30:00Z', 25_000, 'PAID');
    expect(await rollupDrift()).toEqual([]);
    const writes = [
      [`update public.orders set status = 'PAID', paid_at = now() where id = $1`, [a]],
      [`update public.orders set amount = amount + 1 where id = $1`, [a]],
      [`update public.orders set created_at = '2052-05-13T09:00:00Z' where id = $1`, [b]],
      [`update public.orders set status = 'REFUNDED' where id = $1`, [b]],
      [`delete from public.orders where id = $1`, [a]],
    ] as const;
    for (const [sql, params] of writes) {
      await db.q(sql, [...params]);
      expect(await rollupDrift(), sql).toEqual([]);
    }
  });

  it.each([
    ['whole days', '2053-03-01T00:00:00Z', '2053-03-04T00:00:00Z'],
    ['partial first and last day', '2053-03-01T09:00:00Z', '2053-03-03T18:00:00Z'],
    ['inside one day', '2053-03-02T06:00:00Z', '2053-03-02T20:00:00Z'],
    ['across midnight, no whole day', '2053-03-01T20:00:00Z', '2053-03-02T04:00:00Z'],
  ])('gives the numbers of the orders themselves: %s', async (_label, from, to) => {
    if (!(await db.q(`select 1 from public.orders where created_at >= '2053-01-01'`)).length) {
      for (const [at, amount, status] of [
        ['2053-03-01T05:00:00Z', 1_000, 'PENDING'],
        ['2053-03-01T10:00:00Z', 2_000, 'PAID'],
        ['2053-03-01T21:00:00Z', 3_000, 'CANCELLED'],
        ['2053-03-02T01:00:00Z', 4_000, 'PAID'],
        ['2053-03-02T10:00:00Z', 5_000, 'REFUNDED'],
        ['2053-03-02T23:59:59Z', 6_000, 'PENDING'],
        ['2053-03-03T12:00:00Z', 7_000, 'PAID'],
        ['2053-03-03T19:00:00Z', 8_000, 'PENDING'],
      ] as const) {
        await orderAt(at, amount, status);
      }
    }
    const { fn, raw } = await bothWays(from, to);
    expect(fn).toEqual(raw);
  });

  it('has whole days from the rollup: a period of whole days reads the rollup, not the orders', async () => {
    const { rows } = await client.query<{ prosrc: string }>(`select prosrc from pg_proc where proname = 'orders_by_status'`);
    expect(rows[0]!.prosrc).toContain('private.order_status_days');
    await db.q(`update private.order_status_days set orders_count = orders_count + 100 where day = '2053-03-02' and status = 'PAID'`);
    try {
      const { fn, raw } = await bothWays('2053-03-02T00:00:00Z', '2053-03-03T00:00:00Z');
      const paid = (rows: unknown) => (rows as { s: string; n: number }[]).find((r) => r.s === 'PAID')!.n;
      expect(paid(fn)).toBe(paid(raw) + 100);
    } finally {
      await db.q(`select private.refresh_order_status_day('2053-03-02', 'PAID')`);
    }
  });
});
