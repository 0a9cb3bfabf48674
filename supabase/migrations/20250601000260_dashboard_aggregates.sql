-- Dashboard aggregates, computed in SQL (never in the browser from the first rows of a list).
-- SECURITY INVOKER and STABLE: they run under the caller's row-level security, and each checks
-- the caller's role first (42501 otherwise):
--   MANAGER, ADMIN: revenue_by_period, orders_by_status, payment_link_conversion,
--                   dossier_pipeline, avg_time_per_step, review_throughput;
--   REVIEWER, MANAGER, ADMIN: review_queue_age;
--   every active agent: overdue_steps (an AGENT sees the steps of their own dossiers only).
-- Periods are half-open [from, to); buckets are UTC days, ISO weeks or months. Bad arguments:
-- 22023 with a message.

set local lock_timeout = '10s';
set local statement_timeout = '15min';

create or replace function private.check_period(p_from timestamptz, p_to timestamptz)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if p_from is null or p_to is null then
    raise exception using errcode = '22023', message = 'from and to are required';
  end if;
  if p_from >= p_to then
    raise exception using errcode = '22023', message = 'from must be before to';
  end if;
  if p_to - p_from > interval '3660 days' then
    raise exception using errcode = '22023', message = 'the period may span at most 10 years';
  end if;
end;
$$;

create or replace function private.check_bucket(p_bucket text)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if p_bucket is null or p_bucket not in ('day', 'week', 'month') then
    raise exception using errcode = '22023', message = 'bucket must be day, week or month';
  end if;
end;
$$;

create or replace function private.require_role(variadic p_roles public.agent_role[])
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  if not private.has_role(variadic p_roles) then
    raise exception using errcode = '42501',
      message = pg_catalog.format('this dashboard is for %s', pg_catalog.array_to_string(p_roles, ', '));
  end if;
end;
$$;

-- Buckets of a period, UTC.
create or replace function private.period_buckets(p_from timestamptz, p_to timestamptz, p_bucket text)
returns table (bucket_start timestamptz)
language sql
immutable
set search_path = ''
as $$
  select (g at time zone 'UTC')
  from pg_catalog.generate_series(
    pg_catalog.date_trunc(p_bucket, p_from at time zone 'UTC'),
    (p_to at time zone 'UTC') - interval '1 microsecond',
    ('1 ' || p_bucket)::interval
  ) g
$$;

-- Revenue of PAID orders by payment date (refunded amounts apart), per bucket and currency.
create or replace function public.revenue_by_period(p_from timestamptz, p_to timestamptz, p_bucket text default 'day')
returns table (bucket_start timestamptz, currency text, orders_count bigint, revenue bigint, refunded bigint)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  perform private.require_role('MANAGER', 'ADMIN');
  perform private.check_period(p_from, p_to);
  perform private.check_bucket(p_bucket);
  return query
    with paid as (
      select pg_catalog.date_trunc(p_bucket, o.paid_at at time zone 'UTC') at time zone 'UTC' as b,
             o.currency as cur, o.status, o.amount
      from public.orders o
      where o.paid_at >= p_from and o.paid_at < p_to and o.status in ('PAID', 'REFUNDED')
    ),
    currencies as (
      select distinct paid.cur from paid
      union
      select 'USD' where not exists (select 1 from paid)
    )
    select bk.bucket_start, c.cur,
           pg_catalog.count(p.amount) filter (where p.status = 'PAID'),
           coalesce(pg_catalog.sum(p.amount) filter (where p.status = 'PAID'), 0)::bigint,
           coalesce(pg_catalog.sum(p.amount) filter (where p.status = 'REFUNDED'), 0)::bigint
    from private.period_buckets(p_from, p_to, p_bucket) bk
    cross join currencies c
    left join paid p on p.b = bk.bucket_start and p.cur = c.cur
    group by bk.bucket_start, c.cur
    order by bk.bucket_start, c.cur;
end;
$$;

-- Orders created in the period, by status (every status listed, zeros included).
create or replace function public.orders_by_status(p_from timestamptz, p_to timestamptz)
returns table (status public.order_status, orders_count bigint, amount bigint)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  perform private.require_role('MANAGER', 'ADMIN');
  perform private.check_period(p_from, p_to);
  return query
    select s.s, pg_catalog.count(o.id), coalesce(pg_catalog.sum(o.amount), 0)::bigint
    from pg_catalog.unnest(pg_catalog.enum_range(null::public.order_status)) s(s)
    left join public.orders o on o.status = s.s and o.created_at >= p_from and o.created_at < p_to
    group by s.s
    order by s.s;
end;
$$;

-- Payment links created in the period and what became of them.
create or replace function public.payment_link_conversion(p_from timestamptz, p_to timestamptz)
returns table (links_created bigint, links_used bigint, links_cancelled bigint, links_expired bigint,
               links_active bigint, conversion_rate numeric)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  perform private.require_role('MANAGER', 'ADMIN');
  perform private.check_period(p_from, p_to);
  return query
    with l as (
      select case
               when pl.used_at is not null then 'used'
               when pl.cancelled_at is not null then 'cancelled'
               when pl.expires_at is not null and pl.expires_at <= pg_catalog.now() then 'expired'
               else 'active'
             end as state
      from public.payment_links pl
      where pl.created_at >= p_from and pl.created_at < p_to
    )
    select pg_catalog.count(*),
           pg_catalog.count(*) filter (where l.state = 'used'),
           pg_catalog.count(*) filter (where l.state = 'cancelled'),
           pg_catalog.count(*) filter (where l.state = 'expired'),
           pg_catalog.count(*) filter (where l.state = 'active'),
           case when pg_catalog.count(*) = 0 then null
                else pg_catalog.round((pg_catalog.count(*) filter (where l.state = 'used'))::numeric / pg_catalog.count(*), 4) end
    from l;
end;
$$;

-- Dossiers by type and status, now.
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
    select d.type, d.status, pg_catalog.count(*)
    from public.dossiers d
    group by d.type, d.status
    order by d.type, d.status;
end;
$$;

-- Steps completed in the period: how many and how long they took (started -> completed), hours.
create or replace function public.avg_time_per_step(p_from timestamptz, p_to timestamptz)
returns table (step_id uuid, step_code text, step_label text, completed_count bigint, avg_hours numeric, max_hours numeric)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  perform private.require_role('MANAGER', 'ADMIN');
  perform private.check_period(p_from, p_to);
  return query
    select s.id, s.code, s.label, pg_catalog.count(*),
           pg_catalog.round((pg_catalog.avg(extract(epoch from si.completed_at - si.started_at)) / 3600)::numeric, 2),
           pg_catalog.round((pg_catalog.max(extract(epoch from si.completed_at - si.started_at)) / 3600)::numeric, 2)
    from public.step_instances si
    join public.steps s on s.id = si.step_id
    where si.completed_at >= p_from and si.completed_at < p_to and si.started_at is not null
    group by s.id, s.code, s.label, s.position
    order by s.position, s.code;
end;
$$;

-- Reviews per bucket: approved and rejected.
create or replace function public.review_throughput(p_from timestamptz, p_to timestamptz, p_bucket text default 'day')
returns table (bucket_start timestamptz, approved bigint, rejected bigint)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  perform private.require_role('MANAGER', 'ADMIN');
  perform private.check_period(p_from, p_to);
  perform private.check_bucket(p_bucket);
  return query
    with r as (
      select pg_catalog.date_trunc(p_bucket, dr.created_at at time zone 'UTC') at time zone 'UTC' as b, dr.decision
      from public.document_reviews dr
      where dr.created_at >= p_from and dr.created_at < p_to
    )
    select bk.bucket_start,
           pg_catalog.count(r.b) filter (where r.decision = 'APPROVED'),
           pg_catalog.count(r.b) filter (where r.decision = 'REJECTED')
    from private.period_buckets(p_from, p_to, p_bucket) bk
    left join r on r.b = bk.bucket_start
    group by bk.bucket_start
    order by bk.bucket_start;
end;
$$;

-- The review queue now: latest versions of PENDING documents without a review, and their age.
create or replace function public.review_queue_age()
returns table (pending_versions bigint, oldest_uploaded_at timestamptz, avg_age_hours numeric, max_age_hours numeric)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  perform private.require_role('REVIEWER', 'MANAGER', 'ADMIN');
  return query
    with q as (
      select v.uploaded_at
      from public.documents d
      join lateral (
        select v1.id, v1.uploaded_at from public.document_versions v1
        where v1.document_id = d.id
        order by v1.version_number desc
        limit 1
      ) v on true
      where d.status = 'PENDING'
        and not exists (select 1 from public.document_reviews r where r.document_version_id = v.id)
    )
    select pg_catalog.count(*), pg_catalog.min(q.uploaded_at),
           pg_catalog.round((pg_catalog.avg(extract(epoch from pg_catalog.now() - q.uploaded_at)) / 3600)::numeric, 2),
           pg_catalog.round((pg_catalog.max(extract(epoch from pg_catalog.now() - q.uploaded_at)) / 3600)::numeric, 2)
    from q;
end;
$$;

-- Open step instances past their due date, most overdue first.
create or replace function public.overdue_steps()
returns table (step_instance_id uuid, dossier_id uuid, step_id uuid, step_label text, assigned_to uuid,
               assignee_name text, started_at timestamptz, due_at timestamptz, overdue_hours numeric)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  if not private.is_active_agent() then
    raise exception using errcode = '42501', message = 'this dashboard is for active agents';
  end if;
  return query
    select si.id, si.dossier_id, si.step_id, s.label, si.assigned_to, a.full_name, si.started_at, si.due_at,
           pg_catalog.round((extract(epoch from pg_catalog.now() - si.due_at) / 3600)::numeric, 2)
    from public.step_instances si
    join public.steps s on s.id = si.step_id
    left join public.agents a on a.id = si.assigned_to
    where si.completed_at is null and si.due_at < pg_catalog.now()
    order by si.due_at
    limit 500;
end;
$$;

revoke all on function private.check_period(timestamptz, timestamptz) from public, anon;
revoke all on function private.check_bucket(text) from public, anon;
revoke all on function private.require_role(public.agent_role[]) from public, anon;
revoke all on function private.period_buckets(timestamptz, timestamptz, text) from public, anon;
grant execute on function private.check_period(timestamptz, timestamptz) to authenticated;
grant execute on function private.check_bucket(text) to authenticated;
grant execute on function private.require_role(public.agent_role[]) to authenticated;
grant execute on function private.period_buckets(timestamptz, timestamptz, text) to authenticated;

do $$
declare
  f text;
begin
  foreach f in array array[
    'public.revenue_by_period(timestamptz, timestamptz, text)',
    'public.orders_by_status(timestamptz, timestamptz)',
    'public.payment_link_conversion(timestamptz, timestamptz)',
    'public.dossier_pipeline()',
    'public.avg_time_per_step(timestamptz, timestamptz)',
    'public.review_throughput(timestamptz, timestamptz, text)',
    'public.review_queue_age()',
    'public.overdue_steps()'
  ] loop
    execute pg_catalog.format('revoke all on function %s from public, anon', f);
    execute pg_catalog.format('grant execute on function %s to authenticated, service_role', f);
  end loop;
end
$$;
