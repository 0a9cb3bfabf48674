-- v2: new columns on the v1 tables (guide step 2, after products exist: B-01).
-- Columns are added nullable or with a constant default (no table rewrite); backfills follow in
-- 20250601000150, NOT NULL / CHECK validation in 20250601000160 (each its own transaction).

set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- Ledger (20250601000050): a v1 database may already have some of these columns (profiles.email,
-- which the guide's reminder job reads, is the usual one): the rollback keeps those, with their
-- values (a backfill into one records what it filled, 20250601000150).
select migration_ledger.note_all('20250601000140', 'column', array[
    'public.profiles.status', 'public.profiles.stripe_customer_id', 'public.profiles.email',
    'public.dossiers.product_id', 'public.dossiers.metadata', 'public.dossiers.completed_at',
    'public.step_instances.assigned_to', 'public.step_instances.metadata', 'public.step_instances.due_at',
    'public.documents.step_instance_id', 'public.document_versions.file_name', 'public.document_versions.file_size_bytes',
    'public.document_versions.mime_type', 'public.document_versions.uploaded_by_type', 'public.document_versions.version_number',
    'public.document_reviews.notes', 'public.messages.sender_type', 'public.messages.attachments',
    'public.messages.read_at', 'public.events.actor_type', 'public.events.actor_id',
    'public.notifications.event_id', 'public.notifications.action_url', 'public.notification_deliveries.provider',
    'public.notification_deliveries.provider_message_id', 'public.notification_deliveries.failed_at', 'public.dossier_status_history.changed_by_type',
    'public.dossier_status_history.old_status', 'public.dossier_status_history.new_status', 'public.dossier_status_history.metadata',
    'public.document_types.description', 'public.document_types.max_file_size_mb', 'public.document_types.allowed_extensions',
    'public.document_types.updated_at', 'public.steps.description']);

-- profiles: existing users are ACTIVE, new sign-ups PENDING (B-06). Adding the column with
-- DEFAULT 'ACTIVE' fills every existing row; the default is then switched for new rows.
alter table public.profiles
  add column if not exists status public.user_status not null default 'ACTIVE',
  add column if not exists stripe_customer_id text,
  add column if not exists email text;
alter table public.profiles alter column status set default 'PENDING';

-- dossiers
alter table public.dossiers
  add column if not exists product_id uuid,
  add column if not exists metadata jsonb not null default '{}'::jsonb,
  add column if not exists completed_at timestamptz;
-- (product_id, type) -> products (id, dossier_type): a dossier has its product's type (B-28).
alter table public.dossiers drop constraint if exists dossiers_product_id_fkey;
alter table public.dossiers
  add constraint dossiers_product_id_fkey foreign key (product_id, type)
    references public.products (id, dossier_type) not valid;

-- step_instances
alter table public.step_instances
  add column if not exists assigned_to uuid,
  add column if not exists metadata jsonb not null default '{}'::jsonb,
  add column if not exists due_at timestamptz;
alter table public.step_instances drop constraint if exists step_instances_assigned_to_fkey;
alter table public.step_instances
  add constraint step_instances_assigned_to_fkey foreign key (assigned_to)
    references public.agents (id) on delete set null not valid;

-- documents
alter table public.documents
  add column if not exists step_instance_id uuid;
alter table public.documents drop constraint if exists documents_step_instance_id_fkey;
alter table public.documents
  add constraint documents_step_instance_id_fkey foreign key (step_instance_id)
    references public.step_instances (id) on delete set null not valid;

-- document_versions: uploaded_by -> uploaded_by_id (guide rename), polymorphic uploader.
do $$
begin
  if exists (
    select 1 from pg_catalog.pg_attribute
    where attrelid = 'public.document_versions'::regclass and attname = 'uploaded_by' and not attisdropped
  ) then
    alter table public.document_versions rename column uploaded_by to uploaded_by_id;
  end if;
end
$$;
alter table public.document_versions
  add column if not exists file_name text,
  add column if not exists file_size_bytes bigint,
  add column if not exists mime_type text,
  add column if not exists uploaded_by_type public.actor_type,
  add column if not exists version_number integer;

-- document_reviews
alter table public.document_reviews
  add column if not exists notes text;

-- messages: polymorphic sender
alter table public.messages
  add column if not exists sender_type public.actor_type,
  add column if not exists attachments jsonb not null default '[]'::jsonb,
  add column if not exists read_at timestamptz;

-- events: the actor. v1 events carry no actor, so they are SYSTEM (unknown actor): adding the
-- column NOT NULL with DEFAULT 'SYSTEM' records that for every existing row without rewriting
-- the (largest) table; the default is then dropped so that new rows get their actor from the
-- writer or the trigger (20250601000180).
alter table public.events
  add column if not exists actor_type public.actor_type not null default 'SYSTEM',
  add column if not exists actor_id uuid;
alter table public.events alter column actor_type drop default;

-- notifications
alter table public.notifications
  add column if not exists event_id uuid,
  add column if not exists action_url text;
alter table public.notifications drop constraint if exists notifications_event_id_fkey;
alter table public.notifications
  add constraint notifications_event_id_fkey foreign key (event_id)
    references public.events (id) on delete set null not valid;

-- notification_deliveries
alter table public.notification_deliveries
  add column if not exists provider text,
  add column if not exists provider_message_id text,
  add column if not exists failed_at timestamptz;

-- dossier_status_history: changed_by -> changed_by_id (guide rename), old/new status. The v1
-- column status stays (v1 readers) but becomes nullable; a trigger keeps status and new_status
-- in sync (B-04).
do $$
begin
  if exists (
    select 1 from pg_catalog.pg_attribute
    where attrelid = 'public.dossier_status_history'::regclass and attname = 'changed_by' and not attisdropped
  ) then
    alter table public.dossier_status_history rename column changed_by to changed_by_id;
  end if;
end
$$;
alter table public.dossier_status_history
  add column if not exists changed_by_type public.actor_type,
  add column if not exists old_status public.dossier_status_code,
  add column if not exists new_status public.dossier_status_code,
  add column if not exists metadata jsonb not null default '{}'::jsonb;
-- squawk-ignore ban-drop-not-null -- intended: the trigger fills it; writers may send new_status only.
alter table public.dossier_status_history alter column status drop not null;

-- document_types
alter table public.document_types
  add column if not exists description text,
  add column if not exists max_file_size_mb integer not null default 10,
  add column if not exists allowed_extensions text[] not null default array['pdf', 'jpg', 'png'],
  add column if not exists updated_at timestamptz;
alter table public.document_types alter column updated_at set default now();

-- steps
alter table public.steps
  add column if not exists description text;
