/**
 * Rows that break the limits of 20250601000850 (length and range checks on what people type).
 * 20250601000851 validates each check and leaves it NOT VALID, with a NOTICE, where older rows
 * break it: the migration goes on (new and updated rows are checked), so these rules warn. Each
 * finding lists the rows to fix by hand before `alter table ... validate constraint`: table, id,
 * column, the limit (the check's name and what it allows), the length or value found.
 * The same numbers as the migration and as src/common/limits.ts; preflight-limits.test.ts checks
 * that every check of 000850 has a rule and that a rule finds exactly the rows the check refuses.
 */
import type { RowRule } from './preflight-rules';

export interface LimitCheck {
  /** the check constraint of 000850 */
  constraint: string;
  table: string;
  columns: string[];
  /** a text length range, or a numeric maximum */
  rule: { kind: 'length'; min?: number; max: number } | { kind: 'max'; max: number };
}

export const LIMIT_CHECKS: LimitCheck[] = [
  { constraint: 'products_name_length', table: 'products', columns: ['name'], rule: { kind: 'length', min: 1, max: 200 } },
  { constraint: 'products_code_length', table: 'products', columns: ['code'], rule: { kind: 'length', max: 50 } },
  { constraint: 'products_description_length', table: 'products', columns: ['description'], rule: { kind: 'length', max: 2000 } },
  {
    constraint: 'products_stripe_ids_length',
    table: 'products',
    columns: ['stripe_product_id', 'stripe_price_id'],
    rule: { kind: 'length', max: 255 },
  },
  { constraint: 'products_price_amount_max', table: 'products', columns: ['price_amount'], rule: { kind: 'max', max: 100_000_000 } },
  { constraint: 'steps_code_length', table: 'steps', columns: ['code'], rule: { kind: 'length', max: 50 } },
  { constraint: 'steps_label_length', table: 'steps', columns: ['label'], rule: { kind: 'length', min: 1, max: 200 } },
  { constraint: 'steps_description_length', table: 'steps', columns: ['description'], rule: { kind: 'length', max: 2000 } },
  { constraint: 'document_types_code_length', table: 'document_types', columns: ['code'], rule: { kind: 'length', max: 50 } },
  { constraint: 'document_types_label_length', table: 'document_types', columns: ['label'], rule: { kind: 'length', min: 1, max: 200 } },
  {
    constraint: 'document_types_description_length',
    table: 'document_types',
    columns: ['description'],
    rule: { kind: 'length', max: 2000 },
  },
  {
    constraint: 'document_types_max_file_size_max',
    table: 'document_types',
    columns: ['max_file_size_mb'],
    rule: { kind: 'max', max: 1024 },
  },
  {
    constraint: 'product_steps_estimated_duration_max',
    table: 'product_steps',
    columns: ['estimated_duration_hours'],
    rule: { kind: 'max', max: 8760 },
  },
  {
    constraint: 'payment_links_prospect_name_length',
    table: 'payment_links',
    columns: ['prospect_name'],
    rule: { kind: 'length', max: 200 },
  },
  {
    constraint: 'payment_links_prospect_email_length',
    table: 'payment_links',
    columns: ['prospect_email'],
    rule: { kind: 'length', max: 254 },
  },
  { constraint: 'agents_full_name_length', table: 'agents', columns: ['full_name'], rule: { kind: 'length', max: 200 } },
];

/** "1 to 200 characters", "at most 1024". */
export const limitText = ({ rule }: LimitCheck) =>
  rule.kind === 'max' ? `at most ${rule.max}` : rule.min ? `${rule.min} to ${rule.max} characters` : `at most ${rule.max} characters`;

/** The rows of one column that break the check (NULL passes a check, as in PostgreSQL). */
const columnSql = (check: LimitCheck, column: string) => {
  const { rule } = check;
  const found = rule.kind === 'max' ? `"${column}"` : `char_length("${column}")`;
  const broken =
    rule.kind === 'max' || rule.min === undefined ? `${found} > ${rule.max}` : `(${found} > ${rule.max} or ${found} < ${rule.min})`;
  return `select '${check.table}' as "table", id, '${column}' as "column", '${check.constraint}' as "limit",
    '${limitText(check)}' as allowed, ${found} as found, left("${column}"::text, 60) as value_start
    from public."${check.table}" where ${broken}`;
};

export const LIMIT_RULES: RowRule[] = LIMIT_CHECKS.map((check) => ({
  id: `limit.${check.constraint}`,
  level: 'warn',
  title: `Rows over the limit ${check.constraint} (${check.table}.${check.columns.join(', ')}: ${limitText(check)})`,
  why: `20250601000851 leaves ${check.constraint} NOT VALID while these rows break it: fix them (found = length or value), then alter table public.${check.table} validate constraint ${check.constraint}`,
  requires: check.columns.map((column) => `${check.table}.${column}`),
  sql: check.columns.map((column) => columnSql(check, column)).join('\n    union all\n    '),
}));
