-- Agent-scoped security, part 2: row-level security on every table of schema public, with the
-- policies of product.md §2 (the role matrix) plus the customer portal's own-row policies.
--
-- Conventions (Supabase database advisor):
--   * every policy is `TO authenticated` (anon gets no policy at all: it reads nothing);
--   * auth.uid() and the role helpers are wrapped in `(select ...)`: evaluated once per statement;
--   * ONE permissive policy per table and action: the customer rule and the agent rules are OR-ed
--     inside it (multiple_permissive_policies);
--   * no always-true write policy; tables nobody writes over the API simply have no write policy.
-- Columns a role may change are limited by grants (20250601000220) and guard triggers (…230).
-- Re-runnable: every policy is dropped if it exists before it is created.

set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- RLS on every table of schema public (also any table added before this migration).
do $$
declare
  t record;
begin
  for t in select c.relname from pg_catalog.pg_class c
           where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
  loop
    execute pg_catalog.format('alter table public.%I enable row level security', t.relname);
  end loop;
end
$$;

-- v1 policies and the guide's step-7 names: replaced by the policies below (B-22).
drop policy if exists "Users can read their dossiers" on public.dossiers;
drop policy if exists "Users can read their notifications" on public.notifications;
drop policy if exists "Users can view own dossiers" on public.dossiers;
drop policy if exists "Users can view own notifications" on public.notifications;
drop policy if exists "Users can update own notifications" on public.notifications;
drop policy if exists "Users can view own orders" on public.orders;
drop policy if exists "Users can view own payment reminders" on public.payment_reminders;

-- =============================================================================================
-- Catalog: products, steps, product_steps, document_types.
-- Read: every active agent, and customers (the portal shows their product, its steps and the
-- document types to upload). Write: ADMIN only (so nobody else can change a price).
-- =============================================================================================
do $$
declare
  t text;
begin
  foreach t in array array['products', 'steps', 'product_steps', 'document_types'] loop
    execute pg_catalog.format('drop policy if exists %I on public.%I', t || '_select', t);
    execute pg_catalog.format($p$
      create policy %I on public.%I for select to authenticated
      using ((select private.is_active_agent()) or (select private.is_customer()))$p$, t || '_select', t);
    execute pg_catalog.format('drop policy if exists %I on public.%I', t || '_insert', t);
    execute pg_catalog.format($p$
      create policy %I on public.%I for insert to authenticated
      with check ((select private.has_role('ADMIN')))$p$, t || '_insert', t);
    execute pg_catalog.format('drop policy if exists %I on public.%I', t || '_update', t);
    execute pg_catalog.format($p$
      create policy %I on public.%I for update to authenticated
      using ((select private.has_role('ADMIN'))) with check ((select private.has_role('ADMIN')))$p$, t || '_update', t);
    execute pg_catalog.format('drop policy if exists %I on public.%I', t || '_delete', t);
    execute pg_catalog.format($p$
      create policy %I on public.%I for delete to authenticated
      using ((select private.has_role('ADMIN')))$p$, t || '_delete', t);
  end loop;
end
$$;

-- =============================================================================================
-- payment_links. AGENT: create, read and cancel own. MANAGER: read all, cancel. ADMIN: full.
-- Cancelling goes through public.cancel_payment_link (it also cancels the link's unpaid orders
-- and writes the event), so direct UPDATEs are ADMIN only.
-- =============================================================================================
drop policy if exists payment_links_select on public.payment_links;
create policy payment_links_select on public.payment_links for select to authenticated
using (
  (select private.has_role('MANAGER', 'ADMIN'))
  or ((select private.has_role('AGENT')) and created_by = (select auth.uid()))
);

drop policy if exists payment_links_insert on public.payment_links;
create policy payment_links_insert on public.payment_links for insert to authenticated
with check (
  (select private.has_role('ADMIN'))
  or ((select private.has_role('AGENT')) and created_by = (select auth.uid()))
);

drop policy if exists payment_links_update on public.payment_links;
create policy payment_links_update on public.payment_links for update to authenticated
using ((select private.has_role('ADMIN'))) with check ((select private.has_role('ADMIN')));

drop policy if exists payment_links_delete on public.payment_links;
create policy payment_links_delete on public.payment_links for delete to authenticated
using ((select private.has_role('ADMIN')));

-- =============================================================================================
-- orders. Customer: own (guide). AGENT: those from own links. MANAGER: read all, cancel
-- (status -> CANCELLED; refunds go through Stripe: prepare_order_refund + the webhook). ADMIN: full.
-- =============================================================================================
drop policy if exists orders_select on public.orders;
create policy orders_select on public.orders for select to authenticated
using (
  user_id = (select auth.uid())
  or (select private.has_role('MANAGER', 'ADMIN'))
  or payment_link_id in (select private.own_payment_link_ids())
);

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

drop policy if exists orders_delete on public.orders;
create policy orders_delete on public.orders for delete to authenticated
using ((select private.has_role('ADMIN')));

-- =============================================================================================
-- payment_reminders. Customer: own (guide). AGENT: on own links' orders. MANAGER: read all,
-- send now (insert). ADMIN: full.
-- =============================================================================================
drop policy if exists payment_reminders_select on public.payment_reminders;
create policy payment_reminders_select on public.payment_reminders for select to authenticated
using (
  user_id = (select auth.uid())
  or (select private.has_role('MANAGER', 'ADMIN'))
  or order_id in (select private.own_link_order_ids())
);

drop policy if exists payment_reminders_insert on public.payment_reminders;
create policy payment_reminders_insert on public.payment_reminders for insert to authenticated
with check ((select private.has_role('MANAGER', 'ADMIN')));

drop policy if exists payment_reminders_update on public.payment_reminders;
create policy payment_reminders_update on public.payment_reminders for update to authenticated
using ((select private.has_role('ADMIN'))) with check ((select private.has_role('ADMIN')));

drop policy if exists payment_reminders_delete on public.payment_reminders;
create policy payment_reminders_delete on public.payment_reminders for delete to authenticated
using ((select private.has_role('ADMIN')));

-- =============================================================================================
-- profiles (customers). Customer: own (read; insert as PENDING; update name/phone).
-- AGENT: customers of own links or assigned dossiers. REVIEWER: customers whose documents await
-- review. MANAGER: read all. ADMIN: read all, change status. Nobody deletes over the API.
-- =============================================================================================
drop policy if exists profiles_select on public.profiles;
create policy profiles_select on public.profiles for select to authenticated
using (
  id = (select auth.uid())
  or (select private.has_role('MANAGER', 'ADMIN'))
  or id in (select private.visible_customer_ids())
);

drop policy if exists profiles_insert on public.profiles;
create policy profiles_insert on public.profiles for insert to authenticated
with check (id = (select auth.uid()) and (select private.is_customer()) and status = 'PENDING');

drop policy if exists profiles_update on public.profiles;
create policy profiles_update on public.profiles for update to authenticated
using ((id = (select auth.uid()) and (select private.is_customer())) or (select private.has_role('ADMIN')))
with check ((id = (select auth.uid()) and (select private.is_customer())) or (select private.has_role('ADMIN')));

-- =============================================================================================
-- agents: every active agent reads the directory; ADMIN invites, changes roles, deactivates.
-- =============================================================================================
drop policy if exists agents_select on public.agents;
create policy agents_select on public.agents for select to authenticated
using ((select private.is_active_agent()));

drop policy if exists agents_insert on public.agents;
create policy agents_insert on public.agents for insert to authenticated
with check ((select private.has_role('ADMIN')));

drop policy if exists agents_update on public.agents;
create policy agents_update on public.agents for update to authenticated
using ((select private.has_role('ADMIN'))) with check ((select private.has_role('ADMIN')));

-- =============================================================================================
-- dossiers. Customer: own (guide). AGENT: those with a step assigned to them. REVIEWER: read
-- all. MANAGER: read all, change status. ADMIN: full.
-- =============================================================================================
drop policy if exists dossiers_select on public.dossiers;
create policy dossiers_select on public.dossiers for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or id in (select private.readable_dossier_ids())
);

drop policy if exists dossiers_insert on public.dossiers;
create policy dossiers_insert on public.dossiers for insert to authenticated
with check ((select private.has_role('ADMIN')));

drop policy if exists dossiers_update on public.dossiers;
create policy dossiers_update on public.dossiers for update to authenticated
using ((select private.has_role('MANAGER', 'ADMIN')))
with check ((select private.has_role('MANAGER', 'ADMIN')));

drop policy if exists dossiers_delete on public.dossiers;
create policy dossiers_delete on public.dossiers for delete to authenticated
using ((select private.has_role('ADMIN')));

-- =============================================================================================
-- step_instances. Customer: own dossiers'. AGENT: on visible dossiers (completes own through
-- complete_step_instance). REVIEWER: read. MANAGER: assign / reassign. ADMIN: full.
-- =============================================================================================
drop policy if exists step_instances_select on public.step_instances;
create policy step_instances_select on public.step_instances for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or dossier_id in (select private.readable_dossier_ids())
);

drop policy if exists step_instances_insert on public.step_instances;
create policy step_instances_insert on public.step_instances for insert to authenticated
with check ((select private.has_role('ADMIN')));

drop policy if exists step_instances_update on public.step_instances;
create policy step_instances_update on public.step_instances for update to authenticated
using ((select private.has_role('MANAGER', 'ADMIN')))
with check ((select private.has_role('MANAGER', 'ADMIN')));

drop policy if exists step_instances_delete on public.step_instances;
create policy step_instances_delete on public.step_instances for delete to authenticated
using ((select private.has_role('ADMIN')));

-- =============================================================================================
-- documents. Customer: own dossiers'. AGENT: on visible dossiers. REVIEWER, MANAGER: read all.
-- ADMIN: full. (Review decisions go through review_document_version.)
-- =============================================================================================
drop policy if exists documents_select on public.documents;
create policy documents_select on public.documents for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or dossier_id in (select private.readable_dossier_ids())
);

drop policy if exists documents_insert on public.documents;
create policy documents_insert on public.documents for insert to authenticated
with check ((select private.has_role('ADMIN')));

drop policy if exists documents_update on public.documents;
create policy documents_update on public.documents for update to authenticated
using ((select private.has_role('ADMIN'))) with check ((select private.has_role('ADMIN')));

drop policy if exists documents_delete on public.documents;
create policy documents_delete on public.documents for delete to authenticated
using ((select private.has_role('ADMIN')));

-- =============================================================================================
-- document_versions. As documents; a customer uploads versions of their own documents as
-- themselves (USER).
-- =============================================================================================
drop policy if exists document_versions_select on public.document_versions;
create policy document_versions_select on public.document_versions for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or document_id in (select private.readable_document_ids())
);

drop policy if exists document_versions_insert on public.document_versions;
create policy document_versions_insert on public.document_versions for insert to authenticated
with check (
  (select private.has_role('ADMIN'))
  or (
    (select private.is_customer())
    and uploaded_by_type = 'USER'
    and uploaded_by_id = (select auth.uid())
    and document_id in (select private.readable_document_ids())
  )
);

drop policy if exists document_versions_update on public.document_versions;
create policy document_versions_update on public.document_versions for update to authenticated
using ((select private.has_role('ADMIN'))) with check ((select private.has_role('ADMIN')));

drop policy if exists document_versions_delete on public.document_versions;
create policy document_versions_delete on public.document_versions for delete to authenticated
using ((select private.has_role('ADMIN')));

-- =============================================================================================
-- document_reviews. AGENT: read on visible dossiers. REVIEWER: create own, read all.
-- MANAGER: read all. ADMIN: full. Customers: none (they get a notification).
-- =============================================================================================
drop policy if exists document_reviews_select on public.document_reviews;
create policy document_reviews_select on public.document_reviews for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or (
    (select private.has_role('AGENT'))
    and document_version_id in (
      select v.id from public.document_versions v
      where v.document_id in (select private.readable_document_ids())
    )
  )
);

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

-- =============================================================================================
-- messages. Customer: read / send on own dossiers (as USER). AGENT: read / send on visible
-- dossiers (as AGENT). REVIEWER: read. MANAGER: read / send all. ADMIN: full.
-- =============================================================================================
drop policy if exists messages_select on public.messages;
create policy messages_select on public.messages for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or dossier_id in (select private.readable_dossier_ids())
);

drop policy if exists messages_insert on public.messages;
create policy messages_insert on public.messages for insert to authenticated
with check (
  (select private.has_role('ADMIN'))
  or (
    sender_id = (select auth.uid())
    and (
      (sender_type = 'AGENT' and (select private.has_role('MANAGER')))
      or (sender_type = 'AGENT' and (select private.has_role('AGENT'))
          and dossier_id in (select private.readable_dossier_ids()))
      or (sender_type = 'USER' and (select private.is_customer())
          and dossier_id in (select private.readable_dossier_ids()))
    )
  )
);

drop policy if exists messages_update on public.messages;
create policy messages_update on public.messages for update to authenticated
using ((select private.has_role('ADMIN'))) with check ((select private.has_role('ADMIN')));

drop policy if exists messages_delete on public.messages;
create policy messages_delete on public.messages for delete to authenticated
using ((select private.has_role('ADMIN')));

-- =============================================================================================
-- events, dossier_status_history: read-only over the API (written by SECURITY DEFINER triggers
-- and functions). AGENT: on visible dossiers. REVIEWER: on visible documents (document events;
-- status history of every dossier, all of which a reviewer reads). MANAGER, ADMIN: all.
-- =============================================================================================
drop policy if exists events_select on public.events;
create policy events_select on public.events for select to authenticated
using (
  (select private.has_role('MANAGER', 'ADMIN'))
  or ((select private.has_role('REVIEWER')) and entity_type = 'document')
  or (
    (select private.has_role('AGENT'))
    and (
      (payload ->> 'dossier_id') in (select x::text from private.readable_dossier_ids() x)
      or (entity_type = 'dossier' and entity_id in (select private.readable_dossier_ids()))
    )
  )
);

drop policy if exists dossier_status_history_select on public.dossier_status_history;
create policy dossier_status_history_select on public.dossier_status_history for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or ((select private.has_role('AGENT')) and dossier_id in (select private.readable_dossier_ids()))
);

-- =============================================================================================
-- notifications: a user reads their own and marks them read (only read_at is granted).
-- notification_deliveries: no API access (RLS on, no policy).
-- =============================================================================================
drop policy if exists notifications_select on public.notifications;
create policy notifications_select on public.notifications for select to authenticated
using (user_id = (select auth.uid()));

drop policy if exists notifications_update on public.notifications;
create policy notifications_update on public.notifications for update to authenticated
using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
