-- squawk-ignore-file require-concurrent-index-creation
-- payment_reminders.agent_id: the reminded order's selling agent (orders.agent_id), stored so that
-- the agent's arm of payment_reminders_select is `agent_id = (select auth.uid())` (issue #9).
--
-- Why (large data set, EXPLAIN ANALYZE as the demo agent, 2026-12-02, load ~1): the arm was
-- `order_id in (select o.id from public.orders o where o.agent_id = auth.uid())`, and that
-- sub-select runs under the orders policy: a Bitmap Heap Scan of the agent's 3,628 orders (2,567
-- heap blocks) for every reminders request, 15 of the 27 ms of the list's count; the bench gave
-- role / service key 5.0 for the list and 3.7 for a reminder's page.
--
-- Kept like orders.agent_id (20250601000802), in the same transaction: a BEFORE trigger takes it
-- from the order on every insert and update of a reminder (never from the writer), and an order
-- whose agent changes (its link changing owner) moves its reminders. The role stays an InitPlan
-- read from agents, so a role change or a deactivation applies on the next request.
-- squawk's require-concurrent-index-creation is ignored: on a large production database create
-- idx_payment_reminders_agent_id beforehand with `create index concurrently if not exists` (same
-- definition), and fill the column in batches before this runs (the update below then changes
-- nothing). Revert: supabase/rollbacks/ (same name). Re-runnable.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

select migration_ledger.note_all('20250601000926', 'column', array['public.payment_reminders.agent_id']);
select migration_ledger.note_all('20250601000926', 'index', array['public.idx_payment_reminders_agent_id']);

alter table public.payment_reminders add column if not exists agent_id uuid;
comment on column public.payment_reminders.agent_id is
  'The reminded order''s selling agent (orders.agent_id), kept by triggers; the agent''s read policy tests it.';

-- the agent's reminders, newest first (the list's sort), and their count
create index if not exists idx_payment_reminders_agent_id on public.payment_reminders (agent_id, sent_at desc);

-- payment_reminders.agent_id is the order's, never taken from the writer.
create or replace function private.set_reminder_agent()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.agent_id := (select o.agent_id from public.orders o where o.id = new.order_id);
  return new;
end
$$;
revoke all on function private.set_reminder_agent() from public, anon, authenticated;

create or replace trigger set_reminder_agent before insert or update on public.payment_reminders
for each row execute function private.set_reminder_agent();

-- An order whose agent changes moves its reminders (their BEFORE trigger reads the new agent).
create or replace function private.reminders_follow_order_agent()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.payment_reminders r set agent_id = new.agent_id
  where r.order_id = new.id and r.agent_id is distinct from new.agent_id;
  return null;
end
$$;
revoke all on function private.reminders_follow_order_agent() from public, anon, authenticated;

create or replace trigger reminders_follow_order_agent after update on public.orders
for each row when (old.agent_id is distinct from new.agent_id)
execute function private.reminders_follow_order_agent();

-- The set-based definition: the backfill here, and the demo generator (which writes with triggers off).
create or replace function private.rebuild_reminder_agents()
returns void
language sql
security definer
set search_path = ''
as $$
  update public.payment_reminders r set agent_id = o.agent_id
  from public.orders o
  where o.id = r.order_id and r.agent_id is distinct from o.agent_id;
$$;
revoke all on function private.rebuild_reminder_agents() from public, anon, authenticated;
comment on function private.rebuild_reminder_agents() is
  'Sets payment_reminders.agent_id from their orders (set-based; changes only what differs).';

select private.rebuild_reminder_agents();

drop policy if exists payment_reminders_select on public.payment_reminders;
create policy payment_reminders_select on public.payment_reminders for select to authenticated
using (
  user_id = (select auth.uid())
  or (select private.has_role('MANAGER', 'ADMIN'))
  or ((select private.has_role('AGENT')) and agent_id = (select auth.uid()))
);
