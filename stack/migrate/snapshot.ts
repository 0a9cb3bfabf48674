/**
 * Snapshots of a database for "did this change anything?" comparisons (migrate -> revert tests,
 * the rehearsal): the catalog of some schemas, and the rows of some tables as counts and
 * order-independent checksums. Both are plain JSON, so they can be written to a report.
 *
 *   const before = { catalog: await snapshotCatalog(client, { schemas: ['public'] }),
 *                    rows: await snapshotRows(client, await listTables(client, ['public'])) };
 *   ... migrate, revert ...
 *   const differences = diffSnapshots(before, after); // [] when nothing changed
 *
 * Everything is described by name (never by OID), so two databases built the same way compare
 * equal. Row checksums use each value's text form, so run both snapshots with the same session
 * settings (TimeZone, DateStyle, extra_float_digits): the defaults of one client library are.
 */

/** What the snapshot needs of a client: `pg.Client`, `pg.PoolClient` and `pg.Pool` all fit. */
export interface Queryable {
  query<R extends object = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

export type CatalogRow = Record<string, unknown>;

/** One list of rows per kind of object, each sorted by its key. */
export type CatalogSnapshot = Record<CatalogSection, CatalogRow[]>;

export type CatalogSection =
  | 'schemas'
  | 'extensions'
  | 'tables'
  | 'columns'
  | 'constraints'
  | 'indexes'
  | 'policies'
  | 'tableGrants'
  | 'columnGrants'
  | 'defaultPrivileges'
  | 'functions'
  | 'triggers'
  | 'types'
  | 'sequences'
  | 'views';

/** Per table: row count, a checksum of whole rows, and a checksum per column. */
export interface TableRows {
  count: number;
  checksum: string;
  columns: Record<string, string>;
}

export type RowsSnapshot = Record<string, TableRows>;

/** A table to checksum: "schema.table" (all columns), or with the columns to include. */
export type TableSpec = string | { table: string; columns: string[] };

export interface Snapshot {
  catalog?: CatalogSnapshot;
  rows?: RowsSnapshot;
}

export interface CatalogOptions {
  /** Schemas whose objects are described (default: public). */
  schemas?: string[];
  /** Grants, default privileges and policies are kept only for these roles (default: all). */
  roles?: string[];
}

/** The key columns of each section: rows with the same key are "the same object". */
export const CATALOG_KEYS: Record<CatalogSection, string[]> = {
  schemas: ['name'],
  extensions: ['name'],
  tables: ['schema', 'name'],
  columns: ['schema', 'table', 'name'],
  constraints: ['schema', 'table', 'name'],
  indexes: ['schema', 'table', 'name'],
  policies: ['schema', 'table', 'name'],
  tableGrants: ['schema', 'table', 'grantee', 'privilege'],
  columnGrants: ['schema', 'table', 'column', 'grantee', 'privilege'],
  defaultPrivileges: ['owner', 'schema', 'objtype', 'grantee', 'privilege'],
  functions: ['schema', 'name', 'args'],
  triggers: ['schema', 'table', 'name'],
  types: ['schema', 'name'],
  sequences: ['schema', 'name'],
  views: ['schema', 'name'],
};

// aclexplode() rows with role names; grantee 0 is PUBLIC. A NULL ACL means the built-in default
// (acldefault): it is compared as that, so an explicit ACL equal to the default compares equal.
const ACL = (acl: string) => `(select coalesce(jsonb_agg(jsonb_build_object(
    'grantee', case when x.grantee = 0 then 'PUBLIC' else pg_get_userbyid(x.grantee) end,
    'privilege', x.privilege_type, 'grantable', x.is_grantable) order by 2, 3), '[]'::jsonb)
  from aclexplode(${acl}) x)`;

const CATALOG_QUERIES: Record<CatalogSection, string> = {
  schemas: `
    select n.nspname as name, pg_get_userbyid(n.nspowner) as owner, ${ACL("coalesce(n.nspacl, acldefault('n', n.nspowner))")} as acl
    from pg_namespace n where n.nspname = any($1)`,
  extensions: `
    select e.extname as name, n.nspname as schema, e.extversion as version
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace`,
  tables: `
    select n.nspname as schema, c.relname as name, c.relkind as kind, pg_get_userbyid(c.relowner) as owner,
           c.relrowsecurity as rls, c.relforcerowsecurity as force_rls, c.relreplident as replica_identity,
           c.reloptions as options, obj_description(c.oid, 'pg_class') as comment
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = any($1) and c.relkind in ('r', 'p', 'v', 'm', 'f')`,
  columns: `
    select n.nspname as schema, c.relname as table, a.attname as name,
           rank() over (partition by c.oid order by a.attnum)::int as position,
           format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null,
           pg_get_expr(d.adbin, d.adrelid) as default, a.attidentity as identity, a.attgenerated as generated,
           co.collname as collation, col_description(c.oid, a.attnum) as comment
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    left join pg_collation co on co.oid = a.attcollation and a.attcollation <> 100
    where n.nspname = any($1) and c.relkind in ('r', 'p', 'v', 'm', 'f') and a.attnum > 0 and not a.attisdropped`,
  constraints: `
    select n.nspname as schema, c.relname as table, k.conname as name, k.contype as type,
           pg_get_constraintdef(k.oid) as definition, k.convalidated as validated,
           k.condeferrable as deferrable, k.condeferred as deferred
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = any($1)`,
  indexes: `
    select n.nspname as schema, t.relname as table, i.relname as name, pg_get_indexdef(i.oid) as definition,
           x.indisvalid as valid
    from pg_index x
    join pg_class i on i.oid = x.indexrelid
    join pg_class t on t.oid = x.indrelid
    join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = any($1)`,
  policies: `
    select schemaname as schema, tablename as table, policyname as name, permissive, cmd,
           (select array_agg(r::text order by r::text) from unnest(roles) r) as roles, qual, with_check
    from pg_policies where schemaname = any($1)`,
  tableGrants: `
    select n.nspname as schema, c.relname as table,
           case when x.grantee = 0 then 'PUBLIC' else pg_get_userbyid(x.grantee) end as grantee,
           x.privilege_type as privilege, x.is_grantable as grantable, pg_get_userbyid(x.grantor) as grantor
    from pg_class c join pg_namespace n on n.oid = c.relnamespace,
      aclexplode(coalesce(c.relacl, acldefault(case when c.relkind = 'S' then 's' else 'r' end::"char", c.relowner))) x
    where n.nspname = any($1) and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')`,
  columnGrants: `
    select n.nspname as schema, c.relname as table, a.attname as column,
           case when x.grantee = 0 then 'PUBLIC' else pg_get_userbyid(x.grantee) end as grantee,
           x.privilege_type as privilege, x.is_grantable as grantable
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace, aclexplode(a.attacl) x
    where n.nspname = any($1) and a.attnum > 0 and not a.attisdropped and a.attacl is not null`,
  defaultPrivileges: `
    select pg_get_userbyid(d.defaclrole) as owner, coalesce(n.nspname, '') as schema, d.defaclobjtype as objtype,
           case when x.grantee = 0 then 'PUBLIC' else pg_get_userbyid(x.grantee) end as grantee,
           x.privilege_type as privilege, x.is_grantable as grantable
    from pg_default_acl d left join pg_namespace n on n.oid = d.defaclnamespace, aclexplode(d.defaclacl) x
    where d.defaclnamespace = 0 or n.nspname = any($1)`,
  functions: `
    select n.nspname as schema, p.proname as name, pg_get_function_identity_arguments(p.oid) as args,
           p.prokind as kind, pg_get_function_result(p.oid) as result, l.lanname as language,
           p.prosecdef as security_definer, p.provolatile as volatility, p.proconfig as config,
           md5(p.prosrc) as body, pg_get_userbyid(p.proowner) as owner, ${ACL("coalesce(p.proacl, acldefault('f', p.proowner))")} as acl
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_language l on l.oid = p.prolang
    where n.nspname = any($1)
      and not exists (select 1 from pg_depend dep where dep.objid = p.oid and dep.deptype = 'e')`,
  triggers: `
    select n.nspname as schema, c.relname as table, t.tgname as name, pg_get_triggerdef(t.oid) as definition,
           t.tgenabled as enabled
    from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
    where not t.tgisinternal and n.nspname = any($1)`,
  types: `
    select n.nspname as schema, t.typname as name, t.typtype as kind,
           (select array_agg(e.enumlabel::text order by e.enumsortorder) from pg_enum e where e.enumtypid = t.oid) as labels,
           case when t.typtype = 'd' then format_type(t.typbasetype, t.typtypmod) end as base,
           pg_get_userbyid(t.typowner) as owner, ${ACL("coalesce(t.typacl, acldefault('T', t.typowner))")} as acl
    from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where n.nspname = any($1) and t.typtype in ('e', 'd', 'c', 'r')
      and (t.typrelid = 0 or (select c.relkind from pg_class c where c.oid = t.typrelid) = 'c')
      and not exists (select 1 from pg_depend dep where dep.objid = t.oid and dep.deptype = 'e')`,
  sequences: `
    select n.nspname as schema, c.relname as name, format_type(s.seqtypid, null) as type, s.seqincrement as increment,
           s.seqmin as min, s.seqmax as max, s.seqcycle as cycle, pg_get_userbyid(c.relowner) as owner,
           (select format('%s.%s', tc.relname, a.attname) from pg_depend dep
              join pg_class tc on tc.oid = dep.refobjid
              join pg_attribute a on a.attrelid = dep.refobjid and a.attnum = dep.refobjsubid
            where dep.objid = c.oid and dep.classid = 'pg_class'::regclass and dep.deptype in ('a', 'i')) as owned_by
    from pg_sequence s join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = any($1)`,
  views: `
    select n.nspname as schema, c.relname as name, c.relkind as kind, md5(pg_get_viewdef(c.oid)) as definition
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = any($1) and c.relkind in ('v', 'm')`,
};

const ROLE_FILTERED: Partial<Record<CatalogSection, string>> = {
  tableGrants: 'grantee',
  columnGrants: 'grantee',
  defaultPrivileges: 'grantee',
};

function keyOf(section: CatalogSection, row: CatalogRow): string {
  return CATALOG_KEYS[section].map((k) => String(row[k] ?? '')).join('.');
}

function sortRows(section: CatalogSection, rows: CatalogRow[]): CatalogRow[] {
  return [...rows].sort((a, b) => {
    const ka = keyOf(section, a);
    const kb = keyOf(section, b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

/**
 * The catalog of `schemas`: schemas, extensions, tables, columns (type, default, nullability,
 * identity, position), constraints, indexes, policies, table and column grants, default
 * privileges (global and per listed schema), functions (body as md5), triggers, types (enum
 * labels in order), sequences and views. Objects that belong to an extension are left out.
 */
export async function snapshotCatalog(client: Queryable, options: CatalogOptions = {}): Promise<CatalogSnapshot> {
  const schemas = options.schemas ?? ['public'];
  const out = {} as CatalogSnapshot;
  for (const section of Object.keys(CATALOG_QUERIES) as CatalogSection[]) {
    let rows = (await client.query<CatalogRow>(CATALOG_QUERIES[section], section === 'extensions' ? [] : [schemas])).rows;
    const roleColumn = ROLE_FILTERED[section];
    if (options.roles && roleColumn) rows = rows.filter((r) => options.roles!.includes(String(r[roleColumn])));
    if (options.roles && section === 'policies') {
      rows = rows.filter((r) => (r.roles as string[]).some((role) => role === 'public' || options.roles!.includes(role)));
    }
    out[section] = sortRows(section, rows);
  }
  return out;
}

/** The ordinary (and partitioned) tables of `schemas`, as "schema.table". */
export async function listTables(client: Queryable, schemas: string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select format('%s.%s', n.nspname, c.relname) as name
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = any($1) and c.relkind in ('r', 'p') and not c.relispartition
     order by 1`,
    [schemas],
  );
  return rows.map((r) => r.name);
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteTable(qualified: string): string {
  const dot = qualified.indexOf('.');
  if (dot < 0) throw new Error(`Table must be "schema.table": ${qualified}`);
  return `${quoteIdent(qualified.slice(0, dot))}.${quoteIdent(qualified.slice(dot + 1))}`;
}

async function columnsOf(client: Queryable, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select a.attname as name from pg_attribute a
     where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped order by a.attnum`,
    [quoteTable(table)],
  );
  if (rows.length === 0) throw new Error(`Table ${table} has no columns (or does not exist)`);
  return rows.map((r) => r.name);
}

// An order-independent digest of text values: md5 of each, the digests sorted and hashed again.
// NULL is its own value (distinct from the text 'NULL' via the ~ prefix md5 never produces).
const DIGEST = (expr: string) => {
  const h = `coalesce(md5(${expr}), '~')`;
  return `md5(coalesce(string_agg(${h}, '' order by ${h}), ''))`;
};

/**
 * Row count, whole-row checksum and per-column checksums of each table, all independent of row
 * order and physical layout. With `{ table, columns }` only those columns count (e.g. the v1
 * columns of a table the migration widened), both for the row checksum and per column.
 */
export async function snapshotRows(client: Queryable, tables: TableSpec[]): Promise<RowsSnapshot> {
  const out: RowsSnapshot = {};
  for (const spec of tables) {
    const table = typeof spec === 'string' ? spec : spec.table;
    const columns = typeof spec === 'string' ? await columnsOf(client, table) : spec.columns;
    const cols = columns.map((c) => `t.${quoteIdent(c)}`);
    const selects = [
      'count(*)::text as count',
      `${DIGEST(`row(${cols.join(', ')})::text`)} as checksum`,
      ...cols.map((c, i) => `${DIGEST(`${c}::text`)} as c${i}`),
    ];
    const { rows } = await client.query<Record<string, string>>(`select ${selects.join(', ')} from ${quoteTable(table)} t`);
    const row = rows[0]!;
    out[table] = {
      count: Number(row.count),
      checksum: row.checksum!,
      columns: Object.fromEntries(columns.map((c, i) => [c, row[`c${i}`]!])),
    };
  }
  return out;
}

const show = (value: unknown) => JSON.stringify(value);

function diffCatalog(before: CatalogSnapshot, after: CatalogSnapshot): string[] {
  const out: string[] = [];
  for (const section of Object.keys(CATALOG_KEYS) as CatalogSection[]) {
    const a = new Map((before[section] ?? []).map((r) => [keyOf(section, r), r]));
    const b = new Map((after[section] ?? []).map((r) => [keyOf(section, r), r]));
    for (const [key, row] of a) {
      const other = b.get(key);
      if (!other) {
        out.push(`${section} ${key}: missing (was ${show(row)})`);
        continue;
      }
      for (const field of new Set([...Object.keys(row), ...Object.keys(other)])) {
        if (show(row[field]) !== show(other[field])) {
          out.push(`${section} ${key}: ${field} ${show(row[field])} -> ${show(other[field])}`);
        }
      }
    }
    for (const [key, row] of b) if (!a.has(key)) out.push(`${section} ${key}: added ${show(row)}`);
  }
  return out;
}

function diffRows(before: RowsSnapshot, after: RowsSnapshot): string[] {
  const out: string[] = [];
  for (const [table, a] of Object.entries(before)) {
    const b = after[table];
    if (!b) {
      out.push(`rows ${table}: table missing`);
      continue;
    }
    if (a.count !== b.count) out.push(`rows ${table}: ${a.count} rows -> ${b.count}`);
    const changed = Object.keys(a.columns).filter((c) => a.columns[c] !== b.columns[c]);
    for (const c of changed) out.push(`rows ${table}.${c}: ${c in b.columns ? 'values differ' : 'column missing'}`);
    if (a.checksum !== b.checksum && changed.length === 0) out.push(`rows ${table}: rows differ (values moved between rows)`);
  }
  for (const table of Object.keys(after)) if (!(table in before)) out.push(`rows ${table}: table added`);
  return out;
}

/** Readable differences between two snapshots; [] when they describe the same database. */
export function diffSnapshots(before: Snapshot, after: Snapshot): string[] {
  return [
    ...(before.catalog || after.catalog
      ? diffCatalog(before.catalog ?? ({} as CatalogSnapshot), after.catalog ?? ({} as CatalogSnapshot))
      : []),
    ...(before.rows || after.rows ? diffRows(before.rows ?? {}, after.rows ?? {}) : []),
  ];
}
