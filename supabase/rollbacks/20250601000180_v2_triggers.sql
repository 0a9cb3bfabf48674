-- Revert 20250601000180_v2_triggers: every v2 trigger and trigger function (the v1 baseline had
-- none). Schema private is dropped only when this migration created it and nothing is left in it.
drop trigger if exists sync_auth_user_email on auth.users;
drop trigger if exists set_event_actor on public.events;
drop trigger if exists message_sent on public.messages;
drop trigger if exists set_message_sender on public.messages;
drop trigger if exists document_version_created on public.document_versions;
drop trigger if exists set_document_version_defaults on public.document_versions;
drop trigger if exists set_document_step_instance on public.documents;
drop trigger if exists set_step_instance_timestamps on public.step_instances;
drop trigger if exists dossier_status_history_sync on public.dossier_status_history;
drop trigger if exists dossier_status_changed on public.dossiers;
drop trigger if exists dossier_created on public.dossiers;
drop trigger if exists set_dossier_completed_at on public.dossiers;
drop trigger if exists set_dossier_product on public.dossiers;
drop trigger if exists update_profiles_updated_at on public.profiles;
drop trigger if exists update_agents_updated_at on public.agents;
drop trigger if exists update_products_updated_at on public.products;
drop trigger if exists update_document_types_updated_at on public.document_types;
drop trigger if exists update_dossiers_updated_at on public.dossiers;
drop trigger if exists update_documents_updated_at on public.documents;
drop trigger if exists update_orders_updated_at on public.orders;

drop function if exists private.sync_auth_user_email();
drop function if exists private.set_event_actor();
drop function if exists private.create_message_sent_event();
drop function if exists private.set_message_sender();
drop function if exists private.create_document_upload_event();
drop function if exists private.set_document_version_defaults();
drop function if exists private.set_document_step_instance();
drop function if exists private.set_step_instance_timestamps();
drop function if exists private.sync_dossier_status_history();
drop function if exists private.create_dossier_status_event();
drop function if exists private.create_dossier_created_event();
drop function if exists private.set_dossier_completed_at();
drop function if exists private.set_dossier_product();
drop function if exists private.current_actor_type();
drop function if exists private.current_actor_id();
drop function if exists private.actor_type_of(uuid);
drop function if exists public.update_updated_at_column();

-- Schema private: dropped if this migration created it (ledger, 20250601000050) and it is empty.
select migration_ledger.revert('20250601000180');
