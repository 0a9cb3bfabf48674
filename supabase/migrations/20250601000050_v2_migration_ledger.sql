-- v2 step 0: the migration ledger, before any v2 change.
--
-- The v2 migrations are re-runnable: they create with IF NOT EXISTS / ON CONFLICT DO NOTHING, so
-- on a real v1 database they may find an object of the same name already there (a column an
-- operator added, an index created by hand, a `documents` bucket) and keep it. Their rollbacks
-- must then keep it too. So each migration notes, in the same transaction and before it creates
-- anything, whether each such object was already there; each rollback removes only what its
-- migration created (migration_ledger.revert) and restores the state it recorded (table, column
-- and function grants; values a backfill wrote into a column that already existed).
--
-- The list of ledgered objects is in docs/database.md ("Rollbacks"). Schema migration_ledger is
-- not exposed by the API (PostgREST serves public only) and no client role gets USAGE on it.
-- Its rollback (the last one of a full revert) drops it. Re-runnable: a second run of any
-- migration keeps the first record of an object (ON CONFLICT DO NOTHING), so an object the first
-- run created is never mistaken for a pre-existing one.

set local lock_timeout = '10s';
set local statement_timeout = '1min';

create schema if not exists migration_ledger;
revoke all on schema migration_ledger from public;

comment on schema migration_ledger is
  'What each v2 migration found already there (and so must keep on revert). Not for the API.';

-- One row per object a migration may find already there, or per state it recorded to restore.
create table if not exists migration_ledger.objects (
  migration text not null,
  -- schema | extension | table | column | index | dropped index | bucket | acl | function acl
  kind text not null,
  -- schema-qualified name: public.profiles, public.profiles.email, public.f(uuid), documents
  name text not null,
  preexisting boolean not null,
  detail jsonb not null default '{}'::jsonb,
  position bigint generated always as identity,
  recorded_at timestamptz not null default now(),
  primary key (migration, kind, name),
  constraint objects_migration_format check (migration ~ '^[0-9]{14}$')
);

-- Values a backfill wrote into a column that already existed (NULLs it filled), so that the
-- rollback can give them back their NULL. Only for pre-existing columns: a created column goes.
create table if not exists migration_ledger.backfilled (
  migration text not null,
  table_name text not null,
  column_name text not null,
  row_id uuid not null,
  value text,
  primary key (migration, table_name, column_name, row_id)
);

alter table migration_ledger.objects enable row level security;
alter table migration_ledger.backfilled enable row level security;
revoke all on migration_ledger.objects, migration_ledger.backfilled from public;

-- Does the object exist now? Names: schema, extension, bucket id, relation (schema.name), or
-- column (schema.table.column).
create or replace function migration_ledger.object_exists(p_kind text, p_name text)
returns boolean
language plpgsql
stable
set search_path = ''
as $$
declare
  v_found boolean;
begin
  case p_kind
    when 'schema' then
      return pg_catalog.to_regnamespace(pg_catalog.quote_ident(p_name)) is not null;
    when 'extension' then
      return exists (select 1 from pg_catalog.pg_extension e where e.extname = p_name);
    when 'table', 'index', 'dropped index' then
      return pg_catalog.to_regclass(pg_catalog.format('%I.%I',
        pg_catalog.split_part(p_name, '.', 1), pg_catalog.split_part(p_name, '.', 2))) is not null;
    when 'column' then
      return exists (
        select 1 from pg_catalog.pg_attribute a
        where a.attrelid = pg_catalog.to_regclass(pg_catalog.format('%I.%I',
                pg_catalog.split_part(p_name, '.', 1), pg_catalog.split_part(p_name, '.', 2)))
          and a.attname = pg_catalog.split_part(p_name, '.', 3)
          and a.attnum > 0 and not a.attisdropped);
    when 'bucket' then
      if pg_catalog.to_regclass('storage.buckets') is null then
        return false;
      end if;
      -- Reading a bucket row is allowed everywhere (only deleting is protected on hosted).
      execute 'select exists (select 1 from storage.buckets where id = $1)' into v_found using p_name;
      return v_found;
    else
      raise exception 'migration_ledger: unknown kind %', p_kind;
  end case;
end;
$$;

-- Notes whether an object is already there, before the migration creates it. The first record
-- wins (a re-run finds the object it created and must not call it pre-existing). Returns whether
-- the object pre-existed according to the ledger.
-- A column already there is recorded with its type, default and nullability (a later migration
-- may tighten it: its rollback asks was_not_null).
create or replace function migration_ledger.note(p_migration text, p_kind text, p_name text, p_detail jsonb default '{}'::jsonb)
returns boolean
language plpgsql
set search_path = ''
as $$
declare
  v_exists boolean := migration_ledger.object_exists(p_kind, p_name);
  v_detail jsonb := coalesce(p_detail, '{}'::jsonb);
begin
  if v_exists and p_kind = 'column' then
    select v_detail || pg_catalog.jsonb_build_object(
             'type', pg_catalog.format_type(a.atttypid, a.atttypmod), 'not_null', a.attnotnull,
             'default', pg_catalog.pg_get_expr(d.adbin, d.adrelid))
    into v_detail
    from pg_catalog.pg_attribute a
    left join pg_catalog.pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where a.attrelid = pg_catalog.to_regclass(pg_catalog.format('%I.%I',
            pg_catalog.split_part(p_name, '.', 1), pg_catalog.split_part(p_name, '.', 2)))
      and a.attname = pg_catalog.split_part(p_name, '.', 3);
  end if;
  insert into migration_ledger.objects (migration, kind, name, preexisting, detail)
  values (p_migration, p_kind, p_name, v_exists, v_detail)
  on conflict (migration, kind, name) do nothing;
  return migration_ledger.preexisted(p_migration, p_kind, p_name);
end;
$$;

-- Notes several objects of one kind (see note).
create or replace function migration_ledger.note_all(p_migration text, p_kind text, p_names text[])
returns void
language plpgsql
set search_path = ''
as $$
declare
  v_name text;
begin
  foreach v_name in array p_names loop
    perform migration_ledger.note(p_migration, p_kind, v_name);
  end loop;
end;
$$;

-- Was the object there before the migration? Refuses to guess when the migration did not note it.
create or replace function migration_ledger.preexisted(p_migration text, p_kind text, p_name text)
returns boolean
language plpgsql
stable
set search_path = ''
as $$
declare
  v_preexisting boolean;
begin
  select o.preexisting into v_preexisting from migration_ledger.objects o
  where o.migration = p_migration and o.kind = p_kind and o.name = p_name;
  if not found then
    raise exception 'migration_ledger: migration % has no record of % %', p_migration, p_kind, p_name
      using hint = 'See docs/database.md, "Rollbacks": every object a migration may find already there is noted before it is created.';
  end if;
  return v_preexisting;
end;
$$;

-- Was this column (schema.table.column) already there, and NOT NULL, before any v2 migration?
-- Rollbacks that drop a NOT NULL v2 set keep one that v1 already had.
create or replace function migration_ledger.was_not_null(p_name text)
returns boolean
language sql
stable
set search_path = ''
as $$
  select coalesce(pg_catalog.bool_or((o.detail ->> 'not_null')::boolean), false)
  from migration_ledger.objects o
  where o.kind = 'column' and o.name = p_name and o.preexisting
$$;

-- Records the grants of every table, view, sequence (with their column grants) and function of a
-- schema (functions named as regprocedure text, schema-qualified under the empty search_path), so that the rollback can give them back exactly (restore_acls).
create or replace function migration_ledger.record_acls(p_migration text, p_schema text)
returns void
language sql
set search_path = ''
as $$
  insert into migration_ledger.objects (migration, kind, name, preexisting, detail)
  select p_migration, 'acl', pg_catalog.format('%s.%s', n.nspname, c.relname), true,
         pg_catalog.jsonb_build_object(
           'relkind', c.relkind,
           'acl', coalesce(c.relacl, pg_catalog.acldefault(case when c.relkind = 'S' then 's' else 'r' end::"char", c.relowner))::text[],
           'columns', coalesce((
             select pg_catalog.jsonb_object_agg(a.attname, a.attacl::text[])
             from pg_catalog.pg_attribute a
             where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attacl is not null), '{}'::jsonb))
  from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
  where n.nspname = p_schema and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
  union all
  select p_migration, 'function acl', p.oid::pg_catalog.regprocedure::text, true,
         pg_catalog.jsonb_build_object('acl', coalesce(p.proacl, pg_catalog.acldefault('f', p.proowner))::text[])
  from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
  where n.nspname = p_schema
  on conflict (migration, kind, name) do nothing;
$$;

-- GRANT statements giving `p_acl` (aclitem texts) on an object, owner's own entries left out
-- (an owner always holds them). p_target: 'table public.x', 'sequence public.s', 'function public.f(uuid)';
-- p_column for a column grant.
create or replace function migration_ledger.grant_statements(p_target text, p_owner oid, p_acl text[], p_column text default null)
returns setof text
language sql
stable
set search_path = ''
as $$
  select pg_catalog.format('grant %s%s on %s to %s%s',
           x.privilege_type,
           case when p_column is not null then pg_catalog.format(' (%I)', p_column) else '' end,
           p_target,
           case when x.grantee = 0 then 'public' else pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(x.grantee)) end,
           case when x.is_grantable then ' with grant option' else '' end)
  from pg_catalog.aclexplode(p_acl::pg_catalog.aclitem[]) x
  where x.grantee <> p_owner or p_column is not null
$$;

-- Gives every relation and function recorded by record_acls its recorded grants back: every
-- current grantee other than the owner loses everything (a table-level REVOKE also revokes the
-- column grants), then the recorded grants are given again. Objects gone since are skipped.
create or replace function migration_ledger.restore_acls(p_migration text)
returns void
language plpgsql
set search_path = ''
as $$
declare
  r record;
  v_oid oid;
  v_owner oid;
  v_target text;
  v_grantee text;
  v_statement text;
  v_column text;
  v_column_acl jsonb;
begin
  for r in select * from migration_ledger.objects o where o.migration = p_migration and o.kind = 'acl' order by o.position loop
    v_oid := pg_catalog.to_regclass(pg_catalog.format('%I.%I', pg_catalog.split_part(r.name, '.', 1), pg_catalog.split_part(r.name, '.', 2)));
    continue when v_oid is null;
    select c.relowner into v_owner from pg_catalog.pg_class c where c.oid = v_oid;
    v_target := case when r.detail ->> 'relkind' = 'S' then 'sequence ' else 'table ' end || v_oid::pg_catalog.regclass::text;
    for v_grantee in
      select distinct case when x.grantee = 0 then 'public' else pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(x.grantee)) end
      from (
        select (pg_catalog.aclexplode(c.relacl)).grantee from pg_catalog.pg_class c where c.oid = v_oid
        union all
        select (pg_catalog.aclexplode(a.attacl)).grantee from pg_catalog.pg_attribute a
        where a.attrelid = v_oid and a.attnum > 0 and not a.attisdropped and a.attacl is not null
      ) x
      where x.grantee <> v_owner
    loop
      execute pg_catalog.format('revoke all on %s from %s cascade', v_target, v_grantee);
    end loop;
    for v_statement in
      select migration_ledger.grant_statements(v_target, v_owner, array(select pg_catalog.jsonb_array_elements_text(r.detail -> 'acl')))
    loop
      execute v_statement;
    end loop;
    for v_column, v_column_acl in select * from pg_catalog.jsonb_each(r.detail -> 'columns') loop
      continue when not exists (
        select 1 from pg_catalog.pg_attribute a where a.attrelid = v_oid and a.attname = v_column and not a.attisdropped);
      for v_statement in
        select migration_ledger.grant_statements(v_target, v_owner, array(select pg_catalog.jsonb_array_elements_text(v_column_acl)), v_column)
      loop
        execute v_statement;
      end loop;
    end loop;
  end loop;

  for r in select * from migration_ledger.objects o where o.migration = p_migration and o.kind = 'function acl' order by o.position loop
    v_oid := pg_catalog.to_regprocedure(r.name);
    continue when v_oid is null;
    select p.proowner into v_owner from pg_catalog.pg_proc p where p.oid = v_oid;
    v_target := 'function ' || v_oid::pg_catalog.regprocedure::text;
    for v_grantee in
      select distinct case when x.grantee = 0 then 'public' else pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(x.grantee)) end
      from pg_catalog.pg_proc p, pg_catalog.aclexplode(coalesce(p.proacl, pg_catalog.acldefault('f', p.proowner))) x
      where p.oid = v_oid and x.grantee <> v_owner
    loop
      execute pg_catalog.format('revoke all on %s from %s cascade', v_target, v_grantee);
    end loop;
    for v_statement in
      select migration_ledger.grant_statements(v_target, v_owner, array(select pg_catalog.jsonb_array_elements_text(r.detail -> 'acl')))
    loop
      execute v_statement;
    end loop;
  end loop;
end;
$$;

-- Gives the NULLs back that a migration's backfills filled in pre-existing columns, where the
-- value is still the one the backfill wrote (a later change by v2 is kept).
create or replace function migration_ledger.undo_backfills(p_migration text)
returns void
language plpgsql
set search_path = ''
as $$
declare
  r record;
begin
  for r in
    select distinct b.table_name, b.column_name from migration_ledger.backfilled b where b.migration = p_migration
  loop
    continue when not migration_ledger.object_exists('column', r.table_name || '.' || r.column_name);
    execute pg_catalog.format(
      'update %s t set %I = null from migration_ledger.backfilled b
       where b.migration = $1 and b.table_name = $2 and b.column_name = $3
         and t.id = b.row_id and t.%I::text is not distinct from b.value',
      pg_catalog.to_regclass(r.table_name)::text, r.column_name, r.column_name)
    using p_migration, r.table_name, r.column_name;
  end loop;
end;
$$;

-- Reverts what the ledger knows of a migration, newest record first: drops the columns, indexes,
-- tables and (empty) schemas it created, re-creates the indexes it dropped that were there
-- before, gives back backfilled NULLs, and forgets the migration. Kept on purpose, with a notice:
-- extensions (shared with the platform) and Storage buckets (Supabase Storage refuses SQL on its
-- rows: remove a bucket through the Storage API, docs/database.md).
create or replace function migration_ledger.revert(p_migration text)
returns void
language plpgsql
set search_path = ''
as $$
declare
  r record;
  v_schema text;
  v_relation text;
begin
  perform migration_ledger.undo_backfills(p_migration);
  for r in select * from migration_ledger.objects o where o.migration = p_migration order by o.position desc loop
    v_schema := pg_catalog.split_part(r.name, '.', 1);
    v_relation := pg_catalog.split_part(r.name, '.', 2);
    if r.kind = 'dropped index' then
      if r.preexisting and not migration_ledger.object_exists('index', r.name) then
        execute r.detail ->> 'definition';
      end if;
      continue;
    end if;
    continue when r.preexisting;
    case r.kind
      when 'column' then
        if migration_ledger.object_exists('table', r.name) then
          execute pg_catalog.format('alter table %I.%I drop column if exists %I', v_schema, v_relation, pg_catalog.split_part(r.name, '.', 3));
        end if;
      when 'index' then
        execute pg_catalog.format('drop index if exists %I.%I', v_schema, v_relation);
      when 'table' then
        execute pg_catalog.format('drop table if exists %I.%I', v_schema, v_relation);
      when 'schema' then
        if pg_catalog.to_regnamespace(pg_catalog.quote_ident(r.name)) is null then
          null;
        elsif exists (
          select 1 from pg_catalog.pg_depend d
          where d.refobjid = pg_catalog.to_regnamespace(pg_catalog.quote_ident(r.name))
            and d.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
        ) then
          raise notice 'migration_ledger: schema % was created by % but is not empty: kept', r.name, p_migration;
        else
          execute pg_catalog.format('drop schema %I', r.name);
        end if;
      when 'extension' then
        raise notice 'migration_ledger: extension % was created by % and is kept (shared with the platform)', r.name, p_migration;
      when 'bucket' then
        raise warning 'migration_ledger: Storage bucket % was created by % and is kept: SQL may not delete Storage rows. '
          'Remove it through the Storage API if v1 must not have it (docs/database.md, "Rollbacks").', r.name, p_migration;
      else
        null; -- acl, function acl: restored by restore_acls where the rollback asks for it
    end case;
  end loop;
  delete from migration_ledger.backfilled b where b.migration = p_migration;
  delete from migration_ledger.objects o where o.migration = p_migration;
end;
$$;

revoke all on all functions in schema migration_ledger from public;
