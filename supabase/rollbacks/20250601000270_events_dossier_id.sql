-- Revert 20250601000270_events_dossier_id: back to the payload-based events policy.
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
drop trigger if exists set_event_dossier_id on public.events;
drop function if exists private.set_event_dossier_id();
drop function if exists private.event_dossier_id(text, uuid, jsonb);
drop index if exists public.idx_events_dossier_id;
alter table public.events drop column if exists dossier_id;
