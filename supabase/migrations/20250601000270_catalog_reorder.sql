-- reorder_product_steps: an ADMIN puts a product's workflow steps in a new order in one
-- transaction (product_steps (product_id, position) is unique and DEFERRABLE: checked at commit).
-- SECURITY INVOKER: the update runs under the caller's policies (product_steps_update: ADMIN),
-- the explicit role check only gives a clear error first. The product's positions are kept as a
-- set and handed out in the new order (a workflow numbered from 0 stays numbered from 0).

set local lock_timeout = '10s';
set local statement_timeout = '15min';

create or replace function public.reorder_product_steps(p_product_id uuid, p_product_step_ids uuid[])
returns setof public.product_steps
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_current uuid[];
begin
  if not private.has_role('ADMIN') then
    raise exception using errcode = '42501', message = 'only admins can change a workflow';
  end if;
  if not exists (select 1 from public.products p where p.id = p_product_id) then
    raise exception using errcode = 'P0002', message = 'no such product';
  end if;
  select coalesce(pg_catalog.array_agg(ps.id order by ps.id), '{}') into v_current
  from public.product_steps ps where ps.product_id = p_product_id;
  if p_product_step_ids is null
     or pg_catalog.cardinality(p_product_step_ids) <> pg_catalog.cardinality(v_current)
     or (select pg_catalog.array_agg(x order by x) from pg_catalog.unnest(p_product_step_ids) x) is distinct from v_current then
    raise exception using errcode = '22023',
      message = 'product_step_ids must list every step of the product''s workflow exactly once';
  end if;

  set constraints public.product_steps_product_id_position_key deferred;
  with wanted as (
    select ids.id, ids.n from pg_catalog.unnest(p_product_step_ids) with ordinality as ids(id, n)
  ),
  slots as (
    select ps.position, pg_catalog.row_number() over (order by ps.position) as n
    from public.product_steps ps where ps.product_id = p_product_id
  )
  update public.product_steps ps
  set position = slots.position
  from wanted join slots on slots.n = wanted.n
  where ps.id = wanted.id and ps.position is distinct from slots.position;
  set constraints public.product_steps_product_id_position_key immediate;

  return query select * from public.product_steps ps where ps.product_id = p_product_id order by ps.position;
end;
$$;
comment on function public.reorder_product_steps(uuid, uuid[]) is
  'Admin: puts the product''s workflow steps (product_steps ids, all of them) in the given order.';

revoke all on function public.reorder_product_steps(uuid, uuid[]) from public, anon;
grant execute on function public.reorder_product_steps(uuid, uuid[]) to authenticated, service_role;
