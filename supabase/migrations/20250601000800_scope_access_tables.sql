-- squawk-ignore-file require-concurrent-index-creation
-- Stored access scope, part 1: where an agent's scope is kept, so that the policies look it up
-- through an index instead of rebuilding it in a SECURITY DEFINER helper on every statement
-- (docs/performance.md §2: 15-350 ms per agent list at the large scale before).
--
-- Facts only, never roles: a row says "this agent is assigned a step of this dossier" or "an order
-- from this agent's payment link opened this dossier", whatever the agent's role is today. The
-- policies still check the role and `active` as InitPlans (private.has_role, once per statement),
-- so a role change or a deactivation applies on the agent's next request without touching these
-- tables. Kept exact by the triggers of 20250601000802, filled by 20250601000801 (policies: 20250601000803).
--
--   public.orders.agent_id         the selling agent: the creator of the order's payment link
--   private.agent_dossiers         (agent, dossier): assigned and/or sold, with the dossier's customer
--   private.agent_customers        (agent, customer): the customers an agent may read (profiles)
--
-- squawk's require-concurrent-index-creation is ignored: the file runs inside the migration's
-- transaction. On a large production database create idx_orders_agent_id beforehand with
-- `create index concurrently if not exists` (same definition); the private tables are new and
-- empty here. Re-runnable.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

select migration_ledger.note_all('20250601000800', 'column', array['public.orders.agent_id']);
select migration_ledger.note_all('20250601000800', 'table', array['private.agent_dossiers', 'private.agent_customers']);
select migration_ledger.note_all('20250601000800', 'index', array['public.idx_orders_agent_id',
  'private.idx_agent_dossiers_dossier_id', 'private.idx_agent_dossiers_customer_id', 'private.idx_agent_customers_customer_id']);

-- Derived (set by a trigger from payment_links.created_by, never trusted from the writer); no
-- foreign key: like created_by it may name an agent row that is later deleted (then NULL).
alter table public.orders add column if not exists agent_id uuid;

comment on column public.orders.agent_id is
  'Selling agent: the creator of the order''s payment link (maintained by a trigger). Row-level security scope.';

create index if not exists idx_orders_agent_id on public.orders (agent_id, created_at desc);

create table if not exists private.agent_dossiers (
  agent_id uuid not null references public.agents (id) on delete cascade,
  dossier_id uuid not null references public.dossiers (id) on delete cascade,
  -- the dossier's customer (dossiers.user_id), so that agent_customers can be kept from this table
  customer_id uuid not null,
  -- a step instance of the dossier is assigned to the agent (read and work on it)
  assigned boolean not null,
  -- an order from the agent's payment link opened the dossier (read only)
  sold boolean not null,
  primary key (agent_id, dossier_id),
  constraint agent_dossiers_has_a_reason check (assigned or sold)
);

comment on table private.agent_dossiers is
  'Dossiers an agent reaches (assigned a step, or sold the order that opened it). Kept by triggers; roles are checked by the policies.';

create index if not exists idx_agent_dossiers_dossier_id on private.agent_dossiers (dossier_id);
create index if not exists idx_agent_dossiers_customer_id on private.agent_dossiers (customer_id, agent_id);

create table if not exists private.agent_customers (
  agent_id uuid not null references public.agents (id) on delete cascade,
  customer_id uuid not null references public.profiles (id) on delete cascade,
  primary key (agent_id, customer_id)
);

comment on table private.agent_customers is
  'Customers an agent reaches: ordered through their links, used their link, or own a dossier of agent_dossiers. Kept by triggers.';

create index if not exists idx_agent_customers_customer_id on private.agent_customers (customer_id);

-- The policies read these tables as the API caller (so that the planner sees them and uses their
-- indexes, unlike a SECURITY DEFINER helper): authenticated may select, its own rows only.
-- Nothing writes them but the SECURITY DEFINER trigger functions. Schema private is not served
-- by PostgREST.
alter table private.agent_dossiers enable row level security;
alter table private.agent_customers enable row level security;
revoke all on private.agent_dossiers, private.agent_customers from public, anon, authenticated;
grant select on private.agent_dossiers, private.agent_customers to authenticated;

drop policy if exists agent_dossiers_select on private.agent_dossiers;
create policy agent_dossiers_select on private.agent_dossiers for select to authenticated
using (agent_id = (select auth.uid()));

drop policy if exists agent_customers_select on private.agent_customers;
create policy agent_customers_select on private.agent_customers for select to authenticated
using (agent_id = (select auth.uid()));
