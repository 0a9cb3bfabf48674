-- Payments, part 5: schedule of the payment-reminders function on a hosted project (pg_cron +
-- pg_net), guarded: where the extensions are not available (the local embedded PostgreSQL) this
-- does nothing, and the local stack's functions host calls the function on an interval instead
-- (PAYMENT_REMINDERS_INTERVAL_SECONDS, only when CRON_SECRET is set).
--
-- No secret is written here. The job reads, at each run, two Supabase Vault secrets that the
-- operator sets once per project with supabase/sql/set-reminder-schedule-secrets.sql (SQL editor)
-- or `npm run schedule:secrets -- --db-url ... --project-url ... --cron-secret ...`; until both
-- exist it logs and does nothing (private.invoke_payment_reminders, 20250601000710), and the
-- function itself refuses every call while its CRON_SECRET is not set.
-- Unschedule with: select cron.unschedule('payment-reminders');

set local lock_timeout = '10s';
set local statement_timeout = '15min';

do $do$
begin
  if not exists (select 1 from pg_catalog.pg_available_extensions where name = 'pg_cron')
     or not exists (select 1 from pg_catalog.pg_available_extensions where name = 'pg_net')
     or pg_catalog.to_regnamespace('vault') is null then
    raise notice 'payment reminders: pg_cron, pg_net or vault not available, no database schedule';
    return;
  end if;
  create extension if not exists pg_cron;
  create extension if not exists pg_net with schema extensions;

  perform cron.unschedule(j.jobid) from cron.job j where j.jobname = 'payment-reminders';
  -- The job runs private.invoke_payment_reminders() (20250601000710): it checks that both Vault
  -- secrets exist and only logs while they do not, so the job never fails every 15 minutes.
  perform cron.schedule('payment-reminders', '*/15 * * * *', 'select private.invoke_payment_reminders()');
  if (select pg_catalog.count(*) from vault.secrets s where s.name in ('project_url', 'cron_secret')) < 2 then
    raise notice 'payment reminders: scheduled, idle until the Vault secrets project_url and cron_secret exist (supabase/sql/set-reminder-schedule-secrets.sql)';
  end if;
end
$do$;
