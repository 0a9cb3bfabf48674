-- Types, part 2: a payment link's state, written once. public.status(payment_links) is a
-- PostgREST computed field: `select=*,status` returns it and `status=eq.active` filters on it, so
-- the SPA (status chip, list filter, charts) reads it instead of deriving it from the timestamps.
-- The values are an enum, so the generated types (Constants.public.Enums.payment_link_status)
-- give the SPA its list. "expired" depends on the clock, hence a function, not a stored column.
-- The order matters and is the checkout's: a used link stays used even if cancelled later.
-- The checkout lookup (private.get_payment_link, 20250601000250) now calls it too.
-- Re-runnable.

set local lock_timeout = '5s';
set local statement_timeout = '30s';

do $do$
begin
  create type public.payment_link_status as enum ('active', 'used', 'expired', 'cancelled');
exception when duplicate_object then
  null;
end
$do$;

create or replace function public.status(p_link public.payment_links)
returns public.payment_link_status
language sql
stable
security invoker
set search_path = ''
as $$
  select case
           when p_link.used_at is not null then 'used'
           when p_link.cancelled_at is not null then 'cancelled'
           when p_link.expires_at is not null and p_link.expires_at <= pg_catalog.now() then 'expired'
           else 'active'
         end::public.payment_link_status
$$;
comment on function public.status(public.payment_links) is
  'A payment link''s state now: used, cancelled, expired or active (PostgREST computed field "status").';
revoke all on function public.status(public.payment_links) from public, anon;
grant execute on function public.status(public.payment_links) to authenticated, service_role;

create or replace function private.get_payment_link(p_token text)
returns table (product_name text, price_amount integer, currency text, status text, expires_at timestamptz)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if p_token is null or p_token !~ '^[A-Za-z0-9_-]{16,128}$' then
    raise exception using errcode = '22023', message = 'invalid payment link token';
  end if;
  return query
    select p.name, p.price_amount, p.currency, public.status(pl)::text, pl.expires_at
    from public.payment_links pl
    join public.products p on p.id = pl.product_id
    where pl.token = p_token;
  if not found then
    raise exception using errcode = 'P0002', message = 'no such payment link';
  end if;
end;
$$;
