-- Revert 20250601000610_rules_writes_through_functions: the grants and policies of
-- 20250601000210 / …220 again, without cancel_order.
drop function if exists public.cancel_order(uuid, text);
drop function if exists private.cancel_order(uuid, text);

grant insert (id, document_version_id, reviewer_id, decision, notes) on public.document_reviews to authenticated;
grant update (notes) on public.document_reviews to authenticated;
grant delete on public.document_reviews to authenticated;
drop policy if exists document_reviews_insert on public.document_reviews;
create policy document_reviews_insert on public.document_reviews for insert to authenticated
with check (
  (select private.has_role('ADMIN'))
  or ((select private.has_role('REVIEWER')) and reviewer_id = (select auth.uid()))
);
drop policy if exists document_reviews_update on public.document_reviews;
create policy document_reviews_update on public.document_reviews for update to authenticated
using ((select private.has_role('ADMIN'))) with check ((select private.has_role('ADMIN')));
drop policy if exists document_reviews_delete on public.document_reviews;
create policy document_reviews_delete on public.document_reviews for delete to authenticated
using ((select private.has_role('ADMIN')));

grant insert (id, product_id, prospect_email, prospect_name, expires_at, created_by) on public.payment_links to authenticated;
grant update (prospect_email, prospect_name, expires_at, cancelled_at, cancelled_by) on public.payment_links to authenticated;
drop policy if exists payment_links_insert on public.payment_links;
create policy payment_links_insert on public.payment_links for insert to authenticated
with check (
  (select private.has_role('ADMIN'))
  or ((select private.has_role('AGENT')) and created_by = (select auth.uid()))
);
drop policy if exists payment_links_update on public.payment_links;
create policy payment_links_update on public.payment_links for update to authenticated
using ((select private.has_role('ADMIN'))) with check ((select private.has_role('ADMIN')));

grant insert on public.orders to authenticated;
grant update (status, metadata) on public.orders to authenticated;
drop policy if exists orders_insert on public.orders;
create policy orders_insert on public.orders for insert to authenticated
with check ((select private.has_role('ADMIN')));
drop policy if exists orders_update on public.orders;
create policy orders_update on public.orders for update to authenticated
using ((select private.has_role('MANAGER', 'ADMIN')))
with check (
  (select private.has_role('ADMIN'))
  or ((select private.has_role('MANAGER')) and status = 'CANCELLED')
);

grant update (status, metadata, current_step_instance_id) on public.dossiers to authenticated;
grant update (assigned_to, status, due_at, metadata) on public.step_instances to authenticated;
grant update (status, step_instance_id) on public.documents to authenticated;
revoke insert on public.dossiers, public.step_instances, public.documents from authenticated;
grant insert on public.dossiers, public.step_instances, public.documents to authenticated;

grant insert (id, user_id, order_id, sent_via) on public.payment_reminders to authenticated;
grant update (clicked_at) on public.payment_reminders to authenticated;
drop policy if exists payment_reminders_update on public.payment_reminders;
create policy payment_reminders_update on public.payment_reminders for update to authenticated
using ((select private.has_role('ADMIN'))) with check ((select private.has_role('ADMIN')));
drop policy if exists payment_reminders_insert on public.payment_reminders;
create policy payment_reminders_insert on public.payment_reminders for insert to authenticated
with check ((select private.has_role('MANAGER', 'ADMIN')));

grant insert on public.agents to authenticated;
grant update (full_name, role, active) on public.agents to authenticated;
drop policy if exists agents_insert on public.agents;
create policy agents_insert on public.agents for insert to authenticated
with check ((select private.has_role('ADMIN')));
