-- Revert 20250601000210_security_rls_policies: drop the v2 policies, restore the v1 ones, and
-- leave RLS enabled only where v1 had it (dossiers, notifications).
do $$
declare
  p record;
begin
  for p in
    select pol.policyname, pol.tablename from pg_catalog.pg_policies pol
    where pol.schemaname = 'public'
      and pol.policyname in (
        select t || '_' || a
        from unnest(array['products', 'steps', 'product_steps', 'document_types', 'payment_links',
          'orders', 'payment_reminders', 'profiles', 'agents', 'dossiers', 'step_instances',
          'documents', 'document_versions', 'document_reviews', 'messages', 'events',
          'dossier_status_history', 'notifications']) t,
        unnest(array['select', 'insert', 'update', 'delete']) a)
  loop
    execute pg_catalog.format('drop policy if exists %I on public.%I', p.policyname, p.tablename);
  end loop;
end
$$;

do $$
declare
  t text;
begin
  foreach t in array array['profiles', 'agents', 'steps', 'document_types', 'step_instances',
    'documents', 'document_versions', 'document_reviews', 'messages', 'events',
    'notification_deliveries', 'dossier_status_history'] loop
    execute pg_catalog.format('alter table public.%I disable row level security', t);
  end loop;
end
$$;

drop policy if exists "Users can read their dossiers" on public.dossiers;
create policy "Users can read their dossiers" on public.dossiers for select using (auth.uid() = user_id);
drop policy if exists "Users can read their notifications" on public.notifications;
create policy "Users can read their notifications" on public.notifications for select using (auth.uid() = user_id);
