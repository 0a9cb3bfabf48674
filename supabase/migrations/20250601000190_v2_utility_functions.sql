-- v2: the guide's workflow utility functions (step 6), with defined answers (B-17, B-18).
-- generate_payment_link_token() is created with payment_links (20250601000130).
-- Both are SECURITY INVOKER: called through the API they see only what the caller may see, so
-- a dossier or step instance the caller cannot read is "unknown" (NULL), never leaked.

set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- The step that follows the dossier's current step in its product's workflow.
-- NULL when: the dossier is unknown (or NULL), it is COMPLETED, its current step is not part of
-- its product's workflow (legacy step, product changed: no silent restart), or the current step
-- is the last one. With no current step yet, the first step of the workflow.
create or replace function public.get_next_step_for_dossier(p_dossier_id uuid)
returns uuid
language sql
stable
set search_path = ''
as $$
  with d as (
    select d.product_id, d.status, d.current_step_instance_id, si.step_id as current_step_id
    from public.dossiers d
    left join public.step_instances si on si.id = d.current_step_instance_id
    where d.id = p_dossier_id
  ),
  cur as (
    select ps.position
    from d
    join public.product_steps ps on ps.product_id = d.product_id and ps.step_id = d.current_step_id
  )
  select case
    when d.status = 'COMPLETED' then null
    when d.current_step_id is null then (
      select ps.step_id from public.product_steps ps
      where ps.product_id = d.product_id
      order by ps.position
      limit 1
    )
    when not exists (select 1 from cur) then null
    else (
      select ps.step_id from public.product_steps ps
      where ps.product_id = d.product_id and ps.position > (select cur.position from cur)
      order by ps.position
      limit 1
    )
  end
  from d
$$;

comment on function public.get_next_step_for_dossier(uuid) is
  'Next step (steps.id) of the dossier''s product workflow after its current step; the first step '
  'when it has none yet; NULL for an unknown or completed dossier, a current step outside the '
  'workflow, or after the last step.';

-- Whether every document type required by the instance's step has an APPROVED document attached
-- to that instance. NULL for an unknown (or NULL) step instance; TRUE when the step requires no
-- document type (nothing is missing).
create or replace function public.are_step_documents_complete(p_step_instance_id uuid)
returns boolean
language sql
stable
set search_path = ''
as $$
  select not exists (
    select 1
    from public.document_types dt
    where dt.required_step_id = si.step_id
      and not exists (
        select 1 from public.documents d
        where d.step_instance_id = si.id
          and d.document_type_id = dt.id
          and d.status = 'APPROVED'
      )
  )
  from public.step_instances si
  where si.id = p_step_instance_id
$$;

comment on function public.are_step_documents_complete(uuid) is
  'TRUE when every document type required by the step instance''s step has an APPROVED document '
  'attached to the instance (TRUE if none is required); NULL for an unknown step instance.';
