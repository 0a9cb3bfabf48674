import type { GetListParams, GetManyReferenceParams } from 'react-admin';

/**
 * Sorting a list by the label a reference column shows (issue 12, item 6): the customer's name,
 * not the uuid in `user_id`. A column asks for it with `sortBy="customer.full_name"`; the data
 * provider embeds the to-one relation under that alias and PostgREST orders by the embedded
 * column: `select=*,customer:profiles!user_id(full_name)&order=customer(full_name).asc`.
 * A row the caller may not read on the other side (RLS) sorts as NULL (last ascending).
 */
export const LABEL_SORT_EMBEDS: Record<string, Record<string, string>> = {
  orders: { customer: 'profiles!user_id', product: 'products!product_id' },
  dossiers: { customer: 'profiles!user_id', product: 'products!product_id' },
  payment_links: { product: 'products!product_id' },
  payment_reminders: { customer: 'profiles!user_id' },
  documents: { document_type: 'document_types!document_type_id' },
  step_instances: { step: 'steps!step_id' },
  document_types: { required_step: 'steps!required_step_id' },
};

const LABEL_SORT = /^([a-z_]+)\.([a-z_]+)$/;

type ListParams = Partial<GetListParams | GetManyReferenceParams>;

/** The params with a label sort turned into an embed and an order on it; others unchanged. */
export const withLabelSort = <P extends ListParams>(resource: string, params: P): P => {
  const match = LABEL_SORT.exec(params.sort?.field ?? '');
  const target = match ? LABEL_SORT_EMBEDS[resource]?.[match[1]!] : undefined;
  if (!match || !target || !params.sort) return params;
  const [, alias, column] = match;
  const meta = params.meta ?? {};
  const columns: string[] = Array.isArray(meta.columns) ? meta.columns : ['*'];
  return {
    ...params,
    sort: { ...params.sort, field: `${alias}(${column})` },
    meta: { ...meta, columns: [...columns, `${alias}:${target}(${column})`] },
  };
};

/** The aliases label sorts may add to a resource's rows. */
export const labelSortAliases = (resource: string): string[] => Object.keys(LABEL_SORT_EMBEDS[resource] ?? {});
