-- squawk-ignore-file require-concurrent-index-creation, require-concurrent-index-deletion
-- Performance: what the back-office lists need to read through an index under row-level security
-- (measured with the demo data set, docs/performance.md).
--
-- Under RLS PostgreSQL uses a caller's filter as an index condition only when its operator is
-- LEAKPROOF (the policy's checks must run first otherwise). uuid, text, integer and timestamp
-- comparisons are; enum equality (enum_eq) and jsonb's ->> are not. So:
--   * `events?payload->>dossier_id=eq.X` (the activity page's dossier filter, and the agents'
--     events policy) can never use the expression index on (payload ->> 'dossier_id'): events get a
--     plain uuid column `dossier_id`, derived by a trigger; the SPA filters `dossier_id=eq.X`, a
--     leakproof uuid comparison, and the policy uses it too;
--   * `documents?status=eq.PENDING&order=updated_at.asc` (the review queue) cannot use an index on
--     status, but the planner does use a partial index whose predicate the filter implies.
-- The other indexes serve the lists' default sorts and the detail pages' reference lists.
--
-- squawk's require-concurrent-index-creation/-deletion are ignored for this file: it runs inside the
-- migration's transaction, where CONCURRENTLY is impossible. On a large production database create
-- them beforehand with `create index concurrently if not exists` and the same name and definition
-- (docs/performance.md); this file then skips them. Re-runnable.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

-- Ledger (20250601000050): what may already be there is kept by the rollback; the payload index
-- this migration drops is recorded with its definition when it exists, so that the rollback puts
-- back only an index v1 had (it never creates one no migration created).
select migration_ledger.note_all('20250601000500', 'column', array[
    'public.events.dossier_id']);
select migration_ledger.note_all('20250601000500', 'index', array[
    'public.idx_events_dossier_id', 'public.idx_events_entity_id',
    'public.idx_step_instances_created_at', 'public.idx_documents_updated_at',
    'public.idx_profiles_created_at', 'public.idx_payment_reminders_sent_at',
    'public.idx_documents_pending_review']);
select migration_ledger.note('20250601000500', 'dropped index', 'public.idx_events_payload_dossier_id',
  pg_catalog.jsonb_build_object('definition', pg_catalog.pg_get_indexdef(pg_catalog.to_regclass('public.idx_events_payload_dossier_id'))));

-- ---------------------------------------------------------------------------------------------
-- events.dossier_id: the dossier an event is about (NULL when none), a real column, derived when
-- the event is written, never trusted from the writer: from the entity (dossier, document, step
-- instance, message, order) or the payload's dossier_id. No foreign key: events are an audit log
-- and outlive what they describe.
-- ---------------------------------------------------------------------------------------------
alter table public.events add column if not exists dossier_id uuid;

comment on column public.events.dossier_id is
  'Dossier of the event (derived on insert from its entity or payload); NULL for events outside dossiers. '
  'Filter on it rather than on payload->>dossier_id: only this one can use an index under row-level security.';

-- SECURITY DEFINER: it reads the entity's row whatever the writer may see.
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

-- SECURITY DEFINER too: the trigger also fires for inserts made as the API caller, who has no
-- EXECUTE on private.event_dossier_id.
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

-- Existing events (a migrated database; re-runnable: only rows still without a dossier, only
-- where one is found). The same derivation as private.event_dossier_id, set-based (joins instead
-- of a function call per row: several times faster on a big events table).
with derived as (
  select ev.id,
         coalesce(
           case when ev.entity_type = 'dossier' then ev.entity_id end,
           case when (ev.payload ->> 'dossier_id') ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                then (ev.payload ->> 'dossier_id')::uuid end,
           doc.dossier_id, si.dossier_id, m.dossier_id, o.dossier_id
         ) as dossier_id
  from public.events ev
  left join public.documents doc on ev.entity_type = 'document' and doc.id = ev.entity_id
  left join public.step_instances si on ev.entity_type = 'step_instance' and si.id = ev.entity_id
  left join public.messages m on ev.entity_type = 'message' and m.id = ev.entity_id
  left join public.orders o on ev.entity_type = 'order' and o.id = ev.entity_id
  where ev.dossier_id is null
)
update public.events e
set dossier_id = derived.dossier_id
from derived
where derived.id = e.id and derived.dossier_id is not null;

create index if not exists idx_events_dossier_id on public.events (dossier_id, created_at desc);

-- The expression index on payload ->> 'dossier_id' (20250601000210) serves nobody under RLS and
-- costs every insert: the column above replaces it.
drop index if exists public.idx_events_payload_dossier_id;

-- The events policy of 20250601000210 on the indexed column, same meaning: an AGENT reads the
-- events of the dossiers they may read (the column covers both of its former conditions).
drop policy if exists events_select on public.events;
create policy events_select on public.events for select to authenticated
using (
  (select private.has_role('MANAGER', 'ADMIN'))
  or ((select private.has_role('REVIEWER')) and entity_type = 'document')
  or ((select private.has_role('AGENT')) and dossier_id in (select private.readable_dossier_ids()))
);

-- Clients never write it (events are written by the server; belt and braces).
revoke update (dossier_id) on public.events from authenticated;

-- Detail pages list an entity's events by entity_id alone (react-admin's ReferenceManyField
-- target="entity_id"): idx_events_entity starts with entity_type and cannot serve that.
create index if not exists idx_events_entity_id on public.events (entity_id, created_at desc);

-- ---------------------------------------------------------------------------------------------
-- Default sorts of the lists.
-- ---------------------------------------------------------------------------------------------
create index if not exists idx_step_instances_created_at on public.step_instances (created_at desc);
create index if not exists idx_documents_updated_at on public.documents (updated_at desc);
create index if not exists idx_profiles_created_at on public.profiles (created_at desc);
create index if not exists idx_payment_reminders_sent_at on public.payment_reminders (sent_at desc);

-- The review queue: documents waiting for a review, oldest first.
create index if not exists idx_documents_pending_review on public.documents (updated_at)
  where status = 'PENDING';

