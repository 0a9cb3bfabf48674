-- Revert 20250601000190_v2_utility_functions.
drop function if exists public.get_next_step_for_dossier(uuid);
drop function if exists public.are_step_documents_complete(uuid);
