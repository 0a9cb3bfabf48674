-- Types, part 1: no SECURITY DEFINER function in the exposed schema (Supabase advisor lints
-- 0028 / 0029, anon_ and authenticated_security_definer_function_executable).
-- The five service-role entry points of the payments feature (20250601000310, ...0330) move,
-- bodies and grants unchanged, into schema private (not served by PostgREST); public keeps a
-- SECURITY INVOKER wrapper of the same name and signature, so the Edge Functions' RPC calls
-- (/rest/v1/rpc/<name>) still work and still need the service role: the wrapper is executable
-- by service_role only, and runs the private function with the caller's (service_role's) rights.
-- Re-runnable: a function is moved only while public holds the SECURITY DEFINER one (after
-- 20250601000310 / ...0330 ran again, the fresh body replaces the one already in private).

set local lock_timeout = '5s';
set local statement_timeout = '30s';

-- The service role reaches the moved bodies through the wrappers.
grant usage on schema private to service_role;

do $do$
declare
  v_signature text;
begin
  foreach v_signature in array array[
    'stripe_handle_event(jsonb, uuid)',
    'stripe_customer_user_id(text)',
    'claim_payment_reminders(interval, integer, integer, uuid[])',
    'release_payment_reminder(uuid)',
    'track_payment_reminder_click(uuid)'
  ] loop
    if exists (select 1 from pg_catalog.pg_proc p
               where p.oid = pg_catalog.to_regprocedure('public.' || v_signature) and p.prosecdef) then
      -- A re-run of 20250601000310 / ...0330 put a fresh body back in public: it replaces ours.
      execute pg_catalog.format('drop function if exists private.%s', v_signature);
      execute pg_catalog.format('alter function public.%s set schema private', v_signature);
    end if;
  end loop;
end
$do$;

create or replace function public.stripe_handle_event(p_event jsonb, p_customer_id uuid default null)
returns jsonb
language sql
security invoker
set search_path = ''
as $$ select private.stripe_handle_event(p_event, p_customer_id) $$;

create or replace function public.stripe_customer_user_id(p_email text)
returns uuid
language sql
stable
security invoker
set search_path = ''
as $$ select private.stripe_customer_user_id(p_email) $$;

create or replace function public.claim_payment_reminders(
  p_cadence interval, p_max_count integer, p_limit integer default 100, p_order_ids uuid[] default null
)
returns table (reminder_id uuid, order_id uuid, user_id uuid, email text, full_name text, product_name text,
               amount integer, currency text, payment_link_id uuid, reminder_number integer)
language sql
security invoker
set search_path = ''
as $$ select * from private.claim_payment_reminders(p_cadence, p_max_count, p_limit, p_order_ids) $$;

create or replace function public.release_payment_reminder(p_reminder_id uuid)
returns void
language sql
security invoker
set search_path = ''
as $$ select private.release_payment_reminder(p_reminder_id) $$;

create or replace function public.track_payment_reminder_click(p_reminder_id uuid)
returns table (payment_link_id uuid, stripe_checkout_session_id text, usable boolean, prospect_email text)
language sql
security invoker
set search_path = ''
as $$ select * from private.track_payment_reminder_click(p_reminder_id) $$;

comment on function public.stripe_handle_event(jsonb, uuid) is
  'Applies one verified Stripe event atomically and at most once (service_role only; body: private.stripe_handle_event).';
comment on function public.stripe_customer_user_id(text) is
  'The auth user id of an e-mail address (service_role only; body: private.stripe_customer_user_id).';
comment on function public.claim_payment_reminders(interval, integer, integer, uuid[]) is
  'Claims the payment reminders due now (service_role only; body: private.claim_payment_reminders).';
comment on function public.release_payment_reminder(uuid) is
  'Releases a claimed reminder whose e-mail failed (service_role only; body: private.release_payment_reminder).';
comment on function public.track_payment_reminder_click(uuid) is
  'Records a reminder click and says where it leads (service_role only; body: private.track_payment_reminder_click).';

revoke all on function public.stripe_handle_event(jsonb, uuid) from public, anon, authenticated;
revoke all on function public.stripe_customer_user_id(text) from public, anon, authenticated;
revoke all on function public.claim_payment_reminders(interval, integer, integer, uuid[]) from public, anon, authenticated;
revoke all on function public.release_payment_reminder(uuid) from public, anon, authenticated;
revoke all on function public.track_payment_reminder_click(uuid) from public, anon, authenticated;
grant execute on function public.stripe_handle_event(jsonb, uuid) to service_role;
grant execute on function public.stripe_customer_user_id(text) to service_role;
grant execute on function public.claim_payment_reminders(interval, integer, integer, uuid[]) to service_role;
grant execute on function public.release_payment_reminder(uuid) to service_role;
grant execute on function public.track_payment_reminder_click(uuid) to service_role;
