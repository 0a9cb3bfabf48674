-- Revert 20250601000700_platform_customer_needs_profile: is_customer() as 20250601000200 defined it
-- (any authenticated user without an agents row).
set local lock_timeout = '5s';
set local statement_timeout = '30s';

create or replace function private.is_customer()
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select (select auth.uid()) is not null
     and not exists (select 1 from public.agents a where a.id = (select auth.uid()))
$$;

comment on function private.is_customer() is null;
