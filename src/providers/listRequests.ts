import type { GetListParams, GetManyReferenceParams } from 'react-admin';
import { withCountStrategy } from './listCounts';
import { normalizeFilter } from './listFilters';
import { routeSearch } from './listSearch';
import { withReadEmbeds } from './listEmbeds';
import { withLabelSort } from './listSorts';

type ListParams = Partial<GetListParams | GetManyReferenceParams>;

/**
 * A react-admin list request as the SPA sends it to PostgREST (through ra-data-postgrest): the
 * search routed to its SQL function, filters adapted, label sorts and reference labels embedded,
 * the count strategy (listCounts.ts: exact for small lists, capped for the big tables).
 * The data provider and the PostgREST tests (supabase/tests/lists-requests.test.ts) share it.
 */
export const toListRequest = <P extends ListParams>(resource: string, params: P): { resource: string; params: P } => {
  const routed = routeSearch(resource, params);
  const filter = normalizeFilter(resource, routed.params.filter as Record<string, unknown> | undefined);
  return {
    resource: routed.resource,
    params: withCountStrategy(withReadEmbeds(resource, withLabelSort(resource, { ...routed.params, filter }))),
  };
};
