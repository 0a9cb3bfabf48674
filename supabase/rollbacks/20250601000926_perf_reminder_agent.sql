-- Revert 20250601000926_perf_reminder_agent: the agent's reminders found through their orders
-- again (the policy of 20250601000803), without the stored agent.
set local lock_timeout = '10s';
set local statement_timeout = '5min';

drop policy if exists payment_reminders_select on public.payment_reminders;
create policy payment_reminders_select on public.payment_reminders for select to authenticated
using (
  user_id = (select auth.uid())
  or (select private.has_role('MANAGER', 'ADMIN'))
  or (
    (select private.has_role('AGENT'))
    and order_id in (select o.id from public.orders o where o.agent_id = (select auth.uid()))
  )
);

drop trigger if exists reminders_follow_order_agent on public.orders;
drop trigger if exists set_reminder_agent on public.payment_reminders;
drop function if exists private.reminders_follow_order_agent();
drop function if exists private.set_reminder_agent();
drop function if exists private.rebuild_reminder_agents();
-- the column and its index, unless they were there before the migration (the ledger knows)
select migration_ledger.revert('20250601000926');
