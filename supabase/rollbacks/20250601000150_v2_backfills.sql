-- Revert 20250601000150_v2_backfills: the checks it added. The backfilled values live in v2
-- columns that the revert of 20250601000140 drops; the products it inserted go with the
-- products table (revert of 20250601000120). No v1 column was written.
alter table public.dossiers drop constraint if exists dossiers_product_id_not_null;
alter table public.document_versions drop constraint if exists document_versions_uploaded_by_type_not_null;
alter table public.document_versions drop constraint if exists document_versions_version_number_not_null;
alter table public.document_versions drop constraint if exists document_versions_uploader_check;
alter table public.document_versions drop constraint if exists document_versions_version_number_positive;
alter table public.document_versions drop constraint if exists document_versions_file_size_positive;
alter table public.messages drop constraint if exists messages_sender_type_not_null;
alter table public.messages drop constraint if exists messages_sender_check;
alter table public.events drop constraint if exists events_actor_check;
alter table public.dossier_status_history drop constraint if exists dossier_status_history_new_status_not_null;
alter table public.dossier_status_history drop constraint if exists dossier_status_history_changed_by_type_not_null;
alter table public.dossier_status_history drop constraint if exists dossier_status_history_changed_by_check;
alter table public.document_types drop constraint if exists document_types_updated_at_not_null;
alter table public.document_types drop constraint if exists document_types_max_file_size_positive;
-- The NULLs the backfill filled in a profiles.email column v1 already had (ledger, 20250601000050).
select migration_ledger.revert('20250601000150');
