-- Revert 20250601000841_lists_step_workflow_position: the computed field goes (nothing stored).
set local lock_timeout = '10s';

drop function if exists public.workflow_position(public.step_instances);
