-- Revert 20250601000500_performance_list_indexes: its indexes, the events.dossier_id trigger and
-- column (derived data: nothing is lost, payload.dossier_id still holds it).
drop index if exists public.idx_documents_pending_review;
drop index if exists public.idx_payment_reminders_sent_at;
drop index if exists public.idx_profiles_created_at;
drop index if exists public.idx_documents_updated_at;
drop index if exists public.idx_step_instances_created_at;
drop index if exists public.idx_events_entity_id;
drop index if exists public.idx_events_dossier_id;
drop trigger if exists set_event_dossier_id on public.events;
drop function if exists private.set_event_dossier_id();
alter table public.events drop column if exists dossier_id;
