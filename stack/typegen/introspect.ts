/** Reads what the type generator needs about one schema from the live database's catalogs. */
import pg from 'pg';

export interface ColumnInfo {
  name: string;
  type: string;
  /** For arrays: the element type name. */
  elementType: string | null;
  nullable: boolean;
  hasDefault: boolean;
  /** Generated or GENERATED ALWAYS identity: never written by clients. */
  readOnly: boolean;
}

export interface RelationInfo {
  name: string;
  kind: 'table' | 'view';
  columns: ColumnInfo[];
  relationships: {
    foreignKeyName: string;
    columns: string[];
    isOneToOne: boolean;
    referencedRelation: string;
    referencedColumns: string[];
  }[];
}

export interface FunctionInfo {
  name: string;
  args: { name: string; type: string; elementType: string | null; hasDefault: boolean }[];
  returnType: string;
  returnElementType: string | null;
  returnsSet: boolean;
  /** RETURNS TABLE (...) columns, or the columns of a returned table row type. */
  returnColumns: { name: string; type: string; elementType: string | null }[] | null;
}

export interface SchemaInfo {
  relations: RelationInfo[];
  functions: FunctionInfo[];
  enums: { name: string; labels: string[] }[];
}

const TYPE_NAME = `(case when t.typcategory = 'A' then 'array' else t.typname::text end)`;
const ELEMENT_NAME = `(select e.typname::text from pg_type e where e.oid = t.typelem and t.typcategory = 'A')`;

export async function introspect(dbUrl: string, schema = 'public'): Promise<SchemaInfo> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const relations = await client.query<{ name: string; kind: string; oid: number }>(
      `select c.relname::text as name, c.relkind::text as kind, c.oid::int as oid
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = $1 and c.relkind in ('r','p','v','m')
        order by c.relname`,
      [schema],
    );
    const columns = await client.query<ColumnInfo & { relation: string }>(
      `select c.relname::text as relation, a.attname::text as name, ${TYPE_NAME} as type, ${ELEMENT_NAME} as "elementType",
              not a.attnotnull as nullable,
              (a.atthasdef or a.attidentity <> '') as "hasDefault",
              (a.attgenerated <> '' or a.attidentity = 'a') as "readOnly"
         from pg_attribute a
         join pg_class c on c.oid = a.attrelid
         join pg_namespace n on n.oid = c.relnamespace
         join pg_type t on t.oid = a.atttypid
        where n.nspname = $1 and c.relkind in ('r','p','v','m') and a.attnum > 0 and not a.attisdropped
        order by c.relname, a.attname`,
      [schema],
    );
    const foreignKeys = await client.query<RelationInfo['relationships'][number] & { relation: string }>(
      `select src.relname::text as relation, con.conname::text as "foreignKeyName",
              array(select a.attname::text from unnest(con.conkey) with ordinality k(n, i)
                      join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.i) as columns,
              exists (select 1 from pg_index i where i.indrelid = con.conrelid and i.indisunique
                         and (i.indkey::int2[])::int2[] @> con.conkey and array_length(i.indkey::int2[], 1) = array_length(con.conkey, 1)) as "isOneToOne",
              dst.relname::text as "referencedRelation",
              array(select a.attname::text from unnest(con.confkey) with ordinality k(n, i)
                      join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by k.i) as "referencedColumns"
         from pg_constraint con
         join pg_class src on src.oid = con.conrelid
         join pg_namespace n on n.oid = src.relnamespace
         join pg_class dst on dst.oid = con.confrelid
        where con.contype = 'f' and n.nspname = $1
        order by src.relname, con.conname`,
      [schema],
    );
    const enums = await client.query<{ name: string; labels: string[] }>(
      `select t.typname::text as name, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
         from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
        where n.nspname = $1 group by t.typname order by t.typname`,
      [schema],
    );
    const functions = await client.query<{
      name: string;
      arg_names: string[] | null;
      arg_types: string[] | null;
      arg_elements: (string | null)[] | null;
      arg_modes: string[] | null;
      default_count: number;
      return_type: string;
      return_element: string | null;
      returns_set: boolean;
      return_relid: number;
    }>(
      `select p.proname::text as name, p.proargnames::text[] as arg_names,
              array(select case when t.typcategory = 'A' then 'array' else t.typname::text end
                      from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) with ordinality u(oid, i)
                      join pg_type t on t.oid = u.oid order by u.i) as arg_types,
              array(select (select e.typname::text from pg_type e where e.oid = t.typelem and t.typcategory = 'A')
                      from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) with ordinality u(oid, i)
                      join pg_type t on t.oid = u.oid order by u.i) as arg_elements,
              p.proargmodes::text[] as arg_modes, p.pronargdefaults::int as default_count,
              ${TYPE_NAME} as return_type, ${ELEMENT_NAME} as return_element, p.proretset as returns_set,
              t.typrelid::int as return_relid
         from pg_proc p
         join pg_namespace n on n.oid = p.pronamespace
         join pg_type t on t.oid = p.prorettype
        where n.nspname = $1 and p.prokind = 'f' and t.typname not in ('trigger', 'event_trigger')
          and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
        order by p.proname, p.oid`,
      [schema],
    );

    const columnsOf = new Map<string, ColumnInfo[]>();
    for (const { relation, ...column } of columns.rows) {
      columnsOf.set(relation, [...(columnsOf.get(relation) ?? []), column]);
    }
    const relationNameByOid = new Map(relations.rows.map((r) => [r.oid, r.name]));
    return {
      relations: relations.rows.map((r) => ({
        name: r.name,
        kind: r.kind === 'r' || r.kind === 'p' ? 'table' : 'view',
        columns: columnsOf.get(r.name) ?? [],
        relationships: foreignKeys.rows.filter((fk) => fk.relation === r.name).map(({ relation: _relation, ...fk }) => fk),
      })),
      enums: enums.rows,
      functions: functions.rows.map((f) => {
        const modes = f.arg_modes ?? (f.arg_types ?? []).map(() => 'i');
        const all = (f.arg_types ?? []).map((type, i) => ({
          name: f.arg_names?.[i] ?? `arg${i}`,
          type,
          elementType: f.arg_elements?.[i] ?? null,
          mode: modes[i],
        }));
        const inputs = all.filter((a) => a.mode === 'i' || a.mode === 'b' || a.mode === 'v');
        const tableColumns = all.filter((a) => a.mode === 't' || a.mode === 'o');
        const rowRelation = relationNameByOid.get(f.return_relid);
        return {
          name: f.name,
          args: inputs.map((a, i) => ({
            name: a.name,
            type: a.type,
            elementType: a.elementType,
            hasDefault: i >= inputs.length - f.default_count,
          })),
          returnType: f.return_type,
          returnElementType: f.return_element,
          returnsSet: f.returns_set,
          returnColumns: tableColumns.length
            ? tableColumns.map(({ name, type, elementType }) => ({ name, type, elementType }))
            : rowRelation
              ? (columnsOf.get(rowRelation) ?? []).map(({ name, type, elementType }) => ({ name, type, elementType }))
              : null,
        };
      }),
    };
  } finally {
    await client.end();
  }
}
