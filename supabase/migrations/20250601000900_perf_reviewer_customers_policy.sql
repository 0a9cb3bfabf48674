-- squawk-ignore-file require-concurrent-index-creation
-- The reviewer's customers (profiles) as a plain predicate the planner sees: a REVIEWER reads the
-- profile of a customer with a document waiting for review (product.md §2). Before, the arm was
-- `id in (select private.visible_customer_ids())`, a plpgsql SECURITY DEFINER helper that built the
-- whole set (every customer with a PENDING document) per statement, again for the count and for
-- each reference look-up. Now it is an EXISTS the planner joins: profile -> dossiers (by user_id)
-- -> documents (by dossier_id, PENDING), each through an index, read as the caller (the
-- reviewer's own policies on dossiers and documents apply: they see all of them).
-- The other arms are unchanged (20250601000803). Revert:
-- supabase/rollbacks/20250601000900_perf_reviewer_customers_policy.sql. Re-runnable.
-- squawk's require-concurrent-index-creation is ignored: the file runs in the migration's
-- transaction; on a large production database create the index beforehand with
-- `create index concurrently if not exists` (same name and definition).

set local lock_timeout = '10s';
set local statement_timeout = '1min';

-- A customer's PENDING documents, found from their dossiers: (dossier_id) of the PENDING rows only.
create index if not exists idx_documents_pending_dossier_id on public.documents (dossier_id)
  where status = 'PENDING';

drop policy if exists profiles_select on public.profiles;
create policy profiles_select on public.profiles for select to authenticated
using (
  id = (select auth.uid())
  or (select private.has_role('MANAGER', 'ADMIN'))
  or (
    (select private.has_role('AGENT'))
    and id in (select ac.customer_id from private.agent_customers ac where ac.agent_id = (select auth.uid()))
  )
  or (
    (select private.has_role('REVIEWER'))
    and exists (
      select 1 from public.dossiers d
      join public.documents doc on doc.dossier_id = d.id and doc.status = 'PENDING'
      where d.user_id = profiles.id)
  )
);
