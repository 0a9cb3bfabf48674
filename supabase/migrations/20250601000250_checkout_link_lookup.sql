-- What the anonymous checkout page may learn about a payment link: the product's name and price
-- and whether the link can still be paid. Nothing else is open to anon (20250601000220): no
-- table, no prospect e-mail, no other link. The token is the secret (128 random bits).
--
-- public.get_payment_link is SECURITY INVOKER and granted to anon on purpose (the payment flow
-- needs it); it calls a SECURITY DEFINER implementation in schema private (not exposed), which
-- reads the link and its product and returns only those fields.

set local lock_timeout = '10s';
set local statement_timeout = '15min';

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

create or replace function public.get_payment_link(p_token text)
returns table (product_name text, price_amount integer, currency text, status text, expires_at timestamptz)
language sql
stable
security invoker
set search_path = ''
as $$
  select * from private.get_payment_link(p_token)
$$;
comment on function public.get_payment_link(text) is
  'Checkout page: product name, price and status (active, used, expired, cancelled) of the payment link with this token. Callable by anon.';

revoke all on function private.get_payment_link(text) from public;
grant execute on function private.get_payment_link(text) to anon, authenticated;
revoke all on function public.get_payment_link(text) from public;
grant execute on function public.get_payment_link(text) to anon, authenticated, service_role;
