-- squawk-ignore-file require-concurrent-index-creation, require-concurrent-index-deletion
-- The step board as a read model (issue #9, deliver 3): private.step_board_items holds one row
-- per open step instance (PENDING or IN_PROGRESS, not completed) with what the board shows of its
-- step, dossier and customer, kept exact by triggers in the same transaction; public.step_board
-- and public.step_workloads read it instead of joining step_instances, steps, dossiers and
-- profiles under four tables' row-level security.
--
-- Why (measured on the large data set, 98k open steps, `npm run bench -- --quick`, 2026-12-02):
-- each board column's page took 220-600 ms, its workloads 100-190 ms. The column filter
-- (board_column, a CASE on now()) cannot use an index and is guessed at 0.1% of the rows, so the
-- planner joins every open step to dossiers and profiles (sequential scans) and sorts; and every
-- join pays the other tables' policies. On one table, the board's sort is an index:
--   * every column is ordered by due_order = coalesce(due_at, 'infinity'), then id: due soonest
--     first (overdue ones first, most overdue first), no due date last, the same order the status
--     columns had (overdue desc, due_at asc nulls last) in one sortable column;
--   * the SPA filters plain columns, with the moment it loaded the board (T):
--       overdue      due_order < T                    idx_step_board_items_due_order
--       unassigned   assigned_to is null, due_order >= T   idx_step_board_items_unassigned
--       assigned     assigned_to is not null, due_order >= T   idx_step_board_items_assigned
--       agent X      assigned_to = X                  idx_step_board_items_assignee
--       status S     status = S                       idx_step_board_items_status
--     each an ordered index scan that stops after the page; the count walks one index range.
-- The row's `overdue` / `board_column` are still computed with now() for display.
--
-- Visibility: the same as the step instance's (20250601000803): the global roles, the customer's
-- own dossiers, an AGENT's stored scope; the view stays SECURITY INVOKER. Writes: the triggers'
-- functions are SECURITY DEFINER (nobody may write the table directly); each change upserts or
-- deletes the rows it touches from private.step_board_source (one definition of a row).
-- Write cost: docs/performance.md ("What the read models cost on writes").
-- squawk's require-concurrent-index-creation is ignored: the table is new (created empty here
-- and filled in this transaction); require-concurrent-index-deletion too: the old board index
-- (20250601000902) is dropped in the migration's transaction (on a large production database,
-- `drop index concurrently` it afterwards instead). Revert: supabase/rollbacks/ (same name).
-- Re-runnable.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

select migration_ledger.note_all('20250601000920', 'table', array['private.step_board_items']);
select migration_ledger.note_all('20250601000920', 'index', array[
    'private.idx_step_board_items_due_order', 'private.idx_step_board_items_assigned',
    'private.idx_step_board_items_unassigned', 'private.idx_step_board_items_assignee',
    'private.idx_step_board_items_status', 'private.idx_step_board_items_dossier_id',
    'private.idx_step_board_items_step_id', 'private.idx_step_board_items_customer_id',
    'private.idx_step_board_items_search']);

create table if not exists private.step_board_items (
  id uuid primary key references public.step_instances (id) on delete cascade,
  dossier_id uuid not null,
  step_id uuid not null,
  status text not null,
  assigned_to uuid,
  started_at timestamptz,
  due_at timestamptz,
  created_at timestamptz not null,
  -- the board's order: due soonest first, no due date last (one btree key instead of two)
  due_order timestamptz generated always as (coalesce(due_at, 'infinity'::timestamptz)) stored,
  step_label text not null,
  step_code text not null,
  dossier_type public.dossier_type not null,
  dossier_status public.dossier_status_code not null,
  customer_id uuid not null,
  customer_name text,
  -- what the board's search box matches (step name and code, customer, dossier id), lower case
  search_text text not null
);

comment on table private.step_board_items is
  'The step board read model: one row per open step instance with its step, dossier and customer (kept by triggers).';

-- dossier_id is included in the board's indexes: with it a column's count is an index-only scan
-- under the policy (which reads dossier_id).
create index if not exists idx_step_board_items_due_order on private.step_board_items (due_order, id)
  include (dossier_id);
create index if not exists idx_step_board_items_assigned on private.step_board_items (due_order, id)
  include (dossier_id) where assigned_to is not null;
-- (`assigned_to is null` is not an equality for the planner's orderings: its own partial index)
create index if not exists idx_step_board_items_unassigned on private.step_board_items (due_order, id)
  include (dossier_id) where assigned_to is null;
-- one agent's steps (my work, the assignee filter, the workloads), in board order
create index if not exists idx_step_board_items_assignee on private.step_board_items (assigned_to, due_order, id)
  include (dossier_id);
create index if not exists idx_step_board_items_status on private.step_board_items (status, due_order, id)
  include (dossier_id);
create index if not exists idx_step_board_items_dossier_id on private.step_board_items (dossier_id);
create index if not exists idx_step_board_items_step_id on private.step_board_items (step_id);
create index if not exists idx_step_board_items_customer_id on private.step_board_items (customer_id);
create index if not exists idx_step_board_items_search on private.step_board_items using gin (search_text extensions.gin_trgm_ops);

alter table private.step_board_items enable row level security;
revoke all on private.step_board_items from public, anon, authenticated;
grant select on private.step_board_items to authenticated, service_role;

drop policy if exists step_board_items_select on private.step_board_items;
create policy step_board_items_select on private.step_board_items for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or dossier_id in (select d.id from public.dossiers d where d.user_id = (select auth.uid()))
  or (
    (select private.has_role('AGENT'))
    and dossier_id in (select ad.dossier_id from private.agent_dossiers ad where ad.agent_id = (select auth.uid()))
  )
);

-- What a row is: the one definition the triggers and the rebuild copy from (owner's rights; only
-- the SECURITY DEFINER functions below read it).
create or replace view private.step_board_source
as
select si.id, si.dossier_id, si.step_id, si.status, si.assigned_to, si.started_at, si.due_at, si.created_at,
       s.label as step_label, s.code as step_code,
       d.type as dossier_type, d.status as dossier_status,
       d.user_id as customer_id, p.full_name as customer_name,
       pg_catalog.lower(pg_catalog.concat_ws(' ', s.label, s.code, p.full_name, si.dossier_id::text)) as search_text
from public.step_instances si
join public.steps s on s.id = si.step_id
join public.dossiers d on d.id = si.dossier_id
left join public.profiles p on p.id = d.user_id
where si.completed_at is null and si.status in ('PENDING', 'IN_PROGRESS');

revoke all on private.step_board_source from public, anon, authenticated;

-- The rows of these step instances, as they are now: upserted when open, deleted otherwise.
-- PL/pgSQL with one generic plan per statement, kept for the session: planning the four-table
-- join on every call (a SQL function, or PL/pgSQL's custom plans) made a one-row update of a step
-- cost 1.4-3.3 ms more; with the cached plan 0.1 ms (measured: docs/performance.md). The plan is
-- index look-ups by id whatever the number of ids (the rebuild passes them all).
create or replace function private.refresh_step_board_items(p_ids uuid[])
returns void
language plpgsql
volatile
security definer
set search_path = ''
set plan_cache_mode = force_generic_plan
as $$
begin
  delete from private.step_board_items b
  where b.id = any (p_ids)
    and not exists (select 1 from private.step_board_source src where src.id = b.id);
  insert into private.step_board_items as b
    (id, dossier_id, step_id, status, assigned_to, started_at, due_at, created_at,
     step_label, step_code, dossier_type, dossier_status, customer_id, customer_name, search_text)
  select src.id, src.dossier_id, src.step_id, src.status, src.assigned_to, src.started_at, src.due_at, src.created_at,
         src.step_label, src.step_code, src.dossier_type, src.dossier_status, src.customer_id, src.customer_name,
         src.search_text
  from private.step_board_source src
  where src.id = any (p_ids)
  on conflict (id) do update
    set dossier_id = excluded.dossier_id, step_id = excluded.step_id, status = excluded.status,
        assigned_to = excluded.assigned_to, started_at = excluded.started_at, due_at = excluded.due_at,
        created_at = excluded.created_at, step_label = excluded.step_label, step_code = excluded.step_code,
        dossier_type = excluded.dossier_type, dossier_status = excluded.dossier_status,
        customer_id = excluded.customer_id, customer_name = excluded.customer_name,
        search_text = excluded.search_text
    where (b.dossier_id, b.step_id, b.status, b.assigned_to, b.started_at, b.due_at, b.created_at, b.step_label,
           b.step_code, b.dossier_type, b.dossier_status, b.customer_id, b.customer_name, b.search_text)
          is distinct from
          (excluded.dossier_id, excluded.step_id, excluded.status, excluded.assigned_to, excluded.started_at,
           excluded.due_at, excluded.created_at, excluded.step_label, excluded.step_code, excluded.dossier_type,
           excluded.dossier_status, excluded.customer_id, excluded.customer_name, excluded.search_text);
end
$$;
comment on function private.refresh_step_board_items(uuid[]) is
  'Brings the step board rows of these step instances up to date (upsert the open ones, delete the rest).';
revoke all on function private.refresh_step_board_items(uuid[]) from public, anon, authenticated;

-- Every row from scratch (set-based): this migration, and the demo generator, which writes with
-- triggers off.
create or replace function private.rebuild_step_board_items()
returns void
language sql
volatile
security definer
set search_path = ''
as $$
  delete from private.step_board_items b
  where not exists (select 1 from private.step_board_source src where src.id = b.id);
  select private.refresh_step_board_items(pg_catalog.array_agg(src.id)) from private.step_board_source src;
$$;
comment on function private.rebuild_step_board_items() is
  'Recomputes the whole step board read model from step_instances, steps, dossiers and profiles.';
revoke all on function private.rebuild_step_board_items() from public, anon, authenticated;

-- Triggers. Step instances: statement-level, with the changed rows (a dossier opens several
-- steps in one statement); deletes cascade through the foreign key.
create or replace function private.step_board_after_step_instances()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.refresh_step_board_items(array(select c.id from changed c));
  return null;
end
$$;

revoke all on function private.step_board_after_step_instances() from public, anon, authenticated;

drop trigger if exists step_board_after_insert on public.step_instances;
create trigger step_board_after_insert after insert on public.step_instances
  referencing new table as changed
  for each statement execute function private.step_board_after_step_instances();
drop trigger if exists step_board_after_update on public.step_instances;
create trigger step_board_after_update after update on public.step_instances
  referencing new table as changed
  for each statement execute function private.step_board_after_step_instances();

-- What a row copies from elsewhere: the step's label and code, the dossier's type, status and
-- customer, the customer's name.
create or replace function private.step_board_after_source_row()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.refresh_step_board_items(array(
    select b.id from private.step_board_items b
    where case tg_table_name
            when 'steps' then b.step_id = new.id
            when 'dossiers' then b.dossier_id = new.id
            else b.customer_id = new.id
          end));
  return null;
end
$$;

revoke all on function private.step_board_after_source_row() from public, anon, authenticated;

drop trigger if exists step_board_after_step on public.steps;
create trigger step_board_after_step after update of label, code on public.steps
  for each row when (old.label is distinct from new.label or old.code is distinct from new.code)
  execute function private.step_board_after_source_row();
drop trigger if exists step_board_after_dossier on public.dossiers;
create trigger step_board_after_dossier after update of type, status, user_id on public.dossiers
  for each row when ((old.type, old.status, old.user_id) is distinct from (new.type, new.status, new.user_id))
  execute function private.step_board_after_source_row();
drop trigger if exists step_board_after_profile on public.profiles;
create trigger step_board_after_profile after update of full_name on public.profiles
  for each row when (old.full_name is distinct from new.full_name)
  execute function private.step_board_after_source_row();

select private.rebuild_step_board_items();

-- The board (same columns as 20250601000902, due_order added at the end).
create or replace view public.step_board
with (security_invoker = true)
as
select b.id, b.dossier_id, b.step_id, b.status, b.assigned_to, b.started_at, b.due_at, b.created_at,
       b.step_label, b.step_code, b.dossier_type, b.dossier_status, b.customer_name,
       (b.due_at is not null and b.due_at < pg_catalog.now()) as overdue,
       case when b.due_at < pg_catalog.now()
            then pg_catalog.round((extract(epoch from pg_catalog.now() - b.due_at) / 3600)::numeric, 2)
       end as overdue_hours,
       case when b.due_at < pg_catalog.now() then 'overdue'
            when b.assigned_to is null then 'unassigned'
            else 'assigned'
       end as board_column,
       (b.status = 'IN_PROGRESS') as is_current,
       b.search_text,
       (select pg_catalog.count(*) from public.documents doc where doc.step_instance_id = b.id) as documents_total,
       (select pg_catalog.count(*) from public.documents doc
         where doc.step_instance_id = b.id and doc.status = 'APPROVED') as documents_approved,
       b.due_order
from private.step_board_items b;

comment on view public.step_board is
  'Open step instances with step, dossier and customer (read model private.step_board_items). Filter and sort on due_order, assigned_to, status.';
revoke all on public.step_board from public, anon, authenticated;
grant select on public.step_board to authenticated, service_role;

-- Workloads from the read model: open and overdue per assignable agent (overdue: due_order < now).
create or replace view public.step_workloads
with (security_invoker = true)
as
select g.id as agent_id, g.full_name,
       pg_catalog.count(b.id) as open_count,
       pg_catalog.count(b.id) filter (where b.due_order < pg_catalog.now()) as overdue_count
from private.assignable_agents() g
left join private.step_board_items b on b.assigned_to = g.id
group by g.id, g.full_name;

-- The board's old order index (20250601000902) is not used any more.
drop index if exists public.idx_step_instances_open_board_order;
