-- squawk-ignore-file require-concurrent-index-creation
-- Lists: search by part of a name or an e-mail through trigram indexes (issue 9, item 4).
--
-- Why functions and not `?full_name=ilike.*x*`: under row-level security PostgreSQL uses a
-- caller's filter as an index condition only when its operator is LEAKPROOF (20250601000500).
-- ILIKE is not, so on profiles / payment_links an ilike filter is checked row by row after the
-- policy, and a trigram index is never used. Here the match runs where it can use the index, in
-- SECURITY DEFINER helpers of schema private (not exposed by the API), which return ids only; the
-- exposed search functions are SECURITY INVOKER and read the rows through those ids
-- (`= any (array(...))`: one array computed first, then uuid equality, leakproof, an index
-- condition), so the tables' policies decide what the caller gets, as for any list:
--
--   * public.search_profiles(q)       customers by name, e-mail or phone;
--   * public.search_orders(q)         orders by their customer (name, e-mail, phone);
--   * public.search_dossiers(q)       dossiers by their customer;
--   * public.search_payment_links(q)  payment links by prospect name or e-mail.
--
-- PostgREST calls them as lists: GET /rpc/search_orders?q=chloe&status=eq.PAID&order=...&limit=25
-- with `Prefer: count=exact` (the SPA's data provider, src/providers/listSearch.ts).
-- A term: words separated by spaces, each found in that order ("chlo cust" finds "Chloe
-- Customer"); % and _ are plain characters. Blank: no rows. Longer than 200 characters: refused.
--
-- squawk's require-concurrent-index-creation is ignored for this file: it runs inside the
-- migration's transaction, where CONCURRENTLY is impossible (as 20250601000500; on a large
-- production database create the indexes beforehand with the same names, this file then skips
-- them). Re-runnable. Revert: supabase/rollbacks/ (same name).

set local lock_timeout = '10s';
set local statement_timeout = '30min';

select migration_ledger.note('20250601000840', 'extension', 'pg_trgm');
select migration_ledger.note_all('20250601000840', 'index', array[
    'public.idx_profiles_full_name_trgm', 'public.idx_profiles_email_trgm', 'public.idx_profiles_phone_trgm',
    'public.idx_payment_links_prospect_name_trgm', 'public.idx_payment_links_prospect_email_trgm']);

create extension if not exists pg_trgm with schema extensions;

create index if not exists idx_profiles_full_name_trgm
  on public.profiles using gin (full_name extensions.gin_trgm_ops);
create index if not exists idx_profiles_email_trgm
  on public.profiles using gin (email extensions.gin_trgm_ops);
create index if not exists idx_profiles_phone_trgm
  on public.profiles using gin (phone extensions.gin_trgm_ops);
create index if not exists idx_payment_links_prospect_name_trgm
  on public.payment_links using gin (prospect_name extensions.gin_trgm_ops);
create index if not exists idx_payment_links_prospect_email_trgm
  on public.payment_links using gin (prospect_email extensions.gin_trgm_ops);

-- The ILIKE pattern of a search term: \ % _ escaped, words joined by %, % on both ends; NULL
-- for a blank term; a term longer than 200 characters is refused (22023).
create or replace function private.search_pattern(p_term text)
returns text
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_words text[];
begin
  if pg_catalog.length(p_term) > 200 then
    raise exception using errcode = '22023', message = 'a search term has at most 200 characters';
  end if;
  v_words := pg_catalog.regexp_split_to_array(
    pg_catalog.btrim(pg_catalog.regexp_replace(coalesce(p_term, ''), '([\\%_])', '\\\1', 'g')), '\s+');
  if v_words = array[''] then
    return null;
  end if;
  return '%' || pg_catalog.array_to_string(v_words, '%') || '%';
end;
$$;
comment on function private.search_pattern(text) is
  'ILIKE pattern of a search term (words in order, % and _ literal); NULL when blank; 22023 above 200 characters.';

-- Ids only, whatever the caller may see: callers read the rows through their own policies.
-- rows 50: a search finds a few people; the planner then reads their orders / dossiers by index.
create or replace function private.matching_profile_ids(p_term text)
returns setof uuid
rows 50
language sql
stable
security definer
set search_path = ''
as $$
  select p.id from public.profiles p, private.search_pattern(p_term) pattern
  where p.full_name operator(pg_catalog.~~*) pattern
     or p.email operator(pg_catalog.~~*) pattern
     or p.phone operator(pg_catalog.~~*) pattern
$$;
comment on function private.matching_profile_ids(text) is
  'Ids of the profiles whose name, e-mail or phone matches a search term (trigram indexes). Not exposed: '
  'the public search functions read the rows under the caller''s policies.';

create or replace function private.matching_payment_link_ids(p_term text)
returns setof uuid
rows 50
language sql
stable
security definer
set search_path = ''
as $$
  select pl.id from public.payment_links pl, private.search_pattern(p_term) pattern
  where pl.prospect_name operator(pg_catalog.~~*) pattern
     or pl.prospect_email operator(pg_catalog.~~*) pattern
$$;
comment on function private.matching_payment_link_ids(text) is
  'Ids of the payment links whose prospect name or e-mail matches a search term (trigram indexes). Not exposed.';

revoke all on function private.search_pattern(text) from public, anon;
revoke all on function private.matching_profile_ids(text) from public, anon;
revoke all on function private.matching_payment_link_ids(text) from public, anon;
grant execute on function private.search_pattern(text) to authenticated, service_role;
grant execute on function private.matching_profile_ids(text) to authenticated, service_role;
grant execute on function private.matching_payment_link_ids(text) to authenticated, service_role;

-- The exposed searches: SECURITY INVOKER, so every row passes the table's policy.
create or replace function public.search_profiles(q text)
returns setof public.profiles
language sql
stable
security invoker
set search_path = ''
as $$
  select p.* from public.profiles p where p.id = any (array(select private.matching_profile_ids(q)))
$$;
comment on function public.search_profiles(text) is
  'Customers whose name, e-mail or phone matches q, among the profiles the caller may read.';

create or replace function public.search_orders(q text)
returns setof public.orders
language sql
stable
security invoker
set search_path = ''
as $$
  select o.* from public.orders o where o.user_id = any (array(select private.matching_profile_ids(q)))
$$;
comment on function public.search_orders(text) is
  'Orders whose customer''s name, e-mail or phone matches q, among the orders the caller may read.';

create or replace function public.search_dossiers(q text)
returns setof public.dossiers
language sql
stable
security invoker
set search_path = ''
as $$
  select d.* from public.dossiers d where d.user_id = any (array(select private.matching_profile_ids(q)))
$$;
comment on function public.search_dossiers(text) is
  'Dossiers whose customer''s name, e-mail or phone matches q, among the dossiers the caller may read.';

create or replace function public.search_payment_links(q text)
returns setof public.payment_links
language sql
stable
security invoker
set search_path = ''
as $$
  select pl.* from public.payment_links pl where pl.id = any (array(select private.matching_payment_link_ids(q)))
$$;
comment on function public.search_payment_links(text) is
  'Payment links whose prospect name or e-mail matches q, among the links the caller may read.';

revoke all on function public.search_profiles(text) from public, anon;
revoke all on function public.search_orders(text) from public, anon;
revoke all on function public.search_dossiers(text) from public, anon;
revoke all on function public.search_payment_links(text) from public, anon;
grant execute on function public.search_profiles(text) to authenticated, service_role;
grant execute on function public.search_orders(text) to authenticated, service_role;
grant execute on function public.search_dossiers(text) to authenticated, service_role;
grant execute on function public.search_payment_links(text) to authenticated, service_role;
