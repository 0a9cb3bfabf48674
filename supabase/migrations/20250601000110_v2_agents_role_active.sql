-- v2: back-office agents get a role, an active flag and a directory e-mail (v1 has id, full_name).
-- agents.id is the auth.users id (baseline). Existing v1 agents become AGENT (least privilege);
-- promote the first ADMIN by hand after the migration (docs/database.md).

set local lock_timeout = '10s';
set local statement_timeout = '15min';

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
update public.agents a
set email = u.email
from auth.users u
where u.id = a.id and a.email is null and u.email is not null;
