-- v2: the product catalog and its workflows, created before anything references them (B-01).

set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- Ledger (20250601000050): tables of these names already there are kept by the rollback.
select migration_ledger.note_all('20250601000120', 'table', array['public.products', 'public.product_steps']);

create table if not exists public.products (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null,
  description text,
  dossier_type public.dossier_type not null,
  -- Stripe ids are per environment (B-27): NULL until an admin sets them.
  stripe_product_id text unique,
  stripe_price_id text,
  price_amount integer not null,
  currency text not null default 'USD',
  initial_status public.dossier_status_code not null default 'QUALIFICATION',
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Free products are allowed and orderable: orders.amount uses the same >= 0 rule (B-29).
  constraint price_amount_positive check (price_amount >= 0),
  -- ISO 4217 code in upper case (Stripe's lower-case codes are upper-cased by the writer, B-31).
  constraint products_currency_format check (currency ~ '^[A-Z]{3}$'),
  constraint products_code_format check (code ~ '^[A-Z][A-Z0-9_]*$'),
  -- Target of dossiers (product_id, type): a dossier's type must be its product's type (B-28).
  constraint products_id_dossier_type_key unique (id, dossier_type)
);

create table if not exists public.product_steps (
  id uuid primary key default gen_random_uuid(),
  product_id uuid not null references public.products (id) on delete cascade,
  step_id uuid not null references public.steps (id) on delete cascade,
  position integer not null,
  is_required boolean not null default true,
  estimated_duration_hours integer,
  created_at timestamptz not null default now(),
  constraint product_steps_product_id_step_id_key unique (product_id, step_id),
  -- Deferrable so that a workflow can be reordered in one transaction.
  constraint product_steps_product_id_position_key unique (product_id, position)
    deferrable initially immediate,
  constraint position_positive check (position >= 0),
  constraint product_steps_estimated_duration_positive
    check (estimated_duration_hours is null or estimated_duration_hours > 0)
);
