-- v1 baseline: the schema production runs today, reconstructed from guide-review.md §A.
--
-- A fresh install applies this file first, then the v2 migrations; the existing v1 production
-- database marks it as applied instead (`supabase migration repair --status applied 20240101000000`)
-- and runs only the v2 files. Everything here is guarded (IF NOT EXISTS / catalog checks) so that
-- running it against a database that already has the v1 schema changes nothing.
--
-- Assumptions beyond the guide ([A] in the review) are marked "[A]".

set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- ---------------------------------------------------------------------------------------------
-- Enums with their v1 labels, in their v1 order.
-- ---------------------------------------------------------------------------------------------
do $$
begin
  if to_regtype('public.dossier_type') is null then
    create type public.dossier_type as enum ('LLC', 'CORP');
  end if;
  if to_regtype('public.dossier_status_code') is null then
    -- QUALIFICATION is stated by the guide; ON_HOLD and CANCELLED are [A] (v1 labels that sort
    -- after the lifecycle labels v2 inserts with BEFORE/AFTER, see B-37).
    create type public.dossier_status_code as enum ('QUALIFICATION', 'ON_HOLD', 'CANCELLED');
  end if;
  if to_regtype('public.document_status') is null then
    create type public.document_status as enum ('PENDING', 'APPROVED', 'REJECTED');
  end if;
  if to_regtype('public.event_type') is null then
    -- DOCUMENT_REVIEWED and STEP_COMPLETED are [A].
    create type public.event_type as enum (
      'DOSSIER_STATUS_CHANGED', 'DOCUMENT_UPLOADED', 'DOCUMENT_REVIEWED', 'STEP_COMPLETED'
    );
  end if;
  if to_regtype('public.notification_channel') is null then
    create type public.notification_channel as enum ('EMAIL', 'SMS', 'IN_APP');
  end if;
  if to_regtype('public.notification_status') is null then
    create type public.notification_status as enum ('PENDING', 'SENT', 'FAILED');
  end if;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- People. profiles.id and agents.id are both the auth.users id.
-- ---------------------------------------------------------------------------------------------
create table if not exists public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  full_name text,
  phone text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table if not exists public.agents (
  id uuid primary key references auth.users (id) on delete cascade,
  full_name text,
  created_at timestamptz not null default now()
);

-- ---------------------------------------------------------------------------------------------
-- Workflow catalog.
-- ---------------------------------------------------------------------------------------------
create table if not exists public.steps (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  label text not null,
  position integer not null,
  created_at timestamptz not null default now()
);

create table if not exists public.document_types (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  label text not null,
  required_step_id uuid references public.steps (id) on delete set null,
  created_at timestamptz not null default now()
);

-- ---------------------------------------------------------------------------------------------
-- Dossiers and their step instances (FK cycle: dossiers.current_step_instance_id).
-- ---------------------------------------------------------------------------------------------
create table if not exists public.dossiers (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  type public.dossier_type not null,
  status public.dossier_status_code not null default 'QUALIFICATION',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table if not exists public.step_instances (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references public.dossiers (id) on delete cascade,
  step_id uuid not null references public.steps (id),
  status text not null default 'PENDING',  -- [A] PENDING | IN_PROGRESS | COMPLETED
  started_at timestamptz,
  completed_at timestamptz,
  created_at timestamptz not null default now()
);

-- Both tables are created just above (empty), so the FK check scans nothing.
alter table public.dossiers
  -- squawk-ignore adding-foreign-key-constraint
  add column if not exists current_step_instance_id uuid references public.step_instances (id) on delete set null;

-- ---------------------------------------------------------------------------------------------
-- Documents.
-- ---------------------------------------------------------------------------------------------
create table if not exists public.documents (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references public.dossiers (id) on delete cascade,
  document_type_id uuid not null references public.document_types (id),
  status public.document_status not null default 'PENDING',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table if not exists public.document_versions (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null references public.documents (id) on delete cascade,
  storage_path text not null,
  -- [A] no FK: holds a customer's or an agent's auth user id; NULL for system uploads.
  uploaded_by uuid,
  uploaded_at timestamptz not null default now()
);

create table if not exists public.document_reviews (
  id uuid primary key default gen_random_uuid(),
  document_version_id uuid not null references public.document_versions (id) on delete cascade,
  reviewer_id uuid references public.agents (id) on delete set null,
  decision public.document_status not null,
  created_at timestamptz not null default now()
);

-- ---------------------------------------------------------------------------------------------
-- Communication and audit.
-- ---------------------------------------------------------------------------------------------
create table if not exists public.messages (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references public.dossiers (id) on delete cascade,
  sender_id uuid,  -- [A] no FK: a customer's or an agent's id; NULL for system messages
  body text not null,
  created_at timestamptz not null default now()
);

create table if not exists public.events (
  id uuid primary key default gen_random_uuid(),
  entity_type text not null,
  entity_id uuid not null,
  event_type public.event_type not null,
  payload jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);

create table if not exists public.notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  title text not null,
  body text,
  read_at timestamptz,
  created_at timestamptz not null default now()
);

create table if not exists public.notification_deliveries (
  id uuid primary key default gen_random_uuid(),
  notification_id uuid not null references public.notifications (id) on delete cascade,
  channel public.notification_channel not null,
  status public.notification_status not null default 'PENDING',
  sent_at timestamptz,
  created_at timestamptz not null default now()
);

create table if not exists public.dossier_status_history (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references public.dossiers (id) on delete cascade,
  status public.dossier_status_code not null,
  changed_by uuid,  -- [A] no FK: customer or agent id, NULL when written by a batch job
  created_at timestamptz not null default now()
);

-- ---------------------------------------------------------------------------------------------
-- v1 row-level security: only dossiers and notifications, customer read policies.
-- ---------------------------------------------------------------------------------------------
alter table public.dossiers enable row level security;
alter table public.notifications enable row level security;

do $$
begin
  if not exists (
    select 1 from pg_catalog.pg_policies
    where schemaname = 'public' and tablename = 'dossiers' and policyname = 'Users can read their dossiers'
  ) then
    create policy "Users can read their dossiers" on public.dossiers
      for select using (auth.uid() = user_id);
  end if;
  if not exists (
    select 1 from pg_catalog.pg_policies
    where schemaname = 'public' and tablename = 'notifications' and policyname = 'Users can read their notifications'
  ) then
    create policy "Users can read their notifications" on public.notifications
      for select using (auth.uid() = user_id);
  end if;
end
$$;
