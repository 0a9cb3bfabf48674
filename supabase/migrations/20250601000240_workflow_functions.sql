-- Business operations of the back-office, called through PostgREST (`rpc`):
--   review_document_version, complete_step_instance, assign_step_instance, change_dossier_status,
--   and get_my_role for the SPA. (cancel_payment_link lives with the payments SQL, 20250601000320.)
--
-- Each public function is a thin SECURITY INVOKER wrapper around its implementation in schema
-- private, which is SECURITY DEFINER (it writes events, notifications and rows the caller's
-- policies do not open) and therefore checks the caller's role itself, first thing, reading the
-- agents table (never the JWT). Keeping the definer out of the exposed schema keeps the advisor's
-- *_security_definer_function_executable lints clean; the private function is reachable only
-- through its wrapper.
--
-- Errors (SQLSTATE -> PostgREST HTTP status): 42501 not allowed (403), P0002 not found (400),
-- 22023 invalid argument (400), P0001 / 23514 rule violated (400). Messages say what is wrong.

set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- ---------------------------------------------------------------------------------------------
-- Completing a step instance and moving the dossier on (shared by complete and review).
-- ---------------------------------------------------------------------------------------------
create or replace function private.complete_step_instance_core(p_step_instance_id uuid)
returns table (step_instance_id uuid, next_step_instance_id uuid, dossier_id uuid, dossier_status public.dossier_status_code)
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_si public.step_instances;
  v_dossier public.dossiers;
  v_next_step uuid;
  v_next public.step_instances;
begin
  select * into v_si from public.step_instances si where si.id = p_step_instance_id for update;
  if v_si.id is null then
    raise exception using errcode = 'P0002', message = 'no such step instance';
  end if;
  if v_si.status = 'COMPLETED' then
    raise exception using errcode = 'P0001', message = 'this step is already completed';
  end if;

  update public.step_instances si set status = 'COMPLETED' where si.id = v_si.id returning * into v_si;
  insert into public.events (entity_type, entity_id, event_type, payload)
  values ('step_instance', v_si.id, 'STEP_COMPLETED',
          pg_catalog.jsonb_build_object('dossier_id', v_si.dossier_id, 'step_instance_id', v_si.id,
            'step_id', v_si.step_id, 'assigned_to', v_si.assigned_to));

  select * into v_dossier from public.dossiers d where d.id = v_si.dossier_id for update;
  if v_dossier.current_step_instance_id is null then
    update public.dossiers d set current_step_instance_id = v_si.id where d.id = v_dossier.id
    returning * into v_dossier;
  end if;

  -- Only completing the current step moves the dossier on.
  if v_dossier.current_step_instance_id = v_si.id and v_dossier.product_id is not null then
    loop
      v_next_step := public.get_next_step_for_dossier(v_dossier.id);
      exit when v_next_step is null;
      select * into v_next from public.step_instances si
      where si.dossier_id = v_dossier.id and si.step_id = v_next_step
      order by (si.status = 'COMPLETED'), si.created_at, si.id
      limit 1
      for update;
      if v_next.id is null then
        insert into public.step_instances (dossier_id, step_id, status)
        values (v_dossier.id, v_next_step, 'IN_PROGRESS')
        returning * into v_next;
      elsif v_next.status = 'PENDING' then
        update public.step_instances si set status = 'IN_PROGRESS' where si.id = v_next.id returning * into v_next;
      end if;
      update public.dossiers d set current_step_instance_id = v_next.id where d.id = v_dossier.id
      returning * into v_dossier;
      -- A step completed ahead of time: keep walking.
      exit when v_next.status <> 'COMPLETED';
      v_next := null;
    end loop;

    if v_next.id is null or v_next.status = 'COMPLETED' then
      -- After the last step: the dossier is complete (completed_at and history by trigger).
      update public.dossiers d set status = 'COMPLETED' where d.id = v_dossier.id and d.status <> 'COMPLETED'
      returning * into v_dossier;
      select * into v_dossier from public.dossiers d where d.id = v_si.dossier_id;
      v_next := null;
    elsif v_dossier.status = 'QUALIFICATION' then
      update public.dossiers d set status = 'IN_PROGRESS' where d.id = v_dossier.id returning * into v_dossier;
    end if;
  end if;

  return query select v_si.id, v_next.id, v_dossier.id, v_dossier.status;
end;
$$;

-- ---------------------------------------------------------------------------------------------
-- complete_step_instance: the assignee (an active agent), a MANAGER or an ADMIN.
-- ---------------------------------------------------------------------------------------------
create or replace function private.complete_step_instance(p_step_instance_id uuid)
returns table (step_instance_id uuid, next_step_instance_id uuid, dossier_id uuid, dossier_status public.dossier_status_code)
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_si public.step_instances;
begin
  if not private.is_active_agent() then
    raise exception using errcode = '42501', message = 'only active agents can complete steps';
  end if;
  select * into v_si from public.step_instances si where si.id = p_step_instance_id for update;
  if v_si.id is null then
    raise exception using errcode = 'P0002', message = 'no such step instance';
  end if;
  if not (private.has_role('MANAGER', 'ADMIN') or v_si.assigned_to = auth.uid()) then
    raise exception using errcode = '42501', message = 'only the assignee, a manager or an admin can complete this step';
  end if;
  if v_si.status = 'COMPLETED' then
    raise exception using errcode = 'P0001', message = 'this step is already completed';
  end if;
  if not coalesce(public.are_step_documents_complete(v_si.id), false) then
    raise exception using errcode = 'P0001', message = 'the documents this step requires are not all approved';
  end if;
  return query select * from private.complete_step_instance_core(v_si.id);
end;
$$;

create or replace function public.complete_step_instance(p_step_instance_id uuid)
returns table (step_instance_id uuid, next_step_instance_id uuid, dossier_id uuid, dossier_status public.dossier_status_code)
language sql
security invoker
set search_path = ''
as $$
  select * from private.complete_step_instance(p_step_instance_id)
$$;
comment on function public.complete_step_instance(uuid) is
  'Completes a step instance (its assignee, a manager or an admin) and moves the dossier to its next step; completes the dossier after its last step.';

-- ---------------------------------------------------------------------------------------------
-- review_document_version: REVIEWER or ADMIN (product.md §2: reviewers create reviews, managers
-- read them). One review per version, also under concurrency (the version row is locked).
-- ---------------------------------------------------------------------------------------------
create or replace function private.review_document_version(p_version_id uuid, p_decision text, p_notes text default null)
returns public.document_reviews
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_version public.document_versions;
  v_document public.documents;
  v_dossier public.dossiers;
  v_review public.document_reviews;
  v_label text;
  v_event_id uuid;
  v_notes text := nullif(pg_catalog.btrim(p_notes), '');
begin
  if not private.has_role('REVIEWER', 'ADMIN') then
    raise exception using errcode = '42501', message = 'only active reviewers and admins can review documents';
  end if;
  if p_decision is null or p_decision not in ('APPROVED', 'REJECTED') then
    raise exception using errcode = '22023', message = 'decision must be APPROVED or REJECTED';
  end if;
  if p_decision = 'REJECTED' and v_notes is null then
    raise exception using errcode = '22023', message = 'notes are required to reject a document (the customer is told why)';
  end if;

  select * into v_version from public.document_versions v where v.id = p_version_id for update;
  if v_version.id is null then
    raise exception using errcode = 'P0002', message = 'no such document version';
  end if;
  select * into v_document from public.documents d where d.id = v_version.document_id for update;
  if exists (select 1 from public.document_reviews r where r.document_version_id = v_version.id) then
    raise exception using errcode = 'P0001', message = 'this document version has already been reviewed';
  end if;
  if exists (select 1 from public.document_versions v
             where v.document_id = v_version.document_id and v.version_number > v_version.version_number) then
    raise exception using errcode = 'P0001', message = 'a newer version of this document exists: review that one';
  end if;

  insert into public.document_reviews (document_version_id, reviewer_id, decision, notes)
  values (v_version.id, auth.uid(), p_decision::public.document_status, v_notes)
  returning * into v_review;

  update public.documents d set status = p_decision::public.document_status where d.id = v_document.id
  returning * into v_document;

  select * into v_dossier from public.dossiers d where d.id = v_document.dossier_id;
  select dt.label into v_label from public.document_types dt where dt.id = v_document.document_type_id;

  insert into public.events (entity_type, entity_id, event_type, payload)
  values ('document', v_document.id, 'DOCUMENT_REVIEWED',
          pg_catalog.jsonb_build_object('dossier_id', v_document.dossier_id, 'document_id', v_document.id,
            'version_id', v_version.id, 'version_number', v_version.version_number, 'review_id', v_review.id,
            'decision', p_decision, 'notes', v_notes))
  returning id into v_event_id;

  insert into public.notifications (user_id, title, body, event_id, action_url)
  values (
    v_dossier.user_id,
    case when p_decision = 'APPROVED' then pg_catalog.format('%s approved', coalesce(v_label, 'Document'))
         else pg_catalog.format('%s rejected', coalesce(v_label, 'Document')) end,
    case when p_decision = 'APPROVED' then 'Your document has been approved.'
         else pg_catalog.format('Your document has been rejected: %s Please upload a new version.', v_notes) end,
    v_event_id,
    pg_catalog.format('/dossiers/%s', v_document.dossier_id)
  );

  if p_decision = 'APPROVED' and v_document.step_instance_id is not null
     and coalesce(public.are_step_documents_complete(v_document.step_instance_id), false)
     and exists (select 1 from public.step_instances si
                 where si.id = v_document.step_instance_id and si.status <> 'COMPLETED') then
    perform private.complete_step_instance_core(v_document.step_instance_id);
  end if;

  return v_review;
end;
$$;

create or replace function public.review_document_version(p_version_id uuid, p_decision text, p_notes text default null)
returns public.document_reviews
language sql
security invoker
set search_path = ''
as $$
  select * from private.review_document_version(p_version_id, p_decision, p_notes)
$$;
comment on function public.review_document_version(uuid, text, text) is
  'Approves or rejects a document version (reviewer, admin): review row, document status, event, customer notification; completes the step when its documents are all approved.';

-- ---------------------------------------------------------------------------------------------
-- assign_step_instance: MANAGER or ADMIN; the assignee must be an active agent.
-- (The STEP_ASSIGNED event is written by the step_instance_assigned trigger, 20250601000230.)
-- ---------------------------------------------------------------------------------------------
create or replace function private.assign_step_instance(p_step_instance_id uuid, p_agent_id uuid)
returns public.step_instances
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_si public.step_instances;
begin
  if not private.has_role('MANAGER', 'ADMIN') then
    raise exception using errcode = '42501', message = 'only managers and admins can assign steps';
  end if;
  if p_agent_id is null then
    raise exception using errcode = '22023', message = 'agent_id is required';
  end if;
  select * into v_si from public.step_instances si where si.id = p_step_instance_id for update;
  if v_si.id is null then
    raise exception using errcode = 'P0002', message = 'no such step instance';
  end if;
  if v_si.status = 'COMPLETED' then
    raise exception using errcode = 'P0001', message = 'a completed step cannot be reassigned';
  end if;
  if not exists (select 1 from public.agents a where a.id = p_agent_id and a.active) then
    raise exception using errcode = '23514', message = 'a step can be assigned only to an active agent';
  end if;
  if v_si.assigned_to is distinct from p_agent_id then
    update public.step_instances si set assigned_to = p_agent_id where si.id = v_si.id returning * into v_si;
  end if;
  return v_si;
end;
$$;

create or replace function public.assign_step_instance(p_step_instance_id uuid, p_agent_id uuid)
returns public.step_instances
language sql
security invoker
set search_path = ''
as $$
  select * from private.assign_step_instance(p_step_instance_id, p_agent_id)
$$;
comment on function public.assign_step_instance(uuid, uuid) is
  'Assigns or reassigns a step instance to an active agent (manager, admin); STEP_ASSIGNED event.';

-- ---------------------------------------------------------------------------------------------
-- change_dossier_status: MANAGER or ADMIN. History and event by the dossier triggers; the note is
-- added to both.
-- ---------------------------------------------------------------------------------------------
create or replace function private.change_dossier_status(p_dossier_id uuid, p_status text, p_note text default null)
returns public.dossiers
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_dossier public.dossiers;
  v_status public.dossier_status_code;
  v_note text := nullif(pg_catalog.btrim(p_note), '');
begin
  if not private.has_role('MANAGER', 'ADMIN') then
    raise exception using errcode = '42501', message = 'only managers and admins can change a dossier''s status';
  end if;
  if p_status is null or not (p_status = any (pg_catalog.enum_range(null::public.dossier_status_code)::text[])) then
    raise exception using errcode = '22023',
      message = pg_catalog.format('status must be one of %s',
        pg_catalog.array_to_string(pg_catalog.enum_range(null::public.dossier_status_code)::text[], ', '));
  end if;
  v_status := p_status::public.dossier_status_code;
  select * into v_dossier from public.dossiers d where d.id = p_dossier_id for update;
  if v_dossier.id is null then
    raise exception using errcode = 'P0002', message = 'no such dossier';
  end if;
  if v_dossier.status = v_status then
    raise exception using errcode = 'P0001', message = pg_catalog.format('the dossier is already %s', v_status);
  end if;

  update public.dossiers d set status = v_status where d.id = v_dossier.id returning * into v_dossier;

  if v_note is not null then
    update public.dossier_status_history h
    set metadata = h.metadata || pg_catalog.jsonb_build_object('note', v_note)
    where h.id = (select h2.id from public.dossier_status_history h2
                  where h2.dossier_id = v_dossier.id and h2.new_status = v_status
                  order by h2.created_at desc, h2.id desc limit 1);
    update public.events e
    set payload = e.payload || pg_catalog.jsonb_build_object('note', v_note)
    where e.id = (select e2.id from public.events e2
                  where e2.entity_type = 'dossier' and e2.entity_id = v_dossier.id
                    and e2.event_type = 'DOSSIER_STATUS_CHANGED'
                  order by e2.created_at desc, e2.id desc limit 1);
  end if;
  return v_dossier;
end;
$$;

create or replace function public.change_dossier_status(p_dossier_id uuid, p_status text, p_note text default null)
returns public.dossiers
language sql
security invoker
set search_path = ''
as $$
  select * from private.change_dossier_status(p_dossier_id, p_status, p_note)
$$;
comment on function public.change_dossier_status(uuid, text, text) is
  'Changes a dossier''s status (manager, admin), with an optional note kept in its history and event.';

-- ---------------------------------------------------------------------------------------------
-- get_my_role: the caller's current agent role (NULL for customers and inactive agents), read
-- from the database on every call: what the SPA's access rules use.
-- ---------------------------------------------------------------------------------------------
create or replace function public.get_my_role()
returns public.agent_role
language sql
stable
security invoker
set search_path = ''
as $$
  select private.current_agent_role()
$$;
comment on function public.get_my_role() is
  'The caller''s agent role (AGENT, REVIEWER, MANAGER, ADMIN), NULL when not an active agent.';

-- Privileges: implementations only through their wrappers; wrappers for signed-in users.
revoke all on function private.complete_step_instance_core(uuid) from public, anon, authenticated;
revoke all on function private.complete_step_instance(uuid) from public, anon;
revoke all on function private.review_document_version(uuid, text, text) from public, anon;
revoke all on function private.assign_step_instance(uuid, uuid) from public, anon;
revoke all on function private.change_dossier_status(uuid, text, text) from public, anon;
grant execute on function private.complete_step_instance(uuid) to authenticated;
grant execute on function private.review_document_version(uuid, text, text) to authenticated;
grant execute on function private.assign_step_instance(uuid, uuid) to authenticated;
grant execute on function private.change_dossier_status(uuid, text, text) to authenticated;

revoke all on function public.complete_step_instance(uuid) from public, anon;
revoke all on function public.review_document_version(uuid, text, text) from public, anon;
revoke all on function public.assign_step_instance(uuid, uuid) from public, anon;
revoke all on function public.change_dossier_status(uuid, text, text) from public, anon;
revoke all on function public.get_my_role() from public, anon;
grant execute on function public.complete_step_instance(uuid) to authenticated, service_role;
grant execute on function public.review_document_version(uuid, text, text) to authenticated, service_role;
grant execute on function public.assign_step_instance(uuid, uuid) to authenticated, service_role;
grant execute on function public.change_dossier_status(uuid, text, text) to authenticated, service_role;
grant execute on function public.get_my_role() to authenticated, service_role;
