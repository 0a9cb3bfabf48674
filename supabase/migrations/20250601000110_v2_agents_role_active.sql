-- v2: back-office agents get a role, an active flag and a directory e-mail (v1 has id, full_name).
-- agents.id is the auth.users id (baseline). Existing v1 agents become AGENT (least privilege);
-- promote the first ADMIN by hand after the migration (docs/database.md).

set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- Ledger (20250601000050): a v1 database may already have some of these columns (agents.email
-- for a directory): the rollback keeps those, with their values.
select migration_ledger.note_all('20250601000110', 'column',
  array['public.agents.email', 'public.agents.role', 'public.agents.active', 'public.agents.updated_at']);

alter table public.agents
  add column if not exists email text,
  add column if not exists role public.agent_role not null default 'AGENT',
  add column if not exists active boolean not null default true,
  add column if not exists updated_at timestamptz;

-- updated_at: legacy rows get their created_at, not the migration time (B-12).
update public.agents set updated_at = created_at where updated_at is null;
alter table public.agents alter column updated_at set default now();
-- NOT NULL on updated_at is set by 20250601000160_v2_constraints (validated in its own transaction).
alter table public.agents drop constraint if exists agents_updated_at_not_null;
alter table public.agents
  add constraint agents_updated_at_not_null check (updated_at is not null) not valid;

-- Directory e-mail from the auth user (kept in sync by a trigger on auth.users, 20250601000180).
-- v1's full_name is left as it is: no v1 column is ever written by the migration.
-- Into a pre-existing agents.email, the values filled are recorded so the rollback can give the
-- NULLs back.
with filled as (
  update public.agents a
  set email = u.email
  from auth.users u
  where u.id = a.id and a.email is null and u.email is not null
  returning a.id, a.email
)
insert into migration_ledger.backfilled (migration, table_name, column_name, row_id, value)
select '20250601000110', 'public.agents', 'email', filled.id, filled.email
from filled
where migration_ledger.preexisted('20250601000110', 'column', 'public.agents.email')
on conflict do nothing;
