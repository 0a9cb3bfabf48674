-- squawk-ignore-file require-concurrent-index-creation
-- avg_time_per_step (the managers' dashboard) from a daily rollup (issue #9): one row per UTC day
-- and step with how many step instances were completed that day (started ones) and their total and
-- longest duration, kept exact by a row trigger on step_instances in the same transaction.
--
-- Why (large data set, `npm run bench -- --quick`, 2026-12-02 08:07 UTC, load ~3): one year of
-- completed steps is 148k rows; aggregating them under the policy took 60-64 ms p95 as manager and
-- admin whatever the plan (index-only scan 14 ms, join 18, numeric aggregation 30). The rollup has
-- ~14 rows per day. A period's whole UTC days come from the rollup, its partial first and last day
-- from the step instances (idx_step_instances_completed_at: two short ranges), so any
-- [from, to) gives the same numbers as before (supabase/tests/step-duration-days.test.ts).
--
-- Readable by managers and admins only (who may call avg_time_per_step; they read every step).
-- Each change recomputes the (day, step) pairs it touches from step_instances under a
-- transaction-scoped advisory lock (two transactions completing steps of one day and step cannot
-- lose a count). squawk's require-concurrent-index-creation is ignored: on a large production
-- database create idx_step_instances_completed_at beforehand with `create index concurrently if
-- not exists` (same definition); the rollup table is new. Revert: supabase/rollbacks/ (same name).
-- Re-runnable.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

select migration_ledger.note_all('20250601000925', 'table', array['private.step_duration_days']);
select migration_ledger.note_all('20250601000925', 'index', array['public.idx_step_instances_completed_at',
    'private.idx_step_duration_days_step_id']);

create index if not exists idx_step_instances_completed_at on public.step_instances (completed_at, step_id)
  where completed_at is not null;

create table if not exists private.step_duration_days (
  day date not null,
  step_id uuid not null references public.steps (id) on delete cascade,
  completed_count bigint not null,
  total_seconds numeric not null,
  max_seconds numeric not null,
  primary key (day, step_id),
  constraint step_duration_days_counted check (completed_count > 0)
);
-- the foreign key's index (a step's deletion cascades here)
create index if not exists idx_step_duration_days_step_id on private.step_duration_days (step_id);

comment on table private.step_duration_days is
  'Per UTC day and step: step instances completed (started ones), total and longest duration in seconds. Kept by a trigger.';

alter table private.step_duration_days enable row level security;
revoke all on private.step_duration_days from public, anon, authenticated;
grant select on private.step_duration_days to authenticated, service_role;

drop policy if exists step_duration_days_select on private.step_duration_days;
create policy step_duration_days_select on private.step_duration_days for select to authenticated
using ((select private.has_role('MANAGER', 'ADMIN')));

-- One (day, step) pair from step_instances.
create or replace function private.refresh_step_duration_day(p_day date, p_step_id uuid)
returns void
language plpgsql
volatile
security definer
set search_path = ''
set plan_cache_mode = force_generic_plan
as $$
declare
  v_count bigint;
  v_total numeric;
  v_max numeric;
begin
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('step_duration_day:' || p_day || p_step_id, 0));
  select pg_catalog.count(*), pg_catalog.sum(extract(epoch from si.completed_at - si.started_at)),
         pg_catalog.max(extract(epoch from si.completed_at - si.started_at))
    into v_count, v_total, v_max
  from public.step_instances si
  where si.completed_at >= (p_day::timestamp at time zone 'UTC')
    and si.completed_at < ((p_day + 1)::timestamp at time zone 'UTC')
    and si.step_id = p_step_id and si.started_at is not null;
  if v_count = 0 then
    delete from private.step_duration_days r where r.day = p_day and r.step_id = p_step_id;
  else
    insert into private.step_duration_days as r (day, step_id, completed_count, total_seconds, max_seconds)
    values (p_day, p_step_id, v_count, v_total, v_max)
    on conflict (day, step_id) do update
      set completed_count = excluded.completed_count, total_seconds = excluded.total_seconds, max_seconds = excluded.max_seconds
      where (r.completed_count, r.total_seconds, r.max_seconds)
            is distinct from (excluded.completed_count, excluded.total_seconds, excluded.max_seconds);
  end if;
end
$$;
revoke all on function private.refresh_step_duration_day(date, uuid) from public, anon, authenticated;

create or replace function private.rebuild_step_duration_days()
returns void
language sql
volatile
security definer
set search_path = ''
as $$
  delete from private.step_duration_days r
  where not exists (select 1 from public.step_instances si
                    where si.completed_at >= (r.day::timestamp at time zone 'UTC')
                      and si.completed_at < ((r.day + 1)::timestamp at time zone 'UTC')
                      and si.step_id = r.step_id and si.started_at is not null);
  insert into private.step_duration_days as r (day, step_id, completed_count, total_seconds, max_seconds)
  select (si.completed_at at time zone 'UTC')::date, si.step_id, pg_catalog.count(*),
         pg_catalog.sum(extract(epoch from si.completed_at - si.started_at)),
         pg_catalog.max(extract(epoch from si.completed_at - si.started_at))
  from public.step_instances si
  where si.completed_at is not null and si.started_at is not null
  group by 1, 2
  on conflict (day, step_id) do update
    set completed_count = excluded.completed_count, total_seconds = excluded.total_seconds, max_seconds = excluded.max_seconds
    where (r.completed_count, r.total_seconds, r.max_seconds)
          is distinct from (excluded.completed_count, excluded.total_seconds, excluded.max_seconds);
$$;
comment on function private.rebuild_step_duration_days() is
  'Recomputes the whole step duration rollup from step_instances.';
revoke all on function private.rebuild_step_duration_days() from public, anon, authenticated;

-- The pairs a changed step instance leaves and enters.
create or replace function private.step_duration_after_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op <> 'INSERT' and old.completed_at is not null then
    perform private.refresh_step_duration_day((old.completed_at at time zone 'UTC')::date, old.step_id);
  end if;
  if tg_op <> 'DELETE' and new.completed_at is not null
     and (tg_op = 'INSERT' or (old.completed_at, old.started_at, old.step_id) is distinct from (new.completed_at, new.started_at, new.step_id)) then
    perform private.refresh_step_duration_day((new.completed_at at time zone 'UTC')::date, new.step_id);
  end if;
  return null;
end
$$;
revoke all on function private.step_duration_after_change() from public, anon, authenticated;

drop trigger if exists step_duration_after_change on public.step_instances;
create trigger step_duration_after_change after insert or delete or update of completed_at, started_at, step_id
  on public.step_instances
  for each row execute function private.step_duration_after_change();

select private.rebuild_step_duration_days();

-- Same signature, result, checks and security as 20250601000260.
create or replace function public.avg_time_per_step(p_from timestamptz, p_to timestamptz)
returns table (step_id uuid, step_code text, step_label text, completed_count bigint, avg_hours numeric, max_hours numeric)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  -- the period's whole UTC days [v_first_day, v_end_day) and its partial edges
  v_first timestamptz;
  v_end timestamptz;
begin
  perform private.require_role('MANAGER', 'ADMIN');
  perform private.check_period(p_from, p_to);
  v_first := pg_catalog.date_trunc('day', (p_from at time zone 'UTC') + interval '1 day' - interval '1 microsecond') at time zone 'UTC';
  v_end := pg_catalog.date_trunc('day', p_to at time zone 'UTC') at time zone 'UTC';
  if v_first >= v_end then
    -- no whole day: everything from the step instances
    v_first := p_to;
    v_end := p_to;
  end if;
  return query
    with parts as (
      select r.step_id as sid, r.completed_count as n, r.total_seconds as total, r.max_seconds as longest
      from private.step_duration_days r
      where r.day >= (v_first at time zone 'UTC')::date and r.day < (v_end at time zone 'UTC')::date
      union all
      select si.step_id, 1, extract(epoch from si.completed_at - si.started_at), extract(epoch from si.completed_at - si.started_at)
      from public.step_instances si
      where si.started_at is not null
        and ((si.completed_at >= p_from and si.completed_at < v_first)
             or (si.completed_at >= v_end and si.completed_at < p_to))
    )
    select s.id, s.code, s.label, pg_catalog.sum(p.n)::bigint,
           pg_catalog.round((pg_catalog.sum(p.total) / pg_catalog.sum(p.n) / 3600)::numeric, 2),
           pg_catalog.round((pg_catalog.max(p.longest) / 3600)::numeric, 2)
    from parts p
    join public.steps s on s.id = p.sid
    group by s.id, s.code, s.label, s.position
    order by s.position, s.code;
end;
$$;
