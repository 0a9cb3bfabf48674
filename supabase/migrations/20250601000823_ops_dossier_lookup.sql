-- Finding a dossier without its full id (issue 9 item 5 of the ops brief: the activity page's
-- dossier filter asked for a complete uuid). public.dossier_lookup lists the dossiers the caller
-- may read with their customer's name and e-mail and a lower-case `search_text` (customer name,
-- e-mail, dossier id), so `dossier_lookup?search_text=ilike.*term*&limit=10` finds a dossier by
-- customer or by the first characters of its id. The activity page then filters events by the
-- chosen dossier's `dossier_id` (an indexed uuid).
--
-- A SECURITY INVOKER view: the caller's row-level security applies to dossiers and profiles.
-- Re-runnable. Revert: supabase/rollbacks/ (same name).

set local lock_timeout = '10s';
set local statement_timeout = '1min';

create or replace view public.dossier_lookup
with (security_invoker = true)
as
select d.id, d.type, d.status, d.created_at, p.full_name as customer_name, p.email as customer_email,
       pg_catalog.lower(pg_catalog.concat_ws(' ', p.full_name, p.email, d.id::text)) as search_text
from public.dossiers d
left join public.profiles p on p.id = d.user_id;

comment on view public.dossier_lookup is
  'Dossiers with their customer (name, e-mail) and a search text, for pickers; caller''s RLS applies.';
revoke all on public.dossier_lookup from public, anon, authenticated;
grant select on public.dossier_lookup to authenticated, service_role;
