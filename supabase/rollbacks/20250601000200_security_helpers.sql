-- Revert 20250601000200_security_helpers (run after the later security reverts, newest first).
-- Schema private stays: the v2 trigger functions (20250601000180) live there too.
drop function if exists private.visible_customer_ids();
drop function if exists private.owns_payment_link(uuid);
drop function if exists private.own_payment_link_ids();
drop function if exists private.own_link_order_ids();
drop function if exists private.can_see_dossier(uuid);
drop function if exists private.readable_dossier_ids();
drop function if exists private.readable_document_ids();
drop function if exists private.has_role(public.agent_role[]);
drop function if exists private.is_customer();
drop function if exists private.is_active_agent();
drop function if exists private.current_agent_role();
revoke usage on schema private from anon, authenticated;
-- The migration's `alter default privileges in schema private revoke execute on functions from
-- public` leaves no pg_default_acl entry (a per-schema entry can only add to the global default),
-- so there is nothing to undo: granting here would create an entry v1 never had (and that entry
-- would keep schema private alive after a full revert).
select migration_ledger.revert('20250601000200');
