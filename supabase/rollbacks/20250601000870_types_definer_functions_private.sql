-- Revert 20250601000870_types_definer_functions_private: the SECURITY INVOKER wrappers go and
-- the five SECURITY DEFINER bodies move back from private into public (grants and comments
-- travel with them); the service role loses USAGE on private again.
set local lock_timeout = '5s';
set local statement_timeout = '30s';

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
    if pg_catalog.to_regprocedure('private.' || v_signature) is not null then
      execute pg_catalog.format('drop function if exists public.%s', v_signature);
      execute pg_catalog.format('alter function private.%s set schema public', v_signature);
    end if;
  end loop;
end
$do$;

revoke usage on schema private from service_role;
