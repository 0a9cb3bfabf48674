-- Revert 20250601000710_platform_reminder_schedule_guard: the job goes back to what
-- 20250601000340 schedules without this function (nothing: 20250601000340's revert removes the
-- job), and the function goes.
set local lock_timeout = '5s';
set local statement_timeout = '30s';

do $do$
begin
  if pg_catalog.to_regnamespace('cron') is not null then
    perform cron.unschedule(j.jobid) from cron.job j where j.jobname = 'payment-reminders';
  end if;
end
$do$;

drop function if exists private.invoke_payment_reminders();
