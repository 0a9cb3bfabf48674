-- Revert 20250601000802_scope_triggers: the triggers that keep the stored scope, and their functions.
set local lock_timeout = '10s';

drop trigger if exists set_order_agent on public.orders;
drop trigger if exists scope_after_order on public.orders;
drop trigger if exists scope_after_step_instance on public.step_instances;
drop trigger if exists scope_after_payment_link on public.payment_links;
drop trigger if exists scope_after_dossier_owner on public.dossiers;
do $$
begin
  if pg_catalog.to_regclass('private.agent_dossiers') is not null then
    drop trigger if exists scope_after_agent_dossier on private.agent_dossiers;
  end if;
end
$$;
drop function if exists private.scope_after_agent_dossier();
drop function if exists private.scope_after_dossier_owner();
drop function if exists private.scope_after_payment_link();
drop function if exists private.scope_after_step_instance();
drop function if exists private.scope_after_order();
drop function if exists private.set_order_agent();
drop function if exists private.refresh_agent_customer(uuid, uuid);
drop function if exists private.refresh_agent_dossier(uuid, uuid);
