-- Revert 20250601000230_security_update_guards.
drop trigger if exists guard_dossiers_columns on public.dossiers;
drop trigger if exists guard_step_instances_columns on public.step_instances;
drop trigger if exists guard_orders_columns on public.orders;
drop trigger if exists guard_orders_cancel on public.orders;
drop trigger if exists guard_profiles_columns on public.profiles;
drop trigger if exists check_step_assignee on public.step_instances;
drop trigger if exists step_instance_assigned on public.step_instances;
drop function if exists private.guard_non_admin_columns();
drop function if exists private.guard_order_cancel();
drop function if exists private.guard_profile_columns();
drop function if exists private.check_step_assignee();
drop function if exists private.create_step_assigned_event();
drop function if exists private.changed_columns(jsonb, jsonb);
