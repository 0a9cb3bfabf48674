-- squawk-ignore-file require-concurrent-index-creation
-- Performance: what the back-office lists need to read through an index under row-level security
-- (measured with the demo data set, docs/performance.md).
--
-- Under RLS PostgreSQL uses a caller's filter as an index condition only when its operator is
-- LEAKPROOF (the policy's checks must run first otherwise). uuid, text, integer and timestamp
-- comparisons are; enum equality (enum_eq) and jsonb's ->> are not. So:
--   * `events?payload->>dossier_id=eq.X` (the activity page's dossier filter) can never use the
--     expression index on (payload ->> 'dossier_id'): events get a plain uuid column `dossier_id`,
--     filled by a trigger from the event (its entity when it is a dossier, else payload.dossier_id);
--     the SPA filters `dossier_id=eq.X`, a leakproof uuid comparison;
--   * `documents?status=eq.PENDING&order=updated_at.asc` (the review queue) cannot use an index on
--     status, but the planner does use a partial index whose predicate the filter implies.
-- The other indexes serve the lists' default sorts and the detail pages' reference lists.
--
-- squawk's require-concurrent-index-creation is ignored for this file: it runs inside the
-- migration's transaction, where CONCURRENTLY is impossible. On a large production database create
-- them beforehand with `create index concurrently if not exists` and the same name and definition
-- (docs/performance.md); this file then skips them. Re-runnable.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

-- ---------------------------------------------------------------------------------------------
-- events.dossier_id: the dossier an event is about (NULL when none), a real column.
-- ---------------------------------------------------------------------------------------------
alter table public.events add column if not exists dossier_id uuid;

comment on column public.events.dossier_id is
  'The dossier the event is about: entity_id for dossier events, payload.dossier_id otherwise (set by a trigger). '
  'Filter on it rather than on payload->>dossier_id: only this one can use an index under row-level security.';

-- Inline (no helper call): the trigger also fires for inserts made as the API caller, who has no
-- EXECUTE on private functions (a trigger function itself needs none).
create or replace function private.set_event_dossier_id()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.dossier_id is null then
    if new.entity_type = 'dossier' then
      new.dossier_id := new.entity_id;
    elsif new.payload ->> 'dossier_id' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
      new.dossier_id := (new.payload ->> 'dossier_id')::uuid;
    end if;
  end if;
  return new;
end;
$$;

create or replace trigger set_event_dossier_id before insert on public.events
  for each row execute function private.set_event_dossier_id();

revoke all on function private.set_event_dossier_id() from public;

-- Existing events (a migrated database). A second run finds nothing to do.
update public.events e
set dossier_id = case
  when e.entity_type = 'dossier' then e.entity_id
  else (e.payload ->> 'dossier_id')::uuid
end
where e.dossier_id is null
  and (e.entity_type = 'dossier'
       or e.payload ->> 'dossier_id' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$');

create index if not exists idx_events_dossier_id on public.events (dossier_id, created_at desc);

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
