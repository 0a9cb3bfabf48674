-- Revert 20250601000340_payments_reminder_schedule: remove the job where pg_cron exists (the
-- extensions themselves stay: other jobs may use them).
do $do$
begin
  if pg_catalog.to_regnamespace('cron') is not null then
    perform cron.unschedule(j.jobid) from cron.job j where j.jobname = 'payment-reminders';
  end if;
end
$do$;
