-- squawk-ignore-file require-concurrent-index-creation
-- v2: the guide's indexes without its duplicates (B-32), plus an index for every foreign key and
-- the hot paths of the back-office lists, policies and jobs.
--
-- Left out on purpose (duplicates): idx_profiles_stripe_customer_id, idx_products_code,
-- idx_payment_links_token, idx_orders_stripe_checkout_session_id,
-- idx_orders_stripe_payment_intent_id (each duplicates a UNIQUE index); idx_product_steps_product_id,
-- idx_document_versions_document_id and idx_orders_user_id (each a prefix of another index).
--
-- squawk's require-concurrent-index-creation is ignored for this file: it runs inside the
-- migration's transaction, where CONCURRENTLY is impossible. On a large production database create
-- the big ones beforehand with `create index concurrently if not exists` and the same name and
-- definition (docs/database.md); this file then skips them.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

-- Ledger (20250601000050): an index of the same name created by hand on v1 is kept (and kept by
-- the rollback).
select migration_ledger.note_all('20250601000170', 'index', array[
    'public.idx_profiles_status', 'public.profiles_stripe_customer_id_key',
    'public.idx_profiles_email', 'public.idx_products_active',
    'public.idx_products_dossier_type', 'public.idx_product_steps_step_id',
    'public.idx_document_types_required_step_id', 'public.idx_payment_links_prospect_email',
    'public.idx_payment_links_product_id', 'public.idx_payment_links_used_at',
    'public.idx_payment_links_created_by', 'public.idx_payment_links_used_by',
    'public.idx_payment_links_cancelled_by', 'public.idx_payment_links_created_at',
    'public.idx_orders_user_id_status', 'public.idx_orders_product_id',
    'public.idx_orders_status', 'public.idx_orders_payment_link_id',
    'public.idx_orders_dossier_id', 'public.idx_orders_created_at',
    'public.idx_orders_paid_at', 'public.orders_one_paid_order_per_payment_link',
    'public.idx_payment_reminders_user_id', 'public.idx_payment_reminders_order_id',
    'public.idx_dossiers_user_id', 'public.idx_dossiers_product_id',
    'public.idx_dossiers_type', 'public.idx_dossiers_status',
    'public.idx_dossiers_created_at', 'public.idx_dossiers_current_step_instance_id',
    'public.idx_step_instances_dossier_id', 'public.idx_step_instances_step_id',
    'public.idx_step_instances_assigned_to', 'public.idx_step_instances_open_due_at',
    'public.idx_documents_dossier_id', 'public.idx_documents_status',
    'public.idx_documents_step_instance_id', 'public.idx_documents_document_type_id',
    'public.document_versions_document_id_version_number_key', 'public.idx_document_versions_uploaded_at',
    'public.idx_document_reviews_document_version_id', 'public.idx_document_reviews_reviewer_id',
    'public.idx_document_reviews_created_at', 'public.idx_events_entity',
    'public.idx_events_event_type', 'public.idx_events_actor',
    'public.idx_events_created_at', 'public.idx_notifications_user_id',
    'public.idx_notifications_read_at', 'public.idx_notifications_created_at',
    'public.idx_notifications_event_id', 'public.idx_notifications_unread',
    'public.idx_notification_deliveries_notification_id', 'public.idx_messages_dossier_id',
    'public.idx_messages_sender', 'public.idx_messages_created_at',
    'public.idx_dossier_status_history_dossier_id']);

-- profiles
create index if not exists idx_profiles_status on public.profiles (status);
create unique index if not exists profiles_stripe_customer_id_key on public.profiles (stripe_customer_id);
create index if not exists idx_profiles_email on public.profiles (lower(email));

-- products / product_steps / steps / document_types
create index if not exists idx_products_active on public.products (active) where active = true;
create index if not exists idx_products_dossier_type on public.products (dossier_type);
create index if not exists idx_product_steps_step_id on public.product_steps (step_id);
create index if not exists idx_document_types_required_step_id on public.document_types (required_step_id);

-- payment_links
create index if not exists idx_payment_links_prospect_email on public.payment_links (lower(prospect_email));
create index if not exists idx_payment_links_product_id on public.payment_links (product_id);
create index if not exists idx_payment_links_used_at on public.payment_links (used_at);
create index if not exists idx_payment_links_created_by on public.payment_links (created_by, created_at desc);
create index if not exists idx_payment_links_used_by on public.payment_links (used_by);
create index if not exists idx_payment_links_cancelled_by on public.payment_links (cancelled_by);
create index if not exists idx_payment_links_created_at on public.payment_links (created_at desc);

-- orders
create index if not exists idx_orders_user_id_status on public.orders (user_id, status);
create index if not exists idx_orders_product_id on public.orders (product_id);
create index if not exists idx_orders_status on public.orders (status);
create index if not exists idx_orders_payment_link_id on public.orders (payment_link_id);
create index if not exists idx_orders_dossier_id on public.orders (dossier_id);
create index if not exists idx_orders_created_at on public.orders (created_at desc);
create index if not exists idx_orders_paid_at on public.orders (paid_at) where paid_at is not null;
-- A payment link is paid at most once (B-30).
create unique index if not exists orders_one_paid_order_per_payment_link
  on public.orders (payment_link_id) where status = 'PAID';

-- payment_reminders
create index if not exists idx_payment_reminders_user_id on public.payment_reminders (user_id);
create index if not exists idx_payment_reminders_order_id on public.payment_reminders (order_id, sent_at desc);

-- dossiers
create index if not exists idx_dossiers_user_id on public.dossiers (user_id);
create index if not exists idx_dossiers_product_id on public.dossiers (product_id, type);
create index if not exists idx_dossiers_type on public.dossiers (type);
create index if not exists idx_dossiers_status on public.dossiers (status);
create index if not exists idx_dossiers_created_at on public.dossiers (created_at desc);
create index if not exists idx_dossiers_current_step_instance_id on public.dossiers (current_step_instance_id);

-- step_instances
create index if not exists idx_step_instances_dossier_id on public.step_instances (dossier_id);
create index if not exists idx_step_instances_step_id on public.step_instances (step_id);
create index if not exists idx_step_instances_assigned_to on public.step_instances (assigned_to);
create index if not exists idx_step_instances_open_due_at
  on public.step_instances (due_at) where completed_at is null;

-- documents / versions / reviews
create index if not exists idx_documents_dossier_id on public.documents (dossier_id);
create index if not exists idx_documents_status on public.documents (status);
create index if not exists idx_documents_step_instance_id on public.documents (step_instance_id);
create index if not exists idx_documents_document_type_id on public.documents (document_type_id);
-- B-09: one number per version of a document (also serves document_id look-ups).
create unique index if not exists document_versions_document_id_version_number_key
  on public.document_versions (document_id, version_number);
create index if not exists idx_document_versions_uploaded_at on public.document_versions (uploaded_at desc);
create index if not exists idx_document_reviews_document_version_id
  on public.document_reviews (document_version_id);
create index if not exists idx_document_reviews_reviewer_id on public.document_reviews (reviewer_id);
create index if not exists idx_document_reviews_created_at on public.document_reviews (created_at desc);

-- events
create index if not exists idx_events_entity on public.events (entity_type, entity_id, created_at desc);
create index if not exists idx_events_event_type on public.events (event_type);
create index if not exists idx_events_actor on public.events (actor_type, actor_id);
create index if not exists idx_events_created_at on public.events (created_at desc);

-- notifications / deliveries
create index if not exists idx_notifications_user_id on public.notifications (user_id);
create index if not exists idx_notifications_read_at on public.notifications (read_at);
create index if not exists idx_notifications_created_at on public.notifications (created_at desc);
create index if not exists idx_notifications_event_id on public.notifications (event_id);
create index if not exists idx_notifications_unread on public.notifications (user_id) where read_at is null;
create index if not exists idx_notification_deliveries_notification_id
  on public.notification_deliveries (notification_id);

-- messages
create index if not exists idx_messages_dossier_id on public.messages (dossier_id, created_at);
create index if not exists idx_messages_sender on public.messages (sender_type, sender_id);
create index if not exists idx_messages_created_at on public.messages (created_at desc);

-- dossier_status_history
create index if not exists idx_dossier_status_history_dossier_id
  on public.dossier_status_history (dossier_id, created_at);
