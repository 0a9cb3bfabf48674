-- Business rules only through their functions (issue 10, item 5). Where a SQL function owns a
-- rule (and writes its event), the API roles lose the direct write that bypassed it:
--
--   table.column                      now only through
--   document_reviews (insert/update/  review_document_version: one review per version, notes to
--     delete)                           reject, event, notification, document status, step
--   payment_links (insert, update)    create_payment_link (payment-links function): active
--                                       product, valid e-mail, sane expiry, event;
--                                       cancel_payment_link: unpaid only, its orders, events
--   orders.status, orders (insert)    cancel_order (below): unpaid only, ORDER_CANCELLED event;
--                                       the Stripe webhook (service role) for payments/refunds
--   dossiers.status (update, insert), change_dossier_status / complete_step_instance (history,
--     dossiers.current_step_instance_id  events, next step)
--   step_instances.status (update,    complete_step_instance (STEP_COMPLETED, next step)
--     insert)
--   documents.status (update, insert) review_document_version
--   payment_reminders (insert,        the payment-reminders function (cadence, payable link,
--     update of clicked_at)             the e-mail itself; the tracked link records the click)
--   agents (insert), agents.role,     the team function (invite e-mail, auth user ban/unban,
--     agents.active                     never oneself)
--
-- What stays directly writable is plain data the policies and guard triggers fully check:
-- names, phone, metadata, a step's assignee (check + STEP_ASSIGNED event by trigger), a
-- customer's status by an admin (guard trigger), catalog rows (admin), messages, read flags.
--
-- Re-runnable: revokes are idempotent, policies are dropped if they exist, functions are
-- replaced. Revert: supabase/rollbacks/ (same name).

set local lock_timeout = '10s';
set local statement_timeout = '1min';

-- document_reviews: read-only over the API.
revoke insert, update, delete on public.document_reviews from authenticated;
drop policy if exists document_reviews_insert on public.document_reviews;
drop policy if exists document_reviews_update on public.document_reviews;
drop policy if exists document_reviews_delete on public.document_reviews;

-- payment_links: created and cancelled by their functions (an admin may still delete a link).
revoke insert, update on public.payment_links from authenticated;
drop policy if exists payment_links_insert on public.payment_links;
drop policy if exists payment_links_update on public.payment_links;

-- orders: written by the webhook (service role) and cancel_order; an admin keeps metadata.
revoke insert on public.orders from authenticated;
revoke update on public.orders from authenticated;
grant update (metadata) on public.orders to authenticated;
drop policy if exists orders_insert on public.orders;
drop policy if exists orders_update on public.orders;
create policy orders_update on public.orders for update to authenticated
using ((select private.has_role('ADMIN'))) with check ((select private.has_role('ADMIN')));

-- Status columns moved by their functions only.
revoke update on public.dossiers from authenticated;
grant update (metadata) on public.dossiers to authenticated;
revoke update on public.step_instances from authenticated;
grant update (assigned_to, due_at, metadata) on public.step_instances to authenticated;
revoke update on public.documents from authenticated;
grant update (step_instance_id) on public.documents to authenticated;
-- An admin still creates these rows directly, but never with a status of their choosing (the
-- workflow's defaults and triggers set it).
revoke insert on public.dossiers, public.step_instances, public.documents from authenticated;
grant insert (id, user_id, product_id, type, metadata) on public.dossiers to authenticated;
grant insert (id, dossier_id, step_id, assigned_to, due_at, metadata) on public.step_instances to authenticated;
grant insert (id, dossier_id, document_type_id, step_instance_id) on public.documents to authenticated;

-- payment_reminders: sent, and their clicks recorded, by the payment-reminders function only.
revoke insert, update on public.payment_reminders from authenticated;
drop policy if exists payment_reminders_insert on public.payment_reminders;
drop policy if exists payment_reminders_update on public.payment_reminders;

-- agents: invited, re-roled and (de)activated by the team function; an admin renames directly.
revoke insert on public.agents from authenticated;
revoke update on public.agents from authenticated;
grant update (full_name) on public.agents to authenticated;
drop policy if exists agents_insert on public.agents;

-- ---------------------------------------------------------------------------------------------
-- cancel_order: a MANAGER or an ADMIN cancels an unpaid (PENDING or FAILED) order, with its
-- ORDER_CANCELLED event. A paid order is refunded instead (refunds function + webhook).
-- Errors: 42501 not allowed, 22023 bad input, P0002 no such order (404), 55000 not unpaid (409).
-- ---------------------------------------------------------------------------------------------
create or replace function private.cancel_order(p_order_id uuid, p_reason text default null)
returns public.orders
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_order public.orders;
  v_reason text := nullif(pg_catalog.btrim(p_reason), '');
begin
  if not private.has_role('MANAGER', 'ADMIN') then
    raise exception using errcode = '42501', message = 'only managers and admins can cancel orders';
  end if;
  if v_reason is not null and pg_catalog.length(v_reason) > 500 then
    raise exception using errcode = '22023', message = 'reason must be at most 500 characters';
  end if;
  select * into v_order from public.orders o where o.id = p_order_id for update;
  if v_order.id is null then
    raise exception using errcode = 'P0002', message = 'no such order';
  end if;
  if v_order.status not in ('PENDING', 'FAILED') then
    raise exception using errcode = '55000',
      message = pg_catalog.format('a %s order cannot be cancelled (refund a paid order instead)', v_order.status);
  end if;
  update public.orders o set status = 'CANCELLED' where o.id = v_order.id returning * into v_order;
  insert into public.events (entity_type, entity_id, event_type, payload)
  values ('order', v_order.id, 'ORDER_CANCELLED',
          pg_catalog.jsonb_build_object('order_id', v_order.id, 'payment_link_id', v_order.payment_link_id,
            'reason', coalesce(v_reason, 'cancelled by ' || pg_catalog.lower(private.current_agent_role()::text))));
  return v_order;
end;
$$;

create or replace function public.cancel_order(p_order_id uuid, p_reason text default null)
returns public.orders
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_order public.orders;
begin
  select * into v_order from private.cancel_order(p_order_id, p_reason);
  return v_order;
exception when no_data_found or object_not_in_prerequisite_state then
  perform private.raise_api_error(sqlstate, sqlerrm);
  return null;
end;
$$;
comment on function public.cancel_order(uuid, text) is
  'Cancels an unpaid (PENDING or FAILED) order (manager, admin) and records ORDER_CANCELLED.';

revoke all on function private.cancel_order(uuid, text) from public, anon;
grant execute on function private.cancel_order(uuid, text) to authenticated, service_role;
revoke all on function public.cancel_order(uuid, text) from public, anon;
grant execute on function public.cancel_order(uuid, text) to authenticated, service_role;
