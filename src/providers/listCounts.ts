import type { GetListParams, GetListResult, GetManyReferenceParams, RaRecord } from 'react-admin';

/**
 * How a list gets its total (issue 9, item 5; docs/performance.md §3, "What the SPA does now").
 *
 * A total is always what the caller may see under row-level security, never the planner's guess
 * (`count=estimated` / `count=planned` ignore the policies: 90,001 orders shown to an agent who can
 * see 3,628). Two kinds of lists:
 *
 * - the small ones (catalog, team) ask `count=exact` with their page;
 * - the lists of the big tables (TOTAL_CAPPED_LISTS) count at most TOTAL_CAP rows: with their page
 *   (no count) they ask the ids of the first TOTAL_CAP + 1 rows the caller may see (no order, no
 *   embed). Up to TOTAL_CAP the total is exact; above it react-admin's partial pagination shows
 *   "1-25 of more than 500" and offers a next page only when one exists (beyond the cap, one more
 *   id is asked at the next page's first position). An exact count of a big table reads every row
 *   under the policy (25-60 ms at the large scale, in proportion to the table); the capped one stops
 *   after TOTAL_CAP + 1 visible rows.
 *
 * The event timeline is not a react-admin list: it pages by keyset without any count.
 */
export const LIST_COUNT_PREFER = 'count=exact';

/**
 * The largest total a capped list counts exactly. TOTAL_CAP + 1 ids are asked in one request, so
 * it must stay below the API's max rows (PostgREST's db-max-rows; a Supabase project's "Max rows",
 * 1,000 by default), which truncates longer answers (supabase/tests/lists-requests.test.ts fails).
 */
export const TOTAL_CAP = 500;

/** The lists whose table grows with the business (orders, dossiers and what hangs off them, customers). */
export const TOTAL_CAPPED_LISTS: ReadonlySet<string> = new Set([
  'orders',
  'dossiers',
  'payment_links',
  'payment_reminders',
  'profiles',
  'step_instances',
  'documents',
  'document_versions',
  'messages',
]);

type ListParams = Partial<GetListParams | GetManyReferenceParams>;

const withPrefer = <P extends ListParams>(params: P, prefer: string): P => {
  const meta = params.meta ?? {};
  return { ...params, meta: { ...meta, headers: { ...(meta.headers ?? {}), Prefer: prefer } } };
};

/** The exact count, for the lists that are not capped. */
export const withCountStrategy = <P extends ListParams>(params: P): P => withPrefer(params, LIST_COUNT_PREFER);

/** Asks no count (PostgREST answers `Content-Range: 0-24/*`). */
const withoutCount = <P extends ListParams>(params: P): P => withPrefer(params, 'handling=lenient');

/**
 * The first rows, in any order, no count; only their ids and no embeds (counting needs neither),
 * except from a search function, whose filters PostgREST applies to the selected columns only.
 */
const firstIds = (resource: string, params: GetListParams, perPage: number): GetListParams => {
  const { sort: _anyOrder, ...rest } = withoutCount(params);
  const columns = resource.startsWith('rpc/') ? rest.meta?.columns : ['id'];
  return { ...rest, pagination: { page: 1, perPage }, meta: { ...rest.meta, columns } } as GetListParams;
};

/** The row at position `offset` in the list's order (with what the order needs), no count. */
const rowAt = (params: GetListParams, offset: number): GetListParams => ({
  ...withoutCount(params),
  // ra-data-postgrest asks offset (page - 1) * perPage: page offset + 1 of size 1 is the row at `offset`
  pagination: { page: offset + 1, perPage: 1 },
});

type GetList = <R extends RaRecord>(resource: string, params: GetListParams) => Promise<GetListResult<R>>;

/**
 * react-admin's getList for a capped list: the page and the first TOTAL_CAP + 1 ids side by side;
 * `total` when they are at most TOTAL_CAP, else `pageInfo` (partial pagination).
 */
export const cappedGetList =
  (getList: GetList, cap = TOTAL_CAP): GetList =>
  async <R extends RaRecord>(resource: string, params: GetListParams) => {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const [answer, head] = await Promise.all([
      getList<R>(resource, withoutCount(params)),
      getList(resource, firstIds(resource, params, cap + 1)),
    ]);
    const { total: _unknown, ...rows } = answer;
    if (head.data.length <= cap) return { ...rows, total: head.data.length };
    const end = page * perPage;
    // Within the first cap + 1 rows the head says whether a row follows this page; beyond them, the
    // row at the next page's first position does.
    const hasNextPage = end < head.data.length || (await getList(resource, rowAt(params, end))).data.length > 0;
    return { ...rows, pageInfo: { hasPreviousPage: page > 1, hasNextPage } };
  };

/**
 * A list request (listRequests.ts) run as the SPA runs it: capped for the big tables' lists, with
 * the exact count for the others. Shared by the data provider and the PostgREST tests.
 */
export const listWithTotals = (getList: GetList, cap = TOTAL_CAP) => {
  const capped = cappedGetList(getList, cap);
  return <R extends RaRecord>(listResource: string, request: { resource: string; params: GetListParams }) =>
    (TOTAL_CAPPED_LISTS.has(listResource) ? capped : getList)<R>(request.resource, request.params);
};
