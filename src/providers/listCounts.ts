import type { GetListParams, GetManyReferenceParams } from 'react-admin';

/**
 * How a list asks PostgREST for its total (issue 9, item 5; docs/performance.md §3).
 *
 * Every list the SPA pages through react-admin asks `count=exact`: the total is what the caller
 * may see under row-level security, so the pagination never offers a page beyond the last one.
 * `count=estimated` / `count=planned` are never used: above db-max-rows they answer the planner's
 * guess, which ignores the policies (90,001 orders shown to an agent who can see 3,628). The
 * event timeline is not a react-admin list: it pages by keyset without any count.
 */
export const LIST_COUNT_PREFER = 'count=exact';

export const withCountStrategy = <P extends Partial<GetListParams | GetManyReferenceParams>>(params: P): P => {
  const meta = params.meta ?? {};
  return {
    ...params,
    meta: { ...meta, headers: { ...(meta.headers ?? {}), Prefer: LIST_COUNT_PREFER } },
  };
};
