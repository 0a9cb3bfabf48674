-- Revert 20250601000240_workflow_functions.
drop function if exists public.get_my_role();
drop function if exists public.change_dossier_status(uuid, text, text);
drop function if exists private.change_dossier_status(uuid, text, text);
drop function if exists public.assign_step_instance(uuid, uuid);
drop function if exists private.assign_step_instance(uuid, uuid);
drop function if exists public.review_document_version(uuid, text, text);
drop function if exists private.review_document_version(uuid, text, text);
drop function if exists public.complete_step_instance(uuid);
drop function if exists private.complete_step_instance(uuid);
drop function if exists private.complete_step_instance_core(uuid);
