-- Revert 20250601000823_ops_dossier_lookup: no view.
drop view if exists public.dossier_lookup;
