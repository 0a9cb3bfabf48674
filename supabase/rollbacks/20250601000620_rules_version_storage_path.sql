-- Revert 20250601000620_rules_version_storage_path.
drop trigger if exists check_version_storage_path on public.document_versions;
drop function if exists private.check_version_storage_path();
