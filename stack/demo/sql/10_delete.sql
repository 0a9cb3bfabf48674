-- Demo data generator, part 1: remove the rows of a previous run (idempotency).
--
-- First, rows that are NOT demo data but point at demo rows (someone used the demo data in the
-- UI: a real review of a demo document, a step reassigned to a demo agent...) are handled the way
-- their foreign key says: ON DELETE CASCADE / RESTRICT / NO ACTION -> deleted (with their own
-- cascades, triggers on), SET NULL -> set to NULL. Found from the catalog, so new tables are covered.
-- Then the demo rows themselves (recognised by their id) are deleted with triggers off.

do $$
declare
  fk record;
  v_filter text;
begin
  for fk in
    select c.conrelid::regclass as child, a.attname as child_col, c.confrelid::regclass as parent,
           c.confdeltype, c.conrelid
    from pg_catalog.pg_constraint c
    join pg_catalog.pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    where c.contype = 'f'
      and cardinality(c.conkey) = 1
      and c.confrelid in (
        'auth.users'::regclass, 'public.profiles'::regclass, 'public.agents'::regclass,
        'public.payment_links'::regclass, 'public.orders'::regclass, 'public.dossiers'::regclass,
        'public.step_instances'::regclass, 'public.documents'::regclass,
        'public.document_versions'::regclass, 'public.events'::regclass,
        'public.notifications'::regclass, 'public.messages'::regclass)
      and a.atttypid = 'uuid'::regtype
  loop
    -- Rows of a table keyed by a uuid may be demo rows themselves: those go in the second phase.
    v_filter := format('pg_temp.is_demo(%I)', fk.child_col);
    if exists (select 1 from pg_catalog.pg_attribute i
               where i.attrelid = fk.conrelid and i.attname = 'id' and i.atttypid = 'uuid'::regtype) then
      v_filter := v_filter || ' and not pg_temp.is_demo(id)';
    end if;
    if fk.confdeltype = 'n' then
      execute format('update %s set %I = null where %s', fk.child, fk.child_col, v_filter);
    else
      execute format('delete from %s where %s', fk.child, v_filter);
    end if;
  end loop;
end
$$;

-- Events about demo entities or by demo actors (events have no foreign keys).
delete from public.events e
where not pg_temp.is_demo(e.id)
  and (pg_temp.is_demo(e.entity_id) or coalesce(pg_temp.is_demo(e.actor_id), false));

-- The demo rows, children first. Triggers (and the foreign-key triggers) are off: every row
-- deleted here is demo data and everything that pointed at it is gone already.
set local session_replication_role = replica;

delete from public.notification_deliveries where pg_temp.is_demo(id);
delete from public.notifications where pg_temp.is_demo(id);
delete from public.events where pg_temp.is_demo(id);
delete from public.document_reviews where pg_temp.is_demo(id);
delete from public.document_versions where pg_temp.is_demo(id);
delete from public.documents where pg_temp.is_demo(id);
delete from public.messages where pg_temp.is_demo(id);
delete from public.dossier_status_history where pg_temp.is_demo(id);
delete from public.payment_reminders where pg_temp.is_demo(id);
delete from public.orders where pg_temp.is_demo(id);
delete from public.step_instances where pg_temp.is_demo(id);
delete from public.dossiers where pg_temp.is_demo(id);
delete from public.payment_links where pg_temp.is_demo(id);
delete from public.agents where pg_temp.is_demo(id);
delete from public.profiles where pg_temp.is_demo(id);
delete from auth.identities where pg_temp.is_demo(user_id);
delete from auth.users where pg_temp.is_demo(id);

set local session_replication_role = origin;
