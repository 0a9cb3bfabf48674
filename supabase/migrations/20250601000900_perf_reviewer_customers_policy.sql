-- The reviewer's customers (profiles): a REVIEWER reads the profile of a customer with a document
-- waiting for review (product.md §2). Before, the arm was `id in (select
-- private.visible_customer_ids())`, a plpgsql helper that read every dossier (a Seq Scan of 62k
-- dossiers at the large scale, semi-joined to the PENDING documents) once per statement: again for
-- the count and each reference look-up. This set is global (the same for every reviewer), not a
-- per-agent scope, so it stays a per-statement look-up, but one driven by the PENDING documents:
-- their dossier ids (partial index idx_documents_pending_dossier_id) as an array, then the
-- dossiers by primary key (`= any(array)`), never the whole dossiers table. It is SECURITY
-- DEFINER (RLS of dossiers and documents would otherwise add their role checks to every row) and
-- answers only a REVIEWER (nothing for anyone else).
-- (Written as a planner-visible EXISTS instead, PostgreSQL hash-joins the reviewer's RLS-filtered
-- dossiers whole: Seq Scan on dossiers in every caller's plan — supabase/tests/performance.test.ts.)
-- The other arms are unchanged (20250601000803). Revert:
-- supabase/rollbacks/20250601000900_perf_reviewer_customers_policy.sql. Re-runnable.
-- squawk-ignore-file require-concurrent-index-creation
-- (the file runs in the migration's transaction; on a large production database create the index
-- beforehand with `create index concurrently if not exists`, same name and definition.)

set local lock_timeout = '10s';
set local statement_timeout = '1min';

-- Ledger (20250601000050): an index of that name already there is kept by the rollback.
select migration_ledger.note('20250601000900', 'index', 'public.idx_documents_pending_dossier_id');

-- The dossiers with a PENDING document: (dossier_id) of the PENDING rows only.
create index if not exists idx_documents_pending_dossier_id on public.documents (dossier_id)
  where status = 'PENDING';

create or replace function private.customers_awaiting_review()
returns setof uuid
rows 1000
language sql
stable
security definer
set search_path = ''
as $$
  select distinct d.user_id
  from public.dossiers d
  where (select private.has_role('REVIEWER'))
    and d.id = any (array(select doc.dossier_id from public.documents doc where doc.status = 'PENDING'))
$$;
comment on function private.customers_awaiting_review() is
  'For a REVIEWER: the customers with a document waiting for review (empty for anyone else).';
revoke all on function private.customers_awaiting_review() from public, anon;
grant execute on function private.customers_awaiting_review() to authenticated, service_role;

drop policy if exists profiles_select on public.profiles;
create policy profiles_select on public.profiles for select to authenticated
using (
  id = (select auth.uid())
  or (select private.has_role('MANAGER', 'ADMIN'))
  or (
    (select private.has_role('AGENT'))
    and id in (select ac.customer_id from private.agent_customers ac where ac.agent_id = (select auth.uid()))
  )
  or ((select private.has_role('REVIEWER')) and id in (select private.customers_awaiting_review()))
);
