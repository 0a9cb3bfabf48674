-- Platform, part 2: what the payment-reminders pg_cron job (20250601000340, hosted only) runs.
-- It calls the payment-reminders Edge Function with the two Supabase Vault secrets the operator
-- sets once per project (supabase/sql/set-reminder-schedule-secrets.sql or
-- `npm run schedule:secrets`): project_url and cron_secret. While either is missing or empty
-- (or Vault / pg_net are absent) it only logs and returns: the job never fails for want of
-- configuration, and no request goes out with a NULL URL or an empty bearer token.
-- Vault and pg_net are reached through dynamic SQL so the function also exists (and is tested)
-- where they are not installed, like the local embedded PostgreSQL.

set local lock_timeout = '5s';
set local statement_timeout = '30s';

create or replace function private.invoke_payment_reminders()
returns bigint
language plpgsql
set search_path = ''
as $$
declare
  v_url text;
  v_secret text;
  v_request_id bigint;
begin
  if pg_catalog.to_regclass('vault.decrypted_secrets') is null then
    raise log 'payment reminders: Supabase Vault is not installed; nothing sent';
    return null;
  end if;
  if pg_catalog.to_regnamespace('net') is null then
    raise log 'payment reminders: pg_net is not installed; nothing sent';
    return null;
  end if;
  execute $q$select max(s.decrypted_secret) filter (where s.name = 'project_url'),
                    max(s.decrypted_secret) filter (where s.name = 'cron_secret')
             from vault.decrypted_secrets s where s.name in ('project_url', 'cron_secret')$q$
    into v_url, v_secret;
  if coalesce(v_url, '') = '' or coalesce(v_secret, '') = '' then
    raise log 'payment reminders: Vault secret % missing; set it with supabase/sql/set-reminder-schedule-secrets.sql; nothing sent',
      case when coalesce(v_url, '') = '' then 'project_url' else 'cron_secret' end;
    return null;
  end if;
  execute $q$select net.http_post(
               url := $1,
               headers := pg_catalog.jsonb_build_object('Content-Type', 'application/json', 'Authorization', 'Bearer ' || $2),
               body := '{}'::jsonb,
               timeout_milliseconds := 60000)$q$
    into v_request_id
    using pg_catalog.rtrim(v_url, '/') || '/functions/v1/payment-reminders', v_secret;
  return v_request_id;
end;
$$;

comment on function private.invoke_payment_reminders() is
  'Run by the payment-reminders pg_cron job: posts to the payment-reminders function with the Vault secrets project_url / cron_secret; logs and does nothing while they are not set.';

-- Only the scheduler (postgres, which owns the function) runs it.
revoke all on function private.invoke_payment_reminders() from public;

-- Where 20250601000340 already scheduled the old inline job, point it at this function.
do $do$
begin
  if pg_catalog.to_regnamespace('cron') is not null then
    perform cron.unschedule(j.jobid) from cron.job j where j.jobname = 'payment-reminders';
    perform cron.schedule('payment-reminders', '*/15 * * * *', 'select private.invoke_payment_reminders()');
  end if;
end
$do$;
