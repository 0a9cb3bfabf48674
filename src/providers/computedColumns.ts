/**
 * PostgREST computed fields (SQL functions taking a table row) are not part of `select=*`: the
 * data provider asks for them by name. payment_links.status is public.status(payment_links)
 * (migration 20250601000871), the one definition of a link's state.
 */
export const COMPUTED_COLUMNS: Partial<Record<string, readonly string[]>> = {
  payment_links: ['status'],
};

interface WithMeta {
  meta?: { columns?: unknown; [key: string]: unknown };
}

/** The params with `meta.columns = ['*', ...computed]`, unless the caller chose columns. */
export const withComputedColumns = <P extends WithMeta>(resource: string, params: P): P => {
  const computed = COMPUTED_COLUMNS[resource];
  if (!computed || params.meta?.columns) return params;
  return { ...params, meta: { ...params.meta, columns: ['*', ...computed] } };
};
