-- dossier_pipeline (the managers' dashboard) from a counter table (issue #9): the number of
-- dossiers per type and status, kept exact by statement-level triggers on dossiers in the same
-- transaction.
--
-- Why (`npm run bench`, 2026-12-02 15:26 UTC, quiet machine): dossier_pipeline counted every
-- dossier on each call (p95 20-21 ms at the large scale, median 2.7-2.9x the medium scale's: it
-- reads all 62k dossiers). The counter table has one row per (type, status) in use.
--
-- Each statement that inserts, deletes or updates dossiers adds its net change per pair, from its
-- transition tables, in (type, status) order (two statements lock the pairs they share in the same
-- order: no deadlock; concurrent writers of one pair wait for each other's commit, a few ms). A
-- pair that reaches 0 is removed, so the function lists the pairs that have dossiers, as before.
-- Readable by managers and admins only (who may call dossier_pipeline; they read every dossier).
-- Revert: supabase/rollbacks/ (same name). Re-runnable.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

select migration_ledger.note_all('20250601000929', 'table', array['private.dossier_counts']);

create table if not exists private.dossier_counts (
  type public.dossier_type not null,
  status public.dossier_status_code not null,
  dossiers_count bigint not null,
  primary key (type, status),
  constraint dossier_counts_not_negative check (dossiers_count >= 0)
);

comment on table private.dossier_counts is
  'Dossiers per type and status (pairs with at least one). Kept by statement-level triggers on dossiers.';

alter table private.dossier_counts enable row level security;
revoke all on private.dossier_counts from public, anon, authenticated;
grant select on private.dossier_counts to authenticated, service_role;

drop policy if exists dossier_counts_select on private.dossier_counts;
create policy dossier_counts_select on private.dossier_counts for select to authenticated
using ((select private.has_role('MANAGER', 'ADMIN')));

-- Adds a statement's net changes, given as (type, status, delta) rows (one per pair), one pair at
-- a time in (type, status) order, then removes the pairs left at 0. A pair that gains dossiers is
-- upserted; one that loses some exists already (a proposed row with a negative count would fail
-- the check before ON CONFLICT is considered, so it is an UPDATE).
create or replace function private.add_dossier_counts(p_changes jsonb)
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  x record;
begin
  for x in
    select c.type, c.status, c.delta
    from pg_catalog.jsonb_to_recordset(p_changes) as c (type public.dossier_type, status public.dossier_status_code, delta bigint)
    where c.delta <> 0
    order by c.type, c.status
  loop
    if x.delta > 0 then
      insert into private.dossier_counts as c (type, status, dossiers_count) values (x.type, x.status, x.delta)
      on conflict (type, status) do update set dossiers_count = c.dossiers_count + excluded.dossiers_count;
    else
      update private.dossier_counts c set dossiers_count = c.dossiers_count + x.delta
      where c.type = x.type and c.status = x.status;
    end if;
  end loop;
  delete from private.dossier_counts c where c.dossiers_count = 0;
end
$$;
revoke all on function private.add_dossier_counts(jsonb) from public, anon, authenticated;

create or replace function private.dossier_counts_after_insert()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.add_dossier_counts((
    select pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object('type', n.type, 'status', n.status, 'delta', n.k))
    from (select type, status, pg_catalog.count(*) as k from new_rows group by type, status) n));
  return null;
end
$$;

create or replace function private.dossier_counts_after_delete()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.add_dossier_counts((
    select pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object('type', o.type, 'status', o.status, 'delta', -o.k))
    from (select type, status, pg_catalog.count(*) as k from old_rows group by type, status) o));
  return null;
end
$$;

create or replace function private.dossier_counts_after_update()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.add_dossier_counts((
    select pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object('type', d.type, 'status', d.status, 'delta', d.k))
    from (
      select c.type, c.status, pg_catalog.sum(c.k) as k
      from (
        select type, status, 1 as k from new_rows
        union all
        select type, status, -1 from old_rows
      ) c
      group by c.type, c.status
    ) d));
  return null;
end
$$;
revoke all on function private.dossier_counts_after_insert() from public, anon, authenticated;
revoke all on function private.dossier_counts_after_delete() from public, anon, authenticated;
revoke all on function private.dossier_counts_after_update() from public, anon, authenticated;

drop trigger if exists dossier_counts_after_insert on public.dossiers;
create trigger dossier_counts_after_insert after insert on public.dossiers
  referencing new table as new_rows
  for each statement execute function private.dossier_counts_after_insert();
drop trigger if exists dossier_counts_after_delete on public.dossiers;
create trigger dossier_counts_after_delete after delete on public.dossiers
  referencing old table as old_rows
  for each statement execute function private.dossier_counts_after_delete();
drop trigger if exists dossier_counts_after_update on public.dossiers;
create trigger dossier_counts_after_update after update on public.dossiers
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.dossier_counts_after_update();

-- The set-based definition: the backfill here, and the demo generator (which writes with triggers off).
create or replace function private.rebuild_dossier_counts()
returns void
language sql
volatile
security definer
set search_path = ''
as $$
  delete from private.dossier_counts c
  where not exists (select 1 from public.dossiers d where d.type = c.type and d.status = c.status);
  insert into private.dossier_counts as c (type, status, dossiers_count)
  select d.type, d.status, pg_catalog.count(*) from public.dossiers d group by d.type, d.status
  order by d.type, d.status
  on conflict (type, status) do update set dossiers_count = excluded.dossiers_count
    where c.dossiers_count is distinct from excluded.dossiers_count;
$$;
comment on function private.rebuild_dossier_counts() is 'Recounts the dossiers per type and status.';
revoke all on function private.rebuild_dossier_counts() from public, anon, authenticated;

select private.rebuild_dossier_counts();

-- Same signature, result, checks and security as 20250601000260.
create or replace function public.dossier_pipeline()
returns table (type public.dossier_type, status public.dossier_status_code, dossiers_count bigint)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  perform private.require_role('MANAGER', 'ADMIN');
  return query
    select c.type, c.status, c.dossiers_count
    from private.dossier_counts c
    where c.dossiers_count > 0
    order by c.type, c.status;
end;
$$;
