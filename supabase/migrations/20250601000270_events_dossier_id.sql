-- events.dossier_id: the dossier an event belongs to, derived when the event is written.
--
-- Dossier timelines and the agents' events policy filter events by dossier. Filtering on
-- payload ->> 'dossier_id' cannot use an index for API callers: `->>` is not leakproof, so under
-- row-level security PostgreSQL evaluates it after the policy, row by row (a sequential scan of
-- the events table for every timeline). A plain uuid column with an index can (uuid = is
-- leakproof). It is derived, never trusted from the writer: from the entity (dossier, document,
-- step instance, message, order) or the payload's dossier_id. No foreign key: events are an
-- audit log and outlive what they describe.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

alter table public.events add column if not exists dossier_id uuid;
comment on column public.events.dossier_id is
  'Dossier of the event (derived on insert from its entity or payload); NULL for events outside dossiers.';

create or replace function private.event_dossier_id(p_entity_type text, p_entity_id uuid, p_payload jsonb)
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(
    case when p_entity_type = 'dossier' then p_entity_id end,
    case when (p_payload ->> 'dossier_id') ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
         then (p_payload ->> 'dossier_id')::uuid end,
    case p_entity_type
      when 'document' then (select d.dossier_id from public.documents d where d.id = p_entity_id)
      when 'step_instance' then (select si.dossier_id from public.step_instances si where si.id = p_entity_id)
      when 'message' then (select m.dossier_id from public.messages m where m.id = p_entity_id)
      when 'order' then (select o.dossier_id from public.orders o where o.id = p_entity_id)
    end
  )
$$;

create or replace function private.set_event_dossier_id()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.dossier_id := private.event_dossier_id(new.entity_type, new.entity_id, new.payload);
  return new;
end;
$$;

create or replace trigger set_event_dossier_id before insert on public.events
  for each row execute function private.set_event_dossier_id();

revoke all on function private.event_dossier_id(text, uuid, jsonb) from public, anon, authenticated;
revoke all on function private.set_event_dossier_id() from public, anon, authenticated;

-- Existing events (re-runnable: only rows still without a dossier, only where one is found).
with derived as (
  select e.id, private.event_dossier_id(e.entity_type, e.entity_id, e.payload) as dossier_id
  from public.events e
  where e.dossier_id is null
)
update public.events e
set dossier_id = derived.dossier_id
from derived
where derived.id = e.id and derived.dossier_id is not null;

create index if not exists idx_events_dossier_id on public.events (dossier_id, created_at desc);
drop index if exists public.idx_events_payload_dossier_id;

-- The events policy of 20250601000210, on the indexed column.
drop policy if exists events_select on public.events;
create policy events_select on public.events for select to authenticated
using (
  (select private.has_role('MANAGER', 'ADMIN'))
  or ((select private.has_role('REVIEWER')) and entity_type = 'document')
  or ((select private.has_role('AGENT')) and dossier_id in (select private.readable_dossier_ids()))
);

-- Clients never write it (events are written by the server; this is belt and braces).
revoke update (dossier_id) on public.events from authenticated;
