-- Agent-scoped security, part 3: table and column privileges of the API roles.
--
-- Supabase grants anon and authenticated ALL on everything postgres creates in public; row-level
-- security then decides which rows. This migration narrows the privileges themselves:
--   * anon: nothing on any table (the payment flow runs in Edge Functions with the service role;
--     the checkout page may call public.get_payment_link, 20250601000250);
--   * authenticated: SELECT / INSERT / DELETE on the tables (the policies decide), never
--     TRUNCATE, REFERENCES or TRIGGER (TRUNCATE ignores RLS); INSERT only on the columns a writer
--     provides and UPDATE only on the columns some role may change. Examples: a customer's profile update can touch full_name, phone, status
--     only, and status only for an ADMIN (guard trigger, 20250601000230); notifications.read_at
--     only; products' price only for an ADMIN (products_update policy).
-- service_role keeps everything (it bypasses RLS: Edge Functions, jobs).

set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- Ledger (20250601000050): every grant on the tables, sequences, columns and functions of
-- schema public as it is before this migration, so that its rollback gives exactly those back.
select migration_ledger.record_acls('20250601000220', 'public');

revoke all on all tables in schema public from anon;
revoke all on all sequences in schema public from anon;
-- Nor the functions created so far (later migrations grant anon explicitly, where needed).
-- (PUBLIC too: every role inherits it; authenticated and service_role keep their explicit grants.)
revoke execute on all functions in schema public from public, anon;

revoke all on all tables in schema public from authenticated;
grant select, insert, delete on all tables in schema public to authenticated;
-- Append-only / server-written tables: no client insert or delete at all.
revoke insert, delete on public.events, public.dossier_status_history, public.notifications,
  public.notification_deliveries from authenticated;
revoke select on public.notification_deliveries from authenticated;

-- INSERT: where customers, agents, reviewers or managers insert, only the columns they provide;
-- server-kept columns (tokens, timestamps, version numbers, status, payment state) take their
-- defaults / triggers. (Tables only an ADMIN inserts into keep the table-level grant.)
revoke insert on public.profiles, public.payment_links, public.payment_reminders, public.document_versions,
  public.document_reviews, public.messages from authenticated;
grant insert (id, full_name, phone) on public.profiles to authenticated;
grant insert (id, product_id, prospect_email, prospect_name, expires_at, created_by) on public.payment_links to authenticated;
grant insert (id, user_id, order_id, sent_via) on public.payment_reminders to authenticated;
grant insert (id, document_id, storage_path, file_name, file_size_bytes, mime_type, uploaded_by_type, uploaded_by_id)
  on public.document_versions to authenticated;
grant insert (id, document_version_id, reviewer_id, decision, notes) on public.document_reviews to authenticated;
grant insert (id, dossier_id, body, sender_type, sender_id, attachments) on public.messages to authenticated;

-- UPDATE: column lists (the policies say which rows, the guards which role per column).
grant update (full_name, phone, status) on public.profiles to authenticated;
grant update (full_name, role, active) on public.agents to authenticated;
grant update (code, name, description, dossier_type, stripe_product_id, stripe_price_id, price_amount,
  currency, initial_status, active) on public.products to authenticated;
grant update (code, label, description, position) on public.steps to authenticated;
grant update (position, is_required, estimated_duration_hours) on public.product_steps to authenticated;
grant update (code, label, description, max_file_size_mb, allowed_extensions, required_step_id)
  on public.document_types to authenticated;
grant update (prospect_email, prospect_name, expires_at, cancelled_at, cancelled_by)
  on public.payment_links to authenticated;
grant update (status, metadata) on public.orders to authenticated;
grant update (clicked_at) on public.payment_reminders to authenticated;
grant update (status, metadata, current_step_instance_id) on public.dossiers to authenticated;
grant update (assigned_to, status, due_at, metadata) on public.step_instances to authenticated;
grant update (status, step_instance_id) on public.documents to authenticated;
grant update (file_name, mime_type) on public.document_versions to authenticated;
grant update (notes) on public.document_reviews to authenticated;
grant update (body, read_at) on public.messages to authenticated;
grant update (read_at) on public.notifications to authenticated;

grant usage, select on all sequences in schema public to authenticated;
