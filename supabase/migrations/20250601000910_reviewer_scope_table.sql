-- The reviewer's stored scope, part 1: private.review_customers, the customers with at least one
-- document waiting for review (status PENDING), with how many. A REVIEWER reads their profiles
-- (product.md §2). Before, the profiles policy's reviewer arm recomputed that set on every
-- statement (private.customers_awaiting_review(), 20250601000900: the PENDING documents, their
-- dossiers by primary key, distinct customers; 16-20 ms at the large scale, paid again by every
-- embed of profiles). Now it is stored, as the agents' scope is (20250601000800..0803), kept exact
-- by the triggers of 20250601000911 and read by the policy of 20250601000912.
--
-- A fact, never a role: the set is the same for every reviewer; the policy still checks the role
-- as an InitPlan (once per statement), so a role change applies on the next request.
--
-- private.rebuild_review_customers() is its set-based definition: the backfill (below), the demo
-- generator (it writes with triggers off) and the reference of
-- supabase/tests/security-reviewer-scope.test.ts. It changes only what differs (MERGE ... WHEN
-- NOT MATCHED BY SOURCE): a second run changes nothing. Re-runnable.
-- Revert: supabase/rollbacks/20250601000910_reviewer_scope_table.sql.

set local lock_timeout = '10s';
set local statement_timeout = '10min';

-- Ledger (20250601000050): a table of that name already there is kept by the rollback.
select migration_ledger.note('20250601000910', 'table', 'private.review_customers');

create table if not exists private.review_customers (
  customer_id uuid primary key references public.profiles (id) on delete cascade,
  -- the customer's documents in status PENDING (over all their dossiers); a row exists only while > 0
  pending_documents integer not null,
  constraint review_customers_pending check (pending_documents > 0)
);

comment on table private.review_customers is
  'Customers with documents waiting for review (REVIEWER scope of profiles). Kept by triggers; roles are checked by the policies.';

-- Read by the policies as the API caller (visible to the planner, through its primary key), like
-- the agents' scope tables: a REVIEWER may select every row (the set is global), nobody else.
-- Nothing writes it but the SECURITY DEFINER functions. Schema private is not served by PostgREST.
alter table private.review_customers enable row level security;
revoke all on private.review_customers from public, anon, authenticated;
grant select on private.review_customers to authenticated;

drop policy if exists review_customers_select on private.review_customers;
create policy review_customers_select on private.review_customers for select to authenticated
using ((select private.has_role('REVIEWER')));

create or replace function private.rebuild_review_customers()
returns void
language sql
volatile
security definer
set search_path = ''
as $$
  merge into private.review_customers t
  using (
    select d.user_id as customer_id, pg_catalog.count(*)::integer as pending_documents
    from public.documents doc
    join public.dossiers d on d.id = doc.dossier_id
    where doc.status = 'PENDING'
    group by d.user_id
  ) s on t.customer_id = s.customer_id
  when matched and t.pending_documents <> s.pending_documents then
    update set pending_documents = s.pending_documents
  when not matched by target then
    insert (customer_id, pending_documents) values (s.customer_id, s.pending_documents)
  when not matched by source then
    delete;
$$;

comment on function private.rebuild_review_customers() is
  'Recomputes private.review_customers from documents and dossiers (set-based; changes only what differs).';

revoke execute on function private.rebuild_review_customers() from public, anon, authenticated;

select private.rebuild_review_customers();

analyze private.review_customers;
