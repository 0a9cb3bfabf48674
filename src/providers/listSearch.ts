import type { GetListParams, GetManyReferenceParams } from 'react-admin';

/**
 * The search box of the lists whose rows are found by a person's name or e-mail (issue 9,
 * item 4): the `q` filter goes to a SQL search function that uses the trigram indexes
 * (migration 20250601000840) and returns the rows the caller may read, e.g.
 * `GET /rpc/search_orders?q=chloe&status=eq.PAID&order=created_at.desc&limit=25`.
 * Other resources keep `q` as an ilike over their own columns (listFilters.ts).
 */
export const SEARCH_FUNCTIONS: Record<string, string> = {
  profiles: 'search_profiles',
  orders: 'search_orders',
  dossiers: 'search_dossiers',
  payment_links: 'search_payment_links',
};

type ListParams = Partial<GetListParams | GetManyReferenceParams>;

/** Where a list request goes: the resource itself, or its search function with `q` as argument. */
export const routeSearch = <P extends ListParams>(resource: string, params: P): { resource: string; params: P } => {
  const fn = SEARCH_FUNCTIONS[resource];
  const { q, ...filter } = (params.filter ?? {}) as Record<string, unknown>;
  const term = typeof q === 'string' ? q.trim() : '';
  if (!fn || term === '') return { resource, params };
  // `q@` (empty operator): ra-data-postgrest sends it verbatim as the function's argument `q=…`.
  return { resource: `rpc/${fn}`, params: { ...params, filter: { ...filter, 'q@': term } } };
};
