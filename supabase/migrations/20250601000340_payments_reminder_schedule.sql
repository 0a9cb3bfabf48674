-- Payments, part 5: schedule of the payment-reminders function on a hosted project (pg_cron +
-- pg_net), guarded: where the extensions are not available (the local embedded PostgreSQL) this
-- does nothing, and the local stack's functions host calls the function on an interval instead
-- (PAYMENT_REMINDERS_INTERVAL_SECONDS, only when CRON_SECRET is set).
--
-- No secret is written here. The job reads, at each run, two Supabase Vault secrets that the
-- operator creates once per project (SQL editor):
--   select vault.create_secret('https://<project-ref>.supabase.co', 'project_url');
--   select vault.create_secret('<the CRON_SECRET given to the functions>', 'cron_secret');
-- and the function itself refuses every call while its CRON_SECRET is not set.
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
  perform cron.schedule(
    'payment-reminders',
    '*/15 * * * *',
    $job$
      select net.http_post(
        url := (select s.decrypted_secret from vault.decrypted_secrets s where s.name = 'project_url')
               || '/functions/v1/payment-reminders',
        headers := pg_catalog.jsonb_build_object(
          'Content-Type', 'application/json',
          'Authorization', 'Bearer ' || (select s.decrypted_secret from vault.decrypted_secrets s where s.name = 'cron_secret')
        ),
        body := '{}'::jsonb,
        timeout_milliseconds := 60000
      )
    $job$
  );
end
$do$;
