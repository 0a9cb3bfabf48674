-- Dashboards at scale (issue #9): payment_link_conversion and my_payment_links_summary count the
-- links with the state's CASE inline again, instead of calling public.status(pl) per row
-- (20250601000874). public.status has `set search_path` (the advisor's rule for every function),
-- so PostgreSQL cannot inline it: each call builds the whole row and switches the search_path.
-- Measured on the large data set as the manager, one year (77,575 links, load ~6): the links'
-- CASE 21 ms, the same rows through public.status 570 ms; the RPC took 620-750 ms idle.
-- The rule stays public.status's: supabase/tests/payment-link-status.test.ts checks that these two
-- functions and public.status say the same for every state, and that nobody else derives it.
-- Same names, arguments, results, checks, security and grants. Re-runnable.
-- Revert: supabase/rollbacks/ (same name).

set local lock_timeout = '10s';
set local statement_timeout = '1min';

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

create or replace function public.my_payment_links_summary(p_from timestamptz, p_to timestamptz)
returns table (state text, links_count bigint)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  if not private.is_active_agent() then
    raise exception using errcode = '42501', message = 'this dashboard is for active agents';
  end if;
  perform private.check_period(p_from, p_to);
  return query
    with mine as (
      select case
               when pl.used_at is not null then 'used'
               when pl.cancelled_at is not null then 'cancelled'
               when pl.expires_at is not null and pl.expires_at <= pg_catalog.now() then 'expired'
               else 'active'
             end as st
      from public.payment_links pl
      where pl.created_by = (select auth.uid()) and pl.created_at >= p_from and pl.created_at < p_to
    )
    select s.st, pg_catalog.count(m.st)
    from (values ('used', 1), ('active', 2), ('expired', 3), ('cancelled', 4)) s(st, ord)
    left join mine m on m.st = s.st
    group by s.st, s.ord
    order by s.ord;
end;
$$;
comment on function public.my_payment_links_summary(timestamptz, timestamptz) is
  'The caller''s own payment links created in [from, to), counted per state as public.status says (agent dashboard).';
revoke all on function public.my_payment_links_summary(timestamptz, timestamptz) from public, anon;
grant execute on function public.my_payment_links_summary(timestamptz, timestamptz) to authenticated, service_role;
