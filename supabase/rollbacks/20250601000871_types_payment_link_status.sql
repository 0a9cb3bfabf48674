-- Revert 20250601000871_types_payment_link_status: the checkout lookup derives the state itself
-- again (as 20250601000250 wrote it), the computed field and its enum go.
set local lock_timeout = '5s';
set local statement_timeout = '30s';

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
    select p.name, p.price_amount, p.currency,
           case
             when pl.used_at is not null then 'used'
             when pl.cancelled_at is not null then 'cancelled'
             when pl.expires_at is not null and pl.expires_at <= pg_catalog.now() then 'expired'
             else 'active'
           end,
           pl.expires_at
    from public.payment_links pl
    join public.products p on p.id = pl.product_id
    where pl.token = p_token;
  if not found then
    raise exception using errcode = 'P0002', message = 'no such payment link';
  end if;
end;
$$;

drop function if exists public.status(public.payment_links);
drop type if exists public.payment_link_status;
