-- Revert 20250601000500_performance_list_indexes: its indexes, the events policy and the payload
-- index of 20250601000210 back, the events.dossier_id trigger and column dropped (derived data:
-- nothing is lost, the payload still holds the dossier id).
set local lock_timeout = '10s';

drop index if exists public.idx_documents_pending_review;
drop index if exists public.idx_payment_reminders_sent_at;
drop index if exists public.idx_profiles_created_at;
drop index if exists public.idx_documents_updated_at;
drop index if exists public.idx_step_instances_created_at;
drop index if exists public.idx_events_entity_id;

create index if not exists idx_events_payload_dossier_id on public.events ((payload ->> 'dossier_id'));
drop policy if exists events_select on public.events;
create policy events_select on public.events for select to authenticated
using (
  (select private.has_role('MANAGER', 'ADMIN'))
  or ((select private.has_role('REVIEWER')) and entity_type = 'document')
  or (
    (select private.has_role('AGENT'))
    and (
      (payload ->> 'dossier_id') in (select x::text from private.readable_dossier_ids() x)
      or (entity_type = 'dossier' and entity_id in (select private.readable_dossier_ids()))
    )
  )
);

drop index if exists public.idx_events_dossier_id;
drop trigger if exists set_event_dossier_id on public.events;
drop function if exists private.set_event_dossier_id();
drop function if exists private.event_dossier_id(text, uuid, jsonb);
alter table public.events drop column if exists dossier_id;
