-- v2: triggers (guide step 5, corrected).
--
-- The trigger functions that write to other tables (events, history) are SECURITY DEFINER so
-- they work for API callers under row-level security (B-13); every one pins `search_path = ''`
-- and qualifies every name. They live in schema private, which the API does not expose, and
-- nobody is granted EXECUTE on them (a trigger does not need it to fire).
--
-- The actor of a change is the API caller: auth.uid() -> AGENT when it is an agents row, USER
-- otherwise; SYSTEM when there is no user (service role, jobs, migrations). Writers may also
-- pass the actor explicitly.

set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- Ledger (20250601000050): the rollback drops schema private only if this migration created it.
select migration_ledger.note('20250601000180', 'schema', 'private');

create schema if not exists private;

-- ---------------------------------------------------------------------------------------------
-- Actor helpers.
-- ---------------------------------------------------------------------------------------------
create or replace function private.actor_type_of(p_id uuid)
returns public.actor_type
language sql stable security definer
set search_path = ''
as $$
  select case
    when p_id is null then 'SYSTEM'::public.actor_type
    when exists (select 1 from public.agents a where a.id = p_id) then 'AGENT'::public.actor_type
    else 'USER'::public.actor_type
  end
$$;

create or replace function private.current_actor_id()
returns uuid
language sql stable
set search_path = ''
as $$
  select auth.uid()
$$;

create or replace function private.current_actor_type()
returns public.actor_type
language sql stable security definer
set search_path = ''
as $$
  select private.actor_type_of(auth.uid())
$$;

-- ---------------------------------------------------------------------------------------------
-- updated_at (guide name, B-05: only on tables that have the column).
-- ---------------------------------------------------------------------------------------------
create or replace function public.update_updated_at_column()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := pg_catalog.now();
  return new;
end;
$$;

create or replace trigger update_profiles_updated_at before update on public.profiles
  for each row execute function public.update_updated_at_column();
create or replace trigger update_agents_updated_at before update on public.agents
  for each row execute function public.update_updated_at_column();
create or replace trigger update_products_updated_at before update on public.products
  for each row execute function public.update_updated_at_column();
create or replace trigger update_document_types_updated_at before update on public.document_types
  for each row execute function public.update_updated_at_column();
create or replace trigger update_dossiers_updated_at before update on public.dossiers
  for each row execute function public.update_updated_at_column();
create or replace trigger update_documents_updated_at before update on public.documents
  for each row execute function public.update_updated_at_column();
create or replace trigger update_orders_updated_at before update on public.orders
  for each row execute function public.update_updated_at_column();

-- ---------------------------------------------------------------------------------------------
-- dossiers
-- ---------------------------------------------------------------------------------------------
-- A dossier written with only its type (v1 writers) gets the product of that type; one written
-- with only its product gets the product's type (B-10, B-28). The composite FK
-- (product_id, type) -> products (id, dossier_type) rejects a mismatch.
create or replace function private.set_dossier_product()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.product_id is null and new.type is not null then
    select p.id into new.product_id
    from public.products p
    where p.dossier_type = new.type
    order by (p.code = case new.type::text
                when 'LLC' then 'LLC_FORMATION'
                when 'CORP' then 'CORP_FORMATION'
                when 'DUBAI' then 'DUBAI_SETUP'
              end) desc nulls last,
             p.active desc, p.created_at, p.id
    limit 1;
  elsif new.type is null and new.product_id is not null then
    select p.dossier_type into new.type from public.products p where p.id = new.product_id;
  end if;
  return new;
end;
$$;

create or replace trigger set_dossier_product before insert on public.dossiers
  for each row execute function private.set_dossier_product();

-- completed_at follows the COMPLETED status (B-14).
create or replace function private.set_dossier_completed_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.status = 'COMPLETED' then
    if tg_op = 'INSERT' or old.status is distinct from 'COMPLETED' then
      new.completed_at := coalesce(new.completed_at, pg_catalog.now());
    end if;
  elsif tg_op = 'UPDATE' and old.status = 'COMPLETED' then
    new.completed_at := null;
  end if;
  return new;
end;
$$;

create or replace trigger set_dossier_completed_at before insert or update of status on public.dossiers
  for each row execute function private.set_dossier_completed_at();

-- DOSSIER_CREATED event and the initial history row (B-14).
create or replace function private.create_dossier_created_event()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.events (entity_type, entity_id, event_type, payload, actor_type, actor_id)
  values (
    'dossier', new.id, 'DOSSIER_CREATED',
    pg_catalog.jsonb_build_object(
      'dossier_id', new.id, 'dossier_type', new.type, 'product_id', new.product_id,
      'status', new.status, 'user_id', new.user_id
    ),
    private.current_actor_type(), private.current_actor_id()
  );

  insert into public.dossier_status_history (dossier_id, old_status, new_status, changed_by_type, changed_by_id)
  values (new.id, null, new.status, private.current_actor_type(), private.current_actor_id());

  return new;
end;
$$;

create or replace trigger dossier_created after insert on public.dossiers
  for each row execute function private.create_dossier_created_event();

-- DOSSIER_STATUS_CHANGED event + history row with old/new status and the actor, only when the
-- status really changes (B-13, B-14, B-15, B-16).
create or replace function private.create_dossier_status_event()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.events (entity_type, entity_id, event_type, payload, actor_type, actor_id)
  values (
    'dossier', new.id, 'DOSSIER_STATUS_CHANGED',
    pg_catalog.jsonb_build_object(
      'dossier_id', new.id, 'old_status', old.status, 'new_status', new.status, 'dossier_type', new.type
    ),
    private.current_actor_type(), private.current_actor_id()
  );

  insert into public.dossier_status_history (dossier_id, old_status, new_status, changed_by_type, changed_by_id)
  values (new.id, old.status, new.status, private.current_actor_type(), private.current_actor_id());

  return new;
end;
$$;

create or replace trigger dossier_status_changed after update of status on public.dossiers
  for each row when (old.status is distinct from new.status)
  execute function private.create_dossier_status_event();

-- ---------------------------------------------------------------------------------------------
-- dossier_status_history: v1 column status and v2 new_status kept in sync (B-04); actor and
-- old_status filled when a writer leaves them out; a v1 writer's row and the trigger's row for
-- the same change in the same transaction collapse into one (B-16).
-- ---------------------------------------------------------------------------------------------
create or replace function private.sync_dossier_status_history()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_existing uuid;
begin
  if tg_op = 'UPDATE' then
    if new.new_status is distinct from old.new_status then
      new.status := new.new_status;
    elsif new.status is distinct from old.status and new.status is not null then
      new.new_status := new.status;
    end if;
    return new;
  end if;

  new.new_status := coalesce(new.new_status, new.status);
  new.status := coalesce(new.status, new.new_status);

  if new.changed_by_type is null then
    if new.changed_by_id is not null then
      new.changed_by_type := private.actor_type_of(new.changed_by_id);
    else
      new.changed_by_type := private.current_actor_type();
      new.changed_by_id := private.current_actor_id();
    end if;
  end if;

  select h.id into v_existing
  from public.dossier_status_history h
  where h.dossier_id = new.dossier_id
    and h.new_status = new.new_status
    and h.created_at = pg_catalog.now()
    and new.created_at = pg_catalog.now()
  limit 1;
  if v_existing is not null then
    update public.dossier_status_history h
    set changed_by_id = coalesce(h.changed_by_id, new.changed_by_id),
        changed_by_type = case when h.changed_by_id is null then new.changed_by_type else h.changed_by_type end,
        old_status = coalesce(h.old_status, new.old_status)
    where h.id = v_existing;
    return null;
  end if;

  if new.old_status is null then
    select h.new_status into new.old_status
    from public.dossier_status_history h
    where h.dossier_id = new.dossier_id
    order by h.created_at desc, h.id desc
    limit 1;
  end if;

  return new;
end;
$$;

create or replace trigger dossier_status_history_sync
  before insert or update on public.dossier_status_history
  for each row execute function private.sync_dossier_status_history();

-- ---------------------------------------------------------------------------------------------
-- step_instances: started_at / completed_at / due_at follow the status.
-- ---------------------------------------------------------------------------------------------
create or replace function private.set_step_instance_timestamps()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_hours integer;
begin
  if new.status in ('IN_PROGRESS', 'COMPLETED') and new.started_at is null then
    new.started_at := pg_catalog.now();
  end if;
  if new.status = 'COMPLETED' then
    new.completed_at := coalesce(new.completed_at, pg_catalog.now());
  elsif tg_op = 'UPDATE' and old.status = 'COMPLETED' then
    new.completed_at := null;
  end if;
  if new.due_at is null and new.started_at is not null then
    select ps.estimated_duration_hours into v_hours
    from public.dossiers d
    join public.product_steps ps on ps.product_id = d.product_id and ps.step_id = new.step_id
    where d.id = new.dossier_id;
    if v_hours is not null then
      new.due_at := new.started_at + pg_catalog.make_interval(hours => v_hours);
    end if;
  end if;
  return new;
end;
$$;

create or replace trigger set_step_instance_timestamps
  before insert or update of status, started_at on public.step_instances
  for each row execute function private.set_step_instance_timestamps();

-- ---------------------------------------------------------------------------------------------
-- documents: attached to their step instance when the writer does not say (B-11).
-- ---------------------------------------------------------------------------------------------
create or replace function private.set_document_step_instance()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.step_instance_id is null then
    select si.id into new.step_instance_id
    from public.document_types dt
    join public.step_instances si on si.step_id = dt.required_step_id and si.dossier_id = new.dossier_id
    where dt.id = new.document_type_id
    order by si.created_at desc, si.id desc
    limit 1;
  end if;
  return new;
end;
$$;

create or replace trigger set_document_step_instance before insert on public.documents
  for each row execute function private.set_document_step_instance();

-- ---------------------------------------------------------------------------------------------
-- document_versions: next version number per document (B-09), uploader (B-07/B-08), the
-- DOCUMENT_UPLOADED event with the actor (B-14), and the document back in the review queue.
-- ---------------------------------------------------------------------------------------------
create or replace function private.set_document_version_defaults()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.uploaded_by_type is null then
    if new.uploaded_by_id is not null then
      new.uploaded_by_type := private.actor_type_of(new.uploaded_by_id);
    else
      new.uploaded_by_type := private.current_actor_type();
      new.uploaded_by_id := private.current_actor_id();
    end if;
  end if;
  if new.file_name is null and new.storage_path is not null then
    new.file_name := pg_catalog.regexp_replace(new.storage_path, '^.*/', '');
  end if;
  if new.version_number is null then
    -- Serialize concurrent uploads of the same document.
    perform 1 from public.documents d where d.id = new.document_id for update;
    select coalesce(max(v.version_number), 0) + 1 into new.version_number
    from public.document_versions v
    where v.document_id = new.document_id;
  end if;
  return new;
end;
$$;

create or replace trigger set_document_version_defaults before insert on public.document_versions
  for each row execute function private.set_document_version_defaults();

create or replace function private.create_document_upload_event()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_dossier_id uuid;
begin
  update public.documents d
  set status = 'PENDING'
  where d.id = new.document_id and d.status is distinct from 'PENDING'
  returning d.dossier_id into v_dossier_id;
  if v_dossier_id is null then
    select d.dossier_id into v_dossier_id from public.documents d where d.id = new.document_id;
  end if;

  insert into public.events (entity_type, entity_id, event_type, payload, actor_type, actor_id)
  values (
    'document', new.document_id, 'DOCUMENT_UPLOADED',
    pg_catalog.jsonb_build_object(
      'version_id', new.id,
      'version_number', new.version_number,
      'file_name', new.file_name,
      'dossier_id', v_dossier_id,
      'uploaded_by_type', new.uploaded_by_type,
      'uploaded_by_id', new.uploaded_by_id
    ),
    new.uploaded_by_type, new.uploaded_by_id
  );
  return new;
end;
$$;

create or replace trigger document_version_created after insert on public.document_versions
  for each row execute function private.create_document_upload_event();

-- ---------------------------------------------------------------------------------------------
-- messages: sender defaults and the MESSAGE_SENT event (B-14).
-- ---------------------------------------------------------------------------------------------
create or replace function private.set_message_sender()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.sender_type is null then
    if new.sender_id is not null then
      new.sender_type := private.actor_type_of(new.sender_id);
    else
      new.sender_type := private.current_actor_type();
      new.sender_id := private.current_actor_id();
    end if;
  end if;
  return new;
end;
$$;

create or replace trigger set_message_sender before insert on public.messages
  for each row execute function private.set_message_sender();

create or replace function private.create_message_sent_event()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.events (entity_type, entity_id, event_type, payload, actor_type, actor_id)
  values (
    'message', new.id, 'MESSAGE_SENT',
    pg_catalog.jsonb_build_object('dossier_id', new.dossier_id, 'message_id', new.id),
    new.sender_type, new.sender_id
  );
  return new;
end;
$$;

create or replace trigger message_sent after insert on public.messages
  for each row execute function private.create_message_sent_event();

-- ---------------------------------------------------------------------------------------------
-- events: the actor when the writer does not give one.
-- ---------------------------------------------------------------------------------------------
create or replace function private.set_event_actor()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.actor_type is null then
    if new.actor_id is not null then
      new.actor_type := private.actor_type_of(new.actor_id);
    else
      new.actor_type := private.current_actor_type();
      new.actor_id := private.current_actor_id();
    end if;
  end if;
  return new;
end;
$$;

create or replace trigger set_event_actor before insert on public.events
  for each row execute function private.set_event_actor();

-- ---------------------------------------------------------------------------------------------
-- auth.users e-mail changes reach the copies in profiles and agents.
-- ---------------------------------------------------------------------------------------------
create or replace function private.sync_auth_user_email()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.profiles p set email = new.email
  where p.id = new.id and p.email is distinct from new.email;
  update public.agents a set email = new.email
  where a.id = new.id and a.email is distinct from new.email;
  return new;
end;
$$;

create or replace trigger sync_auth_user_email after update of email on auth.users
  for each row when (old.email is distinct from new.email)
  execute function private.sync_auth_user_email();

-- Nobody calls these directly.
revoke all on function private.actor_type_of(uuid) from public;
revoke all on function private.current_actor_id() from public;
revoke all on function private.current_actor_type() from public;
revoke all on function private.set_dossier_product() from public;
revoke all on function private.set_dossier_completed_at() from public;
revoke all on function private.create_dossier_created_event() from public;
revoke all on function private.create_dossier_status_event() from public;
revoke all on function private.sync_dossier_status_history() from public;
revoke all on function private.set_step_instance_timestamps() from public;
revoke all on function private.set_document_step_instance() from public;
revoke all on function private.set_document_version_defaults() from public;
revoke all on function private.create_document_upload_event() from public;
revoke all on function private.set_message_sender() from public;
revoke all on function private.create_message_sent_event() from public;
revoke all on function private.set_event_actor() from public;
revoke all on function private.sync_auth_user_email() from public;
revoke all on function public.update_updated_at_column() from public, anon, authenticated;
