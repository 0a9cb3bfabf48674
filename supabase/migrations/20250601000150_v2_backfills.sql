-- v2: backfills of the new columns from existing v1 data. Every UPDATE only touches rows still
-- missing their value, so a second run changes nothing. The NOT VALID checks at the end protect
-- rows written from now on; 20250601000160 validates them in its own transaction.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

-- The guide's products, needed to give every legacy dossier its product (B-10). Stripe ids stay
-- NULL (per environment, B-27). Re-runs and an admin's later edits are left alone.
insert into public.products (code, name, description, dossier_type, price_amount, initial_status)
values
  ('LLC_FORMATION', 'LLC Formation', 'Complete LLC formation service', 'LLC', 99900, 'QUALIFICATION'),
  ('CORP_FORMATION', 'Corporation Formation', 'Complete corporation formation service', 'CORP', 149900, 'QUALIFICATION'),
  ('DUBAI_SETUP', 'Dubai Business Setup', 'Complete Dubai business setup', 'DUBAI', 499900, 'QUALIFICATION')
on conflict (code) do nothing;

-- B-10: dossiers' product from their type.
update public.dossiers d
set product_id = p.id
from public.products p
where d.product_id is null
  and p.dossier_type = d.type
  and p.code = case d.type::text
    when 'LLC' then 'LLC_FORMATION'
    when 'CORP' then 'CORP_FORMATION'
    when 'DUBAI' then 'DUBAI_SETUP'
  end;

-- profiles.email: a copy of the auth e-mail for the back-office customer list. When v1 already
-- had the column, the NULLs filled are recorded (ledger, 20250601000050) for the rollback.
with filled as (
  update public.profiles p
  set email = u.email
  from auth.users u
  where u.id = p.id and p.email is null and u.email is not null
  returning p.id, p.email
)
insert into migration_ledger.backfilled (migration, table_name, column_name, row_id, value)
select '20250601000150', 'public.profiles', 'email', filled.id, filled.email
from filled
where migration_ledger.preexisted('20250601000140', 'column', 'public.profiles.email')
on conflict do nothing;

-- B-08 / B-09: document versions in one pass: uploader type from who wrote the row (no id ->
-- SYSTEM, an agent's id -> AGENT, else USER), version numbers per document in upload order
-- (ties broken by id), file name from the storage path.
update public.document_versions v
set uploaded_by_type = coalesce(v.uploaded_by_type, case
      when v.uploaded_by_id is null then 'SYSTEM'::public.actor_type
      when exists (select 1 from public.agents a where a.id = v.uploaded_by_id) then 'AGENT'::public.actor_type
      else 'USER'::public.actor_type
    end),
    version_number = coalesce(v.version_number, n.rn),
    file_name = coalesce(v.file_name, pg_catalog.regexp_replace(v.storage_path, '^.*/', ''))
from (
  select x.id, row_number() over (partition by x.document_id order by x.uploaded_at, x.id) as rn
  from public.document_versions x
  where x.document_id in (
    select y.document_id from public.document_versions y
    where y.uploaded_by_type is null or y.version_number is null or y.file_name is null
  )
) n
where v.id = n.id
  and (v.uploaded_by_type is null or v.version_number is null or v.file_name is null);

update public.messages m
set sender_type = case
  when m.sender_id is null then 'SYSTEM'::public.actor_type
  when exists (select 1 from public.agents a where a.id = m.sender_id) then 'AGENT'::public.actor_type
  else 'USER'::public.actor_type
end
where m.sender_type is null;

-- B-04 / B-08: status history in one pass: new_status from the v1 status column, old_status =
-- the previous row of the same dossier in history order, changed_by_type from who wrote it.
-- (v1 events carry no actor: 20250601000140 recorded them as SYSTEM.)
update public.dossier_status_history h
set new_status = coalesce(h.new_status, h.status),
    old_status = coalesce(h.old_status, l.prev),
    changed_by_type = coalesce(h.changed_by_type, case
      when h.changed_by_id is null then 'SYSTEM'::public.actor_type
      when exists (select 1 from public.agents a where a.id = h.changed_by_id) then 'AGENT'::public.actor_type
      else 'USER'::public.actor_type
    end)
from (
  select x.id, lag(coalesce(x.new_status, x.status)) over (partition by x.dossier_id order by x.created_at, x.id) as prev
  from public.dossier_status_history x
  where x.dossier_id in (
    select y.dossier_id from public.dossier_status_history y
    where y.new_status is null or y.changed_by_type is null
  )
) l
where h.id = l.id
  and (h.new_status is null or h.changed_by_type is null);

-- B-11: documents attached to the step instance of their dossier whose step requires their type
-- (the most recent one when a step was instantiated more than once).
update public.documents d
set step_instance_id = m.step_instance_id
from (
  select distinct on (d2.id) d2.id as document_id, si.id as step_instance_id
  from public.documents d2
  join public.document_types dt on dt.id = d2.document_type_id
  join public.step_instances si on si.dossier_id = d2.dossier_id and si.step_id = dt.required_step_id
  where d2.step_instance_id is null
  order by d2.id, si.created_at desc, si.id desc
) m
where d.id = m.document_id and d.step_instance_id is null;

-- B-12: legacy document types get their creation time, not the migration time.
update public.document_types set updated_at = created_at where updated_at is null;

-- Constraints for rows written from now on (validated in 20250601000160).
alter table public.dossiers drop constraint if exists dossiers_product_id_not_null;
alter table public.dossiers
  add constraint dossiers_product_id_not_null check (product_id is not null) not valid;

alter table public.document_versions drop constraint if exists document_versions_uploaded_by_type_not_null;
alter table public.document_versions
  add constraint document_versions_uploaded_by_type_not_null check (uploaded_by_type is not null) not valid;
alter table public.document_versions drop constraint if exists document_versions_version_number_not_null;
alter table public.document_versions
  add constraint document_versions_version_number_not_null check (version_number is not null) not valid;
-- B-07: an id is required unless the actor is SYSTEM (instead of NOT NULL on the id).
alter table public.document_versions drop constraint if exists document_versions_uploader_check;
alter table public.document_versions
  add constraint document_versions_uploader_check
    check (uploaded_by_type = 'SYSTEM' or uploaded_by_id is not null) not valid;
alter table public.document_versions drop constraint if exists document_versions_version_number_positive;
alter table public.document_versions
  add constraint document_versions_version_number_positive check (version_number > 0) not valid;
alter table public.document_versions drop constraint if exists document_versions_file_size_positive;
alter table public.document_versions
  add constraint document_versions_file_size_positive
    check (file_size_bytes is null or file_size_bytes >= 0) not valid;

alter table public.messages drop constraint if exists messages_sender_type_not_null;
alter table public.messages
  add constraint messages_sender_type_not_null check (sender_type is not null) not valid;
alter table public.messages drop constraint if exists messages_sender_check;
alter table public.messages
  add constraint messages_sender_check check (sender_type = 'SYSTEM' or sender_id is not null) not valid;

alter table public.events drop constraint if exists events_actor_check;
alter table public.events
  add constraint events_actor_check check (actor_type = 'SYSTEM' or actor_id is not null) not valid;

alter table public.dossier_status_history drop constraint if exists dossier_status_history_new_status_not_null;
alter table public.dossier_status_history
  add constraint dossier_status_history_new_status_not_null check (new_status is not null) not valid;
alter table public.dossier_status_history drop constraint if exists dossier_status_history_changed_by_type_not_null;
alter table public.dossier_status_history
  add constraint dossier_status_history_changed_by_type_not_null check (changed_by_type is not null) not valid;
alter table public.dossier_status_history drop constraint if exists dossier_status_history_changed_by_check;
alter table public.dossier_status_history
  add constraint dossier_status_history_changed_by_check
    check (changed_by_type = 'SYSTEM' or changed_by_id is not null) not valid;

alter table public.document_types drop constraint if exists document_types_updated_at_not_null;
alter table public.document_types
  add constraint document_types_updated_at_not_null check (updated_at is not null) not valid;
alter table public.document_types drop constraint if exists document_types_max_file_size_positive;
alter table public.document_types
  add constraint document_types_max_file_size_positive check (max_file_size_mb > 0) not valid;
