-- v2: validate the checks added after the backfills (a separate transaction from NOT VALID, so
-- the long scan only takes SHARE UPDATE EXCLUSIVE), then turn the not-null checks into NOT NULL
-- (PostgreSQL skips the table scan when a valid CHECK proves it) and drop those checks.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

-- Foreign keys added NOT VALID in 20250601000140.
alter table public.dossiers validate constraint dossiers_product_id_fkey;
alter table public.step_instances validate constraint step_instances_assigned_to_fkey;
alter table public.documents validate constraint documents_step_instance_id_fkey;
alter table public.notifications validate constraint notifications_event_id_fkey;

-- Permanent checks.
alter table public.document_versions validate constraint document_versions_uploader_check;
alter table public.document_versions validate constraint document_versions_version_number_positive;
alter table public.document_versions validate constraint document_versions_file_size_positive;
alter table public.messages validate constraint messages_sender_check;
alter table public.events validate constraint events_actor_check;
alter table public.dossier_status_history validate constraint dossier_status_history_changed_by_check;
alter table public.document_types validate constraint document_types_max_file_size_positive;

-- NOT NULL via a validated CHECK.
alter table public.agents validate constraint agents_updated_at_not_null;
alter table public.agents alter column updated_at set not null;
alter table public.agents drop constraint if exists agents_updated_at_not_null;

alter table public.dossiers validate constraint dossiers_product_id_not_null;
alter table public.dossiers alter column product_id set not null;
alter table public.dossiers drop constraint if exists dossiers_product_id_not_null;

alter table public.document_versions validate constraint document_versions_uploaded_by_type_not_null;
alter table public.document_versions alter column uploaded_by_type set not null;
alter table public.document_versions drop constraint if exists document_versions_uploaded_by_type_not_null;

alter table public.document_versions validate constraint document_versions_version_number_not_null;
alter table public.document_versions alter column version_number set not null;
alter table public.document_versions drop constraint if exists document_versions_version_number_not_null;

alter table public.messages validate constraint messages_sender_type_not_null;
alter table public.messages alter column sender_type set not null;
alter table public.messages drop constraint if exists messages_sender_type_not_null;

alter table public.dossier_status_history validate constraint dossier_status_history_new_status_not_null;
alter table public.dossier_status_history alter column new_status set not null;
alter table public.dossier_status_history drop constraint if exists dossier_status_history_new_status_not_null;

alter table public.dossier_status_history validate constraint dossier_status_history_changed_by_type_not_null;
alter table public.dossier_status_history alter column changed_by_type set not null;
alter table public.dossier_status_history drop constraint if exists dossier_status_history_changed_by_type_not_null;

alter table public.document_types validate constraint document_types_updated_at_not_null;
alter table public.document_types alter column updated_at set not null;
alter table public.document_types drop constraint if exists document_types_updated_at_not_null;
