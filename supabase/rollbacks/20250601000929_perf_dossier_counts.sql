-- Revert 20250601000929_perf_dossier_counts: dossier_pipeline counts the dossiers again (as
-- 20250601000260 wrote it); the counter table, its triggers and functions are gone (derived data
-- only: nothing is lost).
set local lock_timeout = '10s';
set local statement_timeout = '1min';

create or replace function public.dossier_pipeline()
returns table (type public.dossier_type, status public.dossier_status_code, dossiers_count bigint)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  perform private.require_role('MANAGER', 'ADMIN');
  return query
    select d.type, d.status, pg_catalog.count(*)
    from public.dossiers d
    group by d.type, d.status
    order by d.type, d.status;
end;
$$;

drop trigger if exists dossier_counts_after_insert on public.dossiers;
drop trigger if exists dossier_counts_after_delete on public.dossiers;
drop trigger if exists dossier_counts_after_update on public.dossiers;
drop function if exists private.dossier_counts_after_insert();
drop function if exists private.dossier_counts_after_delete();
drop function if exists private.dossier_counts_after_update();
drop function if exists private.add_dossier_counts(jsonb);
drop function if exists private.rebuild_dossier_counts();
drop policy if exists dossier_counts_select on private.dossier_counts;
select migration_ledger.revert('20250601000929');
