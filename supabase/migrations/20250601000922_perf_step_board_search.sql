-- The step board's search box through the trigram index (issue #9, deliver 3 and 4): the board
-- searched `step_board?search_text=ilike.*x*`, which under row-level security is checked row by
-- row after the policy (ILIKE is not LEAKPROOF, 20250601000840): every open step read, 80-210 ms
-- on the large data set. As for the lists' searches (20250601000840):
--   * private.matching_step_board_ids(term): the ids of the open steps whose search_text (step
--     name and code, customer name, dossier id) matches, through idx_step_board_items_search
--     (20250601000920), whatever the caller may see; not exposed;
--   * public.search_step_board(q): SECURITY INVOKER, the board's rows with those ids, so the
--     read model's policy decides what the caller gets. PostgREST calls it as the board's list:
--     GET /rpc/search_step_board?q=jane&assigned_to=is.null&due_order=gte.T&order=due_order,id
--     &limit=25 with `Prefer: count=exact` (src/providers/operationsMethods.ts).
-- A term: words in that order, % and _ literal; blank: no rows; over 200 characters: refused
-- (private.search_pattern). Re-runnable. Revert: supabase/rollbacks/ (same name).

set local lock_timeout = '10s';
set local statement_timeout = '1min';

create or replace function private.matching_step_board_ids(p_term text)
returns setof uuid
rows 50
language sql
stable
security definer
set search_path = ''
as $$
  select b.id from private.step_board_items b, private.search_pattern(p_term) pattern
  where b.search_text operator(pg_catalog.~~*) pattern
$$;
comment on function private.matching_step_board_ids(text) is
  'Ids of the open steps whose step, customer or dossier id matches a search term (trigram index). Not exposed: '
  'public.search_step_board reads the rows under the caller''s policies.';
revoke all on function private.matching_step_board_ids(text) from public, anon;
grant execute on function private.matching_step_board_ids(text) to authenticated, service_role;

-- Its columns are step_board's, spelt out: a function returning the view's row type would depend
-- on the view, which 20250601000821 (re-run in order) drops and creates again.
create or replace function public.search_step_board(q text)
returns table (
  id uuid, dossier_id uuid, step_id uuid, status text, assigned_to uuid, started_at timestamptz,
  due_at timestamptz, created_at timestamptz, step_label text, step_code text,
  dossier_type public.dossier_type, dossier_status public.dossier_status_code, customer_name text,
  overdue boolean, overdue_hours numeric, board_column text, is_current boolean, search_text text,
  documents_total bigint, documents_approved bigint, due_order timestamptz)
language sql
stable
security invoker
set search_path = ''
as $$
  select b.id, b.dossier_id, b.step_id, b.status, b.assigned_to, b.started_at, b.due_at, b.created_at,
         b.step_label, b.step_code, b.dossier_type, b.dossier_status, b.customer_name, b.overdue,
         b.overdue_hours, b.board_column, b.is_current, b.search_text, b.documents_total,
         b.documents_approved, b.due_order
  from public.step_board b
  where b.id = any (array(select private.matching_step_board_ids(q)))
$$;
comment on function public.search_step_board(text) is
  'Open steps (the step board''s rows) whose step, customer or dossier id matches q, among those the caller may read.';
revoke all on function public.search_step_board(text) from public, anon;
grant execute on function public.search_step_board(text) to authenticated, service_role;
