-- Revert 20250601000900_perf_reviewer_customers_policy: the reviewer's arm through
-- private.visible_customer_ids() again.
set local lock_timeout = '10s';

drop policy if exists profiles_select on public.profiles;
create policy profiles_select on public.profiles for select to authenticated
using (
  id = (select auth.uid())
  or (select private.has_role('MANAGER', 'ADMIN'))
  or (
    (select private.has_role('AGENT'))
    and id in (select ac.customer_id from private.agent_customers ac where ac.agent_id = (select auth.uid()))
  )
  or ((select private.has_role('REVIEWER')) and id in (select private.visible_customer_ids()))
);

drop function if exists private.customers_awaiting_review();
-- the index, unless it was there before the migration (ledger)
select migration_ledger.revert('20250601000900');
