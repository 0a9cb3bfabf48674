-- Revert 20250601000840_lists_search_trigram: the search functions, the trigram indexes, and the
-- pg_trgm extension when this migration created it (ledger, 20250601000050: one that was there
-- before stays).
set local lock_timeout = '10s';

drop function if exists public.search_profiles(text);
drop function if exists public.search_orders(text);
drop function if exists public.search_dossiers(text);
drop function if exists public.search_payment_links(text);
drop function if exists private.matching_profile_ids(text);
drop function if exists private.matching_payment_link_ids(text);
drop function if exists private.search_pattern(text);

-- Indexes this migration created (the ledger keeps ones that existed before).
do $$
begin
  if not migration_ledger.preexisted('20250601000840', 'extension', 'pg_trgm') then
    -- the indexes depend on the extension's operator classes: they go first (ledger below is a no-op then)
    drop index if exists public.idx_profiles_full_name_trgm;
    drop index if exists public.idx_profiles_email_trgm;
    drop index if exists public.idx_profiles_phone_trgm;
    drop index if exists public.idx_payment_links_prospect_name_trgm;
    drop index if exists public.idx_payment_links_prospect_email_trgm;
    drop extension if exists pg_trgm;
  end if;
end;
$$;
select migration_ledger.revert('20250601000840');
