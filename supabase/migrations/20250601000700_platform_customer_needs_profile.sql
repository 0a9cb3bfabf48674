-- Platform, part 1: a customer is an authenticated user WITH a profile.
-- On a hosted project anyone may sign up unless sign-up is disabled (supabase/config.toml
-- [auth] enable_signup = false is applied only by `supabase config push` or the dashboard), and
-- such a user has neither an agents row nor a profile. private.is_customer() used to answer true
-- for them (it only required "not an agent"), so the policies that trust it gave a stranger the
-- catalog, a self-made profile, uploads and messages. Now it requires the caller's profile, so
-- a user who is neither an active agent nor a customer with a profile gets nothing.
-- Customers get their profile from the platform (the Stripe webhook, an admin), never by
-- inserting it themselves: the profiles_insert policy's is_customer() check now refuses that too.

set local lock_timeout = '5s';
set local statement_timeout = '30s';

create or replace function private.is_customer()
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select (select auth.uid()) is not null
     and exists (select 1 from public.profiles p where p.id = (select auth.uid()))
     and not exists (select 1 from public.agents a where a.id = (select auth.uid()))
$$;

comment on function private.is_customer() is
  'true when the caller has a customer profile and no agents row (an inactive agent is not a customer; a signed-up user without a profile is nobody).';
