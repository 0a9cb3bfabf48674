import type { GetListParams, GetManyParams, GetManyReferenceParams } from 'react-admin';

/**
 * References as people read them (issue 12, item 6): where a record is shown by what it is
 * about ("Chloe Customer · VISA" for a dossier, "Identity check" for a step instance), the rows
 * of lists and reference look-ups (getList, getMany, getManyReference) carry that label as a
 * to-one embed, and the resource's recordRepresentation reads it (e.g. src/dossiers/index.ts).
 * Not on getOne: an edit form would send the embed back as a column.
 */
export const READ_EMBEDS: Record<string, readonly string[]> = {
  dossiers: ['customer:profiles!user_id(full_name)'],
  orders: ['customer:profiles!user_id(full_name)'],
  step_instances: ['step:steps!step_id(label)'],
};

type ReadParams = Partial<GetListParams | GetManyReferenceParams | GetManyParams>;

/** `meta.columns` with the resource's read embeds added once (after any the params already have). */
export const withReadEmbeds = <P extends ReadParams>(resource: string, params: P): P => {
  const embeds = READ_EMBEDS[resource];
  if (!embeds) return params;
  const meta = params.meta ?? {};
  const columns: string[] = Array.isArray(meta.columns) ? meta.columns : ['*'];
  const aliases = new Set(columns.map((c) => c.split(':')[0]));
  const added = embeds.filter((e) => !aliases.has(e.split(':')[0]));
  return { ...params, meta: { ...meta, columns: [...columns, ...added] } };
};

/**
 * A record to write without the embeds reads added (react-admin seeds an edit form from the list's
 * cached rows, and would send `customer` back as a column).
 */
export const withoutEmbeds = <R extends Record<string, unknown>>(resource: string, record: R, aliases: readonly string[]): R => {
  const names = [...(READ_EMBEDS[resource] ?? []).map((e) => e.split(':')[0]!), ...aliases];
  if (names.length === 0 || !record) return record;
  const copy: Record<string, unknown> = { ...record };
  for (const name of names) delete copy[name];
  return copy as R;
};
