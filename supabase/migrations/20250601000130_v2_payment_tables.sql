-- v2: payment links, orders and payment reminders (after products, which they reference).

set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- Ledger (20250601000050): tables of these names already there are kept by the rollback.
select migration_ledger.note_all('20250601000130', 'table', array['public.payment_links', 'public.orders', 'public.payment_reminders']);

-- Unguessable token: 128 random bits, hex. pgcrypto lives in schema extensions and the function
-- pins an empty search_path, so it works whatever the caller's search_path is (B-19).
create or replace function public.generate_payment_link_token()
returns text
language sql
volatile
set search_path = ''
as $$
  select pg_catalog.encode(extensions.gen_random_bytes(16), 'hex')
$$;

comment on function public.generate_payment_link_token() is
  'A new unguessable payment link token: 32 hex characters (128 random bits).';

create table if not exists public.payment_links (
  id uuid primary key default gen_random_uuid(),
  token text not null unique default public.generate_payment_link_token(),
  product_id uuid not null references public.products (id) on delete restrict,
  prospect_email text not null,
  prospect_name text,
  stripe_checkout_session_id text unique,
  created_by uuid references public.agents (id) on delete set null,
  expires_at timestamptz,
  used_at timestamptz,
  used_by uuid references public.profiles (id) on delete set null,
  cancelled_at timestamptz,
  cancelled_by uuid references public.agents (id) on delete set null,
  created_at timestamptz not null default now(),
  constraint token_format check (token ~ '^[A-Za-z0-9_-]{16,}$'),
  -- Expiry itself is enforced when the link is redeemed (B-30); this only rejects nonsense.
  constraint expires_after_creation check (expires_at is null or expires_at >= created_at),
  constraint payment_links_prospect_email_format check (prospect_email ~ '^[^@\s]+@[^@\s]+$'),
  constraint payment_links_used_by_needs_used_at check (used_by is null or used_at is not null),
  constraint payment_links_not_used_and_cancelled check (used_at is null or cancelled_at is null)
);

create table if not exists public.orders (
  id uuid primary key default gen_random_uuid(),
  -- RESTRICT, not CASCADE: deleting a profile must not delete financial records (B-31).
  user_id uuid not null references public.profiles (id) on delete restrict,
  product_id uuid not null references public.products (id) on delete restrict,
  payment_link_id uuid references public.payment_links (id) on delete set null,
  dossier_id uuid references public.dossiers (id) on delete set null,
  amount integer not null,
  currency text not null default 'USD',
  status public.order_status not null default 'PENDING',
  stripe_checkout_session_id text unique,
  stripe_payment_intent_id text unique,
  stripe_customer_id text,
  metadata jsonb not null default '{}'::jsonb,
  paid_at timestamptz,
  refunded_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint amount_positive check (amount >= 0),
  constraint orders_currency_format check (currency ~ '^[A-Z]{3}$'),
  constraint orders_paid_at_when_paid check (status not in ('PAID', 'REFUNDED') or paid_at is not null)
);

create table if not exists public.payment_reminders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  order_id uuid not null references public.orders (id) on delete cascade,
  sent_via public.notification_channel not null,
  sent_at timestamptz not null default now(),
  clicked_at timestamptz
);
