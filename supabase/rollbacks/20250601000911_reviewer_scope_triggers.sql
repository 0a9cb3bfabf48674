-- Revert 20250601000911_reviewer_scope_triggers: the triggers that keep private.review_customers,
-- and their functions.
set local lock_timeout = '10s';

drop trigger if exists review_scope_after_document on public.documents;
drop trigger if exists review_scope_after_dossier on public.dossiers;
drop function if exists private.review_scope_after_dossier();
drop function if exists private.review_scope_after_document();
drop function if exists private.refresh_review_customer(uuid);
