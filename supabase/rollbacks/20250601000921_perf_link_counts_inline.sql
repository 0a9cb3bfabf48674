-- Revert 20250601000921_perf_link_counts_inline: the dashboards count payment links through
-- public.status(pl) again (as 20250601000874 wrote them).
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
      select public.status(pl)::text as state
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
      select public.status(pl)::text as st
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
  'The caller''s own payment links created in [from, to), counted per public.status (agent dashboard).';
revoke all on function public.my_payment_links_summary(timestamptz, timestamptz) from public, anon;
grant execute on function public.my_payment_links_summary(timestamptz, timestamptz) to authenticated, service_role;
