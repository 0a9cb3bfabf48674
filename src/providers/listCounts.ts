import type { GetListParams, GetManyReferenceParams } from 'react-admin';

/**
 * ra-data-postgrest asks PostgREST for `count=exact` on every list, which scans the whole
 * (RLS-filtered) table. On the big tables we ask for `count=estimated` instead: PostgREST counts
 * exactly up to its db-max-rows threshold and uses the planner's estimate above it.
 */
export const ESTIMATED_COUNT_RESOURCES: ReadonlySet<string> = new Set([
  'orders',
  'dossiers',
  'events',
  'document_versions',
]);

export const withCountStrategy = <P extends Partial<GetListParams | GetManyReferenceParams>>(
  resource: string,
  params: P,
): P => {
  if (!ESTIMATED_COUNT_RESOURCES.has(resource)) return params;
  const meta = params.meta ?? {};
  return {
    ...params,
    meta: { ...meta, headers: { ...(meta.headers ?? {}), Prefer: 'count=estimated' } },
  };
};
