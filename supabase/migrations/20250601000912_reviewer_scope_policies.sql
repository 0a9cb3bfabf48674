-- The reviewer's stored scope, part 3: the profiles policy's reviewer arm and
-- private.visible_customer_ids()'s reviewer branch read private.review_customers (20250601000910,
-- kept by 20250601000911) instead of recomputing the customers with a PENDING document per
-- statement (private.customers_awaiting_review(), 20250601000900, dropped here: nothing else
-- calls it).
--
-- Shape of the arm: `(select private.has_role('REVIEWER')) and exists (select 1 from
-- private.review_customers rc where rc.customer_id = profiles.id)`. The role check is an InitPlan
-- (once per statement, reads agents at call time: a role change applies on the next request); the
-- set is read as the caller, visible to the planner (no SECURITY DEFINER helper, no scan of
-- documents or dossiers). Written as a correlated EXISTS (not `id in (select ...)`), the planner
-- may run it either way: a probe of the primary key per profile when few profiles are read (a
-- page, a look-up by id, an embed), or one hashed pass over the table for a count.
-- The AGENT arm gets the same form over private.agent_customers' primary key (agent_id,
-- customer_id), same rows: as `id in (select ...)` it was a hashed sub-plan whose build the
-- planner charges again on every re-scan, so every role's `select=*,customer:profiles(...)` embed
-- hashed or materialised the whole profiles table instead of probing it per row (measured in
-- docs/performance.md §2.3). The cost: a join that reads many profiles while the planner expects
-- few (the step board's pages, which still read every open step of their column) now probes them
-- per row instead of hashing them once: slower there until those pages read only their rows
-- (measured in §2.3; both arms written `id in (select ...)` give the hashed plans back).
-- The other arms are unchanged (20250601000803).
-- Same rows as before: supabase/tests/security-reviewer-scope.test.ts.
-- Revert: supabase/rollbacks/20250601000912_reviewer_scope_policies.sql. Re-runnable.

set local lock_timeout = '10s';
set local statement_timeout = '1min';

drop policy if exists profiles_select on public.profiles;
create policy profiles_select on public.profiles for select to authenticated
using (
  id = (select auth.uid())
  or (select private.has_role('MANAGER', 'ADMIN'))
  or (
    (select private.has_role('AGENT'))
    and exists (select 1 from private.agent_customers ac where ac.agent_id = (select auth.uid()) and ac.customer_id = profiles.id)
  )
  or (
    (select private.has_role('REVIEWER'))
    and exists (select 1 from private.review_customers rc where rc.customer_id = profiles.id)
  )
);

-- Customers an AGENT (stored scope) or a REVIEWER (stored: documents waiting for review) may read.
create or replace function private.visible_customer_ids()
returns setof uuid
rows 100
language plpgsql stable security definer
set search_path = ''
as $$
declare
  v_role public.agent_role := private.current_agent_role();
  v_uid uuid := (select auth.uid());
begin
  if v_role = 'AGENT' then
    return query
      select ac.customer_id from private.agent_customers ac where ac.agent_id = v_uid;
  elsif v_role = 'REVIEWER' then
    return query
      select rc.customer_id from private.review_customers rc;
  end if;
end
$$;

drop function if exists private.customers_awaiting_review();
