-- Revert 20250601000140_v2_existing_table_columns: drop the v2 columns (and their data), undo
-- the two renames and give dossier_status_history.status its NOT NULL back (rows written by v2
-- have it filled by the sync trigger; any left empty take new_status first).
alter table public.profiles
  drop column if exists status,
  drop column if exists stripe_customer_id,
  drop column if exists email;

alter table public.dossiers
  drop column if exists product_id,
  drop column if exists metadata,
  drop column if exists completed_at;

alter table public.step_instances
  drop column if exists assigned_to,
  drop column if exists metadata,
  drop column if exists due_at;

alter table public.documents
  drop column if exists step_instance_id;

alter table public.document_versions
  drop column if exists file_name,
  drop column if exists file_size_bytes,
  drop column if exists mime_type,
  drop column if exists uploaded_by_type,
  drop column if exists version_number;
do $$
begin
  if exists (
    select 1 from pg_catalog.pg_attribute
    where attrelid = 'public.document_versions'::regclass and attname = 'uploaded_by_id' and not attisdropped
  ) then
    alter table public.document_versions rename column uploaded_by_id to uploaded_by;
  end if;
end
$$;

alter table public.document_reviews
  drop column if exists notes;

alter table public.messages
  drop column if exists sender_type,
  drop column if exists attachments,
  drop column if exists read_at;

alter table public.events
  drop column if exists actor_type,
  drop column if exists actor_id;

alter table public.notifications
  drop column if exists event_id,
  drop column if exists action_url;

alter table public.notification_deliveries
  drop column if exists provider,
  drop column if exists provider_message_id,
  drop column if exists failed_at;

do $$
begin
  if exists (
    select 1 from pg_catalog.pg_attribute
    where attrelid = 'public.dossier_status_history'::regclass and attname = 'new_status' and not attisdropped
  ) then
    update public.dossier_status_history set status = new_status where status is null;
  end if;
  if exists (
    select 1 from pg_catalog.pg_attribute
    where attrelid = 'public.dossier_status_history'::regclass and attname = 'changed_by_id' and not attisdropped
  ) then
    alter table public.dossier_status_history rename column changed_by_id to changed_by;
  end if;
end
$$;
alter table public.dossier_status_history
  drop column if exists changed_by_type,
  drop column if exists old_status,
  drop column if exists new_status,
  drop column if exists metadata;
alter table public.dossier_status_history alter column status set not null;

alter table public.document_types
  drop column if exists description,
  drop column if exists max_file_size_mb,
  drop column if exists allowed_extensions,
  drop column if exists updated_at;

alter table public.steps
  drop column if exists description;
