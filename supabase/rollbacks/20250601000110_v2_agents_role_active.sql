-- Revert 20250601000110_v2_agents_role_active (full_name is a v1 column and stays).
alter table public.agents drop constraint if exists agents_updated_at_not_null;
alter table public.agents
  drop column if exists email,
  drop column if exists role,
  drop column if exists active,
  drop column if exists updated_at;
