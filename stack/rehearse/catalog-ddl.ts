/**
 * The DDL of the application schema (`public`) read from a database's catalog, in pg_dump's two
 * sections: pre-data (types, functions, sequences, tables with their primary key, unique and check
 * constraints) and post-data (foreign keys, other indexes, triggers, row-level security, policies,
 * table and column grants). Used to copy a v1 database over the wire (no pg_dump 17 here) and to
 * write plain dumps. Not covered (the v1 schema has none): comments, function ACLs, default
 * privileges, extensions, partitions, inheritance, publications.
 */
import pg from 'pg';
import { quoteIdent } from './copy-stream';

export interface SchemaDdl {
  preData: string[];
  postData: string[];
  /** tables in the order their data can be loaded (all of them; FKs come after the data) */
  tables: string[];
  /** setval() calls, to run after the data */
  sequences: string[];
}

type Row = Record<string, string | boolean | null>;

const lit = (value: string) => `'${value.replace(/'/g, "''")}'`;

export async function schemaDdl(client: pg.Client, schema = 'public'): Promise<SchemaDdl> {
  const q = async (sql: string) => (await client.query<Row>(sql, [schema])).rows;
  const s = quoteIdent(schema);
  const preData: string[] = [`create schema if not exists ${s};`, 'set check_function_bodies = off;'];
  const postData: string[] = [];

  for (const t of await q(`
    select t.typname as name, t.typtype as kind,
           (select string_agg(quote_literal(e.enumlabel), ', ' order by e.enumsortorder) from pg_enum e where e.enumtypid = t.oid) as labels,
           format_type(t.typbasetype, t.typtypmod) as base
    from pg_type t where t.typnamespace = $1::regnamespace and t.typtype in ('e', 'd')
      and not exists (select 1 from pg_depend d where d.objid = t.oid and d.deptype = 'e') order by t.oid`)) {
    preData.push(
      t.kind === 'e'
        ? `create type ${s}.${quoteIdent(String(t.name))} as enum (${t.labels ?? ''});`
        : `create domain ${s}.${quoteIdent(String(t.name))} as ${t.base};`,
    );
  }
  for (const f of await q(`
    select pg_get_functiondef(p.oid) as def from pg_proc p
    where p.pronamespace = $1::regnamespace and p.prokind in ('f', 'p')
      and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e') order by p.oid`)) {
    preData.push(`${String(f.def).trim()};`);
  }
  const sequences: string[] = [];
  for (const q1 of await q(`
    select c.relname as name, format_type(s.seqtypid, null) as type, s.seqincrement::text as inc, s.seqmin::text as min,
           s.seqmax::text as max, s.seqstart::text as start, s.seqcycle as cycle,
           exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'i') as identity
    from pg_sequence s join pg_class c on c.oid = s.seqrelid where c.relnamespace = $1::regnamespace order by c.oid`)) {
    const name = `${s}.${quoteIdent(String(q1.name))}`;
    if (!q1.identity) {
      preData.push(
        `create sequence ${name} as ${q1.type} increment ${q1.inc} minvalue ${q1.min} maxvalue ${q1.max} start ${q1.start}${q1.cycle ? ' cycle' : ''};`,
      );
    }
    const [v] = (
      await client.query<{ last: string | null; called: boolean }>(`select last_value::text as last, is_called as called from ${name}`)
    ).rows;
    if (v?.last) sequences.push(`select pg_catalog.setval(${lit(name)}, ${v.last}, ${v.called});`);
  }

  const tables = (
    await q(`select c.relname as name from pg_class c where c.relnamespace = $1::regnamespace and c.relkind = 'r' order by c.oid`)
  ).map((r) => String(r.name));
  for (const table of tables) {
    const cols = await client.query<Row>(
      `
      select a.attname as name, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null,
             pg_get_expr(d.adbin, d.adrelid) as def, a.attidentity as identity, a.attgenerated as generated,
             case when a.attcollation <> t.typcollation then (select quote_ident(co.collname) from pg_collation co where co.oid = a.attcollation) end as collation
      from pg_attribute a join pg_type t on t.oid = a.atttypid left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where a.attrelid = format('%I.%I', $1::text, $2::text)::regclass and a.attnum > 0 and not a.attisdropped order by a.attnum`,
      [schema, table],
    );
    const lines = cols.rows.map((c) => {
      let line = `  ${quoteIdent(String(c.name))} ${c.type}`;
      if (c.collation) line += ` collate ${c.collation}`;
      if (c.generated === 's') line += ` generated always as (${c.def}) stored`;
      else if (c.identity) line += ` generated ${c.identity === 'a' ? 'always' : 'by default'} as identity`;
      else if (c.def !== null) line += ` default ${c.def}`;
      if (c.not_null) line += ' not null';
      return line;
    });
    preData.push(`create table ${s}.${quoteIdent(table)} (\n${lines.join(',\n')}\n);`);
  }

  for (const k of await q(`
    select c.relname as table, k.conname as name, k.contype as type, pg_get_constraintdef(k.oid) as def
    from pg_constraint k join pg_class c on c.oid = k.conrelid
    where c.relnamespace = $1::regnamespace and c.relkind = 'r' and k.contype in ('p', 'u', 'c', 'f', 'x')
    order by case k.contype when 'p' then 0 when 'u' then 1 when 'c' then 2 else 3 end, k.oid`)) {
    const stmt = `alter table ${s}.${quoteIdent(String(k.table))} add constraint ${quoteIdent(String(k.name))} ${k.def};`;
    (k.type === 'f' ? postData : preData).push(stmt);
  }
  for (const i of await q(`
    select pg_get_indexdef(x.indexrelid) as def from pg_index x join pg_class c on c.oid = x.indrelid
    where c.relnamespace = $1::regnamespace
      and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid and k.contype in ('p', 'u', 'x'))
    order by x.indexrelid`)) {
    postData.push(`${i.def};`);
  }
  for (const t of await q(`
    select pg_get_triggerdef(t.oid) as def, t.tgenabled as enabled, c.relname as table, t.tgname as name
    from pg_trigger t join pg_class c on c.oid = t.tgrelid where c.relnamespace = $1::regnamespace and not t.tgisinternal order by t.oid`)) {
    postData.push(`${t.def};`);
    if (t.enabled === 'D') postData.push(`alter table ${s}.${quoteIdent(String(t.table))} disable trigger ${quoteIdent(String(t.name))};`);
  }
  for (const r of await q(`
    select relname as table, relrowsecurity as rls, relforcerowsecurity as force from pg_class
    where relnamespace = $1::regnamespace and relkind = 'r' and (relrowsecurity or relforcerowsecurity) order by oid`)) {
    if (r.rls) postData.push(`alter table ${s}.${quoteIdent(String(r.table))} enable row level security;`);
    if (r.force) postData.push(`alter table ${s}.${quoteIdent(String(r.table))} force row level security;`);
  }
  for (const p of await q(`
    select tablename as table, policyname as name, permissive, cmd, qual, with_check,
           (select string_agg(case when r = 'public' then 'public' else quote_ident(r) end, ', ') from unnest(roles) r) as roles
    from pg_policies where schemaname = $1 order by tablename, policyname`)) {
    let stmt = `create policy ${quoteIdent(String(p.name))} on ${s}.${quoteIdent(String(p.table))} as ${String(p.permissive).toLowerCase()} for ${String(p.cmd).toLowerCase()} to ${p.roles}`;
    if (p.qual) stmt += ` using (${p.qual})`;
    if (p.with_check) stmt += ` with check (${p.with_check})`;
    postData.push(`${stmt};`);
  }
  for (const g of await q(`
    select c.relname as table, case when x.grantee = 0 then 'public' else quote_ident(pg_get_userbyid(x.grantee)) end as grantee,
           x.privilege_type as privilege, x.is_grantable as grantable
    from pg_class c, aclexplode(c.relacl) x
    where c.relnamespace = $1::regnamespace and c.relkind in ('r', 'v', 'm', 'S') and x.grantee <> c.relowner order by c.oid, 2, 3`)) {
    postData.push(`grant ${g.privilege} on ${s}.${quoteIdent(String(g.table))} to ${g.grantee}${g.grantable ? ' with grant option' : ''};`);
  }
  for (const g of await q(`
    select c.relname as table, a.attname as column, case when x.grantee = 0 then 'public' else quote_ident(pg_get_userbyid(x.grantee)) end as grantee,
           x.privilege_type as privilege
    from pg_attribute a join pg_class c on c.oid = a.attrelid, aclexplode(a.attacl) x
    where c.relnamespace = $1::regnamespace and a.attnum > 0 and not a.attisdropped and a.attacl is not null order by c.oid, a.attnum`)) {
    postData.push(`grant ${g.privilege} (${quoteIdent(String(g.column))}) on ${s}.${quoteIdent(String(g.table))} to ${g.grantee};`);
  }
  return { preData, postData, tables, sequences };
}
