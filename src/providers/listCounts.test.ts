import type { GetListParams, GetListResult, RaRecord } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { cappedGetList, listWithTotals } from './listCounts';

/**
 * A table of `rows` records answered as ra-data-postgrest does: offset (page - 1) * perPage, limit
 * perPage; the total only when the request asks `count=exact`. Every request is recorded.
 */
const fakeTable = (rows: number) => {
  const asked: GetListParams[] = [];
  const getList = async <R extends RaRecord>(_resource: string, params: GetListParams): Promise<GetListResult<R>> => {
    asked.push(params);
    const { page, perPage } = params.pagination!;
    const ids = Array.from({ length: rows }, (_, i) => i + 1).slice((page - 1) * perPage, page * perPage);
    const prefer = (params.meta?.headers as Record<string, string> | undefined)?.Prefer;
    return { data: ids.map((id) => ({ id }) as unknown as R), total: prefer === 'count=exact' ? rows : Number.NaN };
  };
  return { getList, asked };
};

const params = (page: number, perPage = 10): GetListParams => ({
  pagination: { page, perPage },
  sort: { field: 'created_at', order: 'DESC' },
  filter: {},
  meta: { headers: { Prefer: 'count=exact' }, columns: ['*', 'customer:profiles!user_id(full_name)'] },
});

describe('a capped list (a big table)', () => {
  it('has its exact total up to the cap, and never asks PostgREST to count', async () => {
    for (const rows of [0, 7, 50]) {
      const table = fakeTable(rows);
      const answer = await cappedGetList(table.getList, 50)('orders', params(1));
      expect(answer).toMatchObject({ total: rows });
      expect(answer.pageInfo).toBeUndefined();
      expect(table.asked.map((p) => (p.meta?.headers as Record<string, string>).Prefer)).not.toContain('count=exact');
    }
  });

  it('counts with the first cap + 1 ids only: no order, no embed', async () => {
    const table = fakeTable(20);
    await cappedGetList(table.getList, 50)('orders', params(1));
    const head = table.asked.find((p) => p.pagination?.perPage === 51)!;
    expect(head.sort).toBeUndefined();
    expect(head.meta?.columns).toEqual(['id']);
  });

  it('above the cap: partial pagination, a next page only where one exists, never an empty page', async () => {
    const perPage = 10;
    const table = fakeTable(125); // cap 50: pages 1-5 within the head, 6-13 beyond it, 13 the last
    const list = cappedGetList(table.getList, 50);
    const first = await list('orders', params(1, perPage));
    expect(first.total).toBeUndefined();
    expect(first.pageInfo).toEqual({ hasPreviousPage: false, hasNextPage: true });
    expect(first.data).toHaveLength(perPage);
    for (const page of [5, 6, 12]) expect((await list('orders', params(page, perPage))).pageInfo?.hasNextPage, `page ${page}`).toBe(true);
    const last = await list('orders', params(13, perPage));
    expect(last.data).toHaveLength(5);
    expect(last.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
  });

  it("beyond the head, asks the row at the next page's first position in the list's own order", async () => {
    const table = fakeTable(200);
    await cappedGetList(table.getList, 50)('orders', params(8, 10));
    const probe = table.asked.find((p) => p.pagination?.perPage === 1)!;
    expect(probe.pagination).toEqual({ page: 81, perPage: 1 }); // offset 80: the 81st row
    expect(probe.sort).toEqual({ field: 'created_at', order: 'DESC' });
  });

  it('an exact multiple of the page size beyond the cap: the last full page offers no next one', async () => {
    const table = fakeTable(120);
    const last = await cappedGetList(table.getList, 50)('orders', params(12, 10));
    expect(last.data).toHaveLength(10);
    expect(last.pageInfo?.hasNextPage).toBe(false);
  });
});

describe('which lists are capped', () => {
  it("the big tables' lists are; the catalog and the team keep their exact count", async () => {
    const big = fakeTable(80);
    expect((await listWithTotals(big.getList, 50)('orders', { resource: 'orders', params: params(1) })).total).toBeUndefined();
    const small = fakeTable(80);
    expect((await listWithTotals(small.getList, 50)('products', { resource: 'products', params: params(1) })).total).toBe(80);
    expect(small.asked).toHaveLength(1);
  });
});
