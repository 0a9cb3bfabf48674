-- Lists: a dossier's step instances in workflow order (issue 12, item 8).
--
-- public.workflow_position(step_instances): the position of the instance's step in the workflow
-- of the dossier's product (product_steps.position); the step's catalog position (steps.position)
-- when the dossier has no product or the step is not (any longer) part of its workflow. A
-- PostgREST computed field: the SPA lists a dossier's steps with
--   GET /step_instances?dossier_id=eq.X&order=workflow_position.asc,created_at.asc
-- SECURITY INVOKER: it reads the dossier, product_steps and steps as the caller (a caller who
-- reads the step instance reads its dossier and the catalog). Re-runnable. Revert:
-- supabase/rollbacks/ (same name).

set local lock_timeout = '10s';
set local statement_timeout = '1min';

create or replace function public.workflow_position(public.step_instances)
returns integer
language sql
stable
security invoker
set search_path = ''
as $$
  select coalesce(
    (select ps.position from public.dossiers d
       join public.product_steps ps on ps.product_id = d.product_id and ps.step_id = $1.step_id
      where d.id = $1.dossier_id),
    (select s.position from public.steps s where s.id = $1.step_id))
$$;
comment on function public.workflow_position(public.step_instances) is
  'Position of a step instance in its dossier''s workflow (product_steps), else the step''s catalog position.';

revoke all on function public.workflow_position(public.step_instances) from public, anon;
grant execute on function public.workflow_position(public.step_instances) to authenticated, service_role;
