-- Revert 20250601000820_ops_dossier_reviews_view: no view.
drop view if exists public.dossier_reviews;
