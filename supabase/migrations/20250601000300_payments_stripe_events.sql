-- Payments, part 1: the internal schema `payments` (not exposed by the API: PostgREST serves
-- schema public only, and no client role gets USAGE) and the Stripe events already processed.
--
-- Each Stripe event id is claimed in the same transaction that applies the event (B-34): a
-- repeated or concurrent delivery of the same event waits on the primary key, then finds it taken
-- and changes nothing; a failed transaction releases the claim so Stripe's retry runs it again.

set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- Ledger (20250601000050): the rollback drops schema payments (with everything in it) only if
-- this migration created it; otherwise only the table and index it created.
select migration_ledger.note('20250601000300', 'schema', 'payments');
select migration_ledger.note('20250601000300', 'table', 'payments.stripe_events');
select migration_ledger.note('20250601000300', 'index', 'payments.idx_stripe_events_order_id');

create schema if not exists payments;
revoke all on schema payments from public;

create table if not exists payments.stripe_events (
  id text primary key,
  type text not null,
  -- claimed while the transaction runs; processed or ignored once applied
  outcome text not null default 'claimed',
  order_id uuid references public.orders (id) on delete set null,
  received_at timestamptz not null default now(),
  constraint stripe_events_id_format check (id ~ '^evt_[A-Za-z0-9_]+$'),
  constraint stripe_events_outcome check (outcome in ('claimed', 'processed', 'ignored'))
);

comment on table payments.stripe_events is
  'Stripe webhook events applied once each (idempotency by event id); written only by public.stripe_handle_event.';

-- Internal table: no client policies; only the SECURITY DEFINER functions of this feature write it.
alter table payments.stripe_events enable row level security;
revoke all on payments.stripe_events from public;

create index if not exists idx_stripe_events_order_id on payments.stripe_events (order_id);

-- Lifecycle order of order statuses: an event never moves an order to a lower rank
-- (out-of-order deliveries, B-34). FAILED and CANCELLED share a rank: a payment can still follow.
create or replace function payments.order_status_rank(p_status public.order_status)
returns integer
language sql
immutable
set search_path = ''
as $$
  select case p_status
    when 'PENDING' then 0
    when 'FAILED' then 1
    when 'CANCELLED' then 1
    when 'PAID' then 2
    when 'REFUNDED' then 3
  end
$$;

revoke all on function payments.order_status_rank(public.order_status) from public;
