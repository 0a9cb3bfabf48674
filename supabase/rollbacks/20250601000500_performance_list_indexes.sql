-- Revert 20250601000500_performance_list_indexes: the events policy of 20250601000210 back, the
-- events.dossier_id trigger dropped, then (ledger, 20250601000050) the indexes and the
-- events.dossier_id column this migration created (derived data: nothing is lost, the payload
-- still holds the dossier id). The payload index idx_events_payload_dossier_id is re-created only
-- if v1 had it (the migration recorded its definition before dropping it): no migration creates
-- it, and on a jsonb payload it can fail (a 3 kB dossier_id exceeds a btree row).
set local lock_timeout = '10s';

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
select migration_ledger.revert('20250601000500');
