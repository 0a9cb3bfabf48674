/**
 * Adapts react-admin list filters to what PostgREST understands, through ra-data-postgrest.
 * Plain `column` / `column@op` keys pass through unchanged, except:
 * - `q` (the search box) becomes `or(col.ilike.*term*, …)` over the resource's search columns;
 * - several operators on one column (`created_at@gte` + `created_at@lte`), which ra-data-postgrest
 *   would send as `created_at[0]=…` (rejected by PostgREST), become terms of one `and=(…)`;
 * - payment_links `status` needs nothing: it is the computed field public.status(payment_links).
 * The combined terms go out as a raw `and=(…)` parameter (key `and@`, passed verbatim).
 */
export const SEARCH_COLUMNS: Record<string, readonly string[]> = {
  products: ['code', 'name'],
  steps: ['code', 'label'],
  document_types: ['code', 'label'],
  payment_links: ['prospect_email', 'prospect_name'],
  profiles: ['full_name', 'email', 'phone'],
  agents: ['full_name', 'email'],
  agent_directory: ['full_name'],
  messages: ['body'],
  document_versions: ['file_name'],
};

type Filter = Record<string, unknown>;

/** A value quoted for PostgREST's logic-tree syntax (reserved: , . : ( ) and quotes). */
export const quoteValue = (value: unknown) => `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A search term as an ilike pattern body: PostgREST syntax characters dropped, words joined by
 * wildcards ("chloe cust" finds "Chloe Customer").
 */
export const sanitizeSearchTerm = (term: string) =>
  term
    .replace(/[,()*"\\:]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .join('*');

const isEmptyValue = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

const termFor = (column: string, op: string, value: unknown) => {
  if (op === 'in') {
    const list = Array.isArray(value)
      ? value
      : String(value)
          .replace(/^\(|\)$/g, '')
          .split(',');
    return `${column}.in.(${list.map(quoteValue).join(',')})`;
  }
  if (op === 'is' || op === 'not.is') return `${column}.${op}.${String(value)}`;
  return `${column}.${op}.${quoteValue(value)}`;
};

export const normalizeFilter = (resource: string, filter: Filter | undefined): Filter => {
  const out: Filter = {};
  if (!filter) return out;
  const terms: string[] = [];
  const byColumn = new Map<string, [string, string, unknown][]>();

  for (const [key, value] of Object.entries(filter)) {
    if (isEmptyValue(value)) continue;
    if (key === 'q') {
      const columns = SEARCH_COLUMNS[resource];
      const term = sanitizeSearchTerm(String(value));
      if (columns && term !== '') {
        terms.push(`or(${columns.map((column) => `${column}.ilike.${quoteValue(`*${term}*`)}`).join(',')})`);
      }
      continue;
    }
    const at = key.indexOf('@');
    const column = at > 0 ? key.slice(0, at) : '';
    const op = at > 0 ? key.slice(at + 1) : '';
    if (column && op && !['or', 'and', ''].includes(op)) {
      byColumn.set(column, [...(byColumn.get(column) ?? []), [key, op, value]]);
    } else {
      out[key] = value;
    }
  }

  for (const [column, entries] of byColumn) {
    if (entries.length === 1) {
      const [key, , value] = entries[0]!;
      out[key] = value;
    } else {
      for (const [, op, value] of entries) terms.push(termFor(column, op, value));
    }
  }
  if (terms.length > 0) out['and@'] = `(${terms.join(',')})`;
  return out;
};
