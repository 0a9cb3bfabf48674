-- The reviewer's stored scope, part 2: triggers keep private.review_customers (20250601000910)
-- exact in the same transaction as the change that moves it:
--   document uploaded PENDING   documents insert
--   reviewed / re-opened        documents update of status, to or from PENDING
--   moved to another dossier    documents update of dossier_id (a PENDING one)
--   deleted                     documents delete (a PENDING one)
--   dossier changes customer    dossiers update of user_id
--   dossier deleted             dossiers delete (its documents cascade; counted again after)
--   customer deleted            foreign key, on delete cascade
-- Role changes need nothing here: the table holds facts, the policy checks the role once per
-- statement (20250601000912).
--
-- Each change recomputes the count of the customer(s) it touches from the source tables (their
-- dossiers by idx_dossiers_user_id, then the PENDING documents by the partial index
-- idx_documents_pending_dossier_id: a few index look-ups), instead of adding and subtracting:
-- recomputing cannot drift. Two transactions touching the same customer are serialised by a
-- transaction-scoped advisory lock taken before the recomputation reads (so, in READ COMMITTED,
-- it sees the other's committed rows). A write that moves no PENDING document (an APPROVED one
-- rejected, a non-PENDING one inserted or deleted) returns at once.
-- Trigger functions are SECURITY DEFINER (they write a private table whatever the caller may do);
-- nobody is granted EXECUTE (a trigger does not need it). Re-runnable.
-- Revert: supabase/rollbacks/20250601000911_reviewer_scope_triggers.sql.

set local lock_timeout = '10s';
set local statement_timeout = '1min';

-- One customer's count, from their dossiers' PENDING documents.
create or replace function private.refresh_review_customer(p_customer_id uuid)
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_pending integer;
begin
  if p_customer_id is null then
    return;
  end if;
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('review_customer:' || p_customer_id, 0));
  select pg_catalog.count(*)::integer into v_pending
  from public.dossiers d
  join public.documents doc on doc.dossier_id = d.id and doc.status = 'PENDING'
  where d.user_id = p_customer_id;
  if v_pending > 0 then
    insert into private.review_customers as t (customer_id, pending_documents)
    select p.id, v_pending from public.profiles p where p.id = p_customer_id
    on conflict (customer_id) do update
      set pending_documents = excluded.pending_documents
      where t.pending_documents <> excluded.pending_documents;
  else
    delete from private.review_customers t where t.customer_id = p_customer_id;
  end if;
end
$$;

create or replace function private.review_scope_after_document()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' and new.status <> 'PENDING'
     or tg_op = 'DELETE' and old.status <> 'PENDING'
     or tg_op = 'UPDATE' and (
          (old.status <> 'PENDING' and new.status <> 'PENDING')
          or (old.status = new.status and old.dossier_id = new.dossier_id)) then
    return null;
  end if;
  -- (a dossier deleted first, its documents cascading: no customer found here; the dossier's own
  -- trigger recounts its customer)
  if tg_op in ('UPDATE', 'DELETE') then
    perform private.refresh_review_customer((select d.user_id from public.dossiers d where d.id = old.dossier_id));
  end if;
  if tg_op = 'INSERT' or (tg_op = 'UPDATE' and old.dossier_id <> new.dossier_id) then
    perform private.refresh_review_customer((select d.user_id from public.dossiers d where d.id = new.dossier_id));
  end if;
  return null;
end
$$;

create or replace trigger review_scope_after_document after insert or delete or update of status, dossier_id on public.documents
for each row execute function private.review_scope_after_document();

create or replace function private.review_scope_after_dossier()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and old.user_id = new.user_id then
    return null;
  end if;
  perform private.refresh_review_customer(old.user_id);
  if tg_op = 'UPDATE' then
    perform private.refresh_review_customer(new.user_id);
  end if;
  return null;
end
$$;

create or replace trigger review_scope_after_dossier after delete or update of user_id on public.dossiers
for each row execute function private.review_scope_after_dossier();

revoke execute on function
  private.refresh_review_customer(uuid),
  private.review_scope_after_document(),
  private.review_scope_after_dossier()
from public, anon, authenticated;
