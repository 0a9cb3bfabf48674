-- v2 step 1: extensions and enum labels, alone in their own transaction.
-- New labels cannot be used in the transaction that adds them (B-02), so nothing here uses them;
-- every later migration runs after this one has committed.

-- pgcrypto provides gen_random_bytes() for payment link tokens (B-19). On Supabase it lives in
-- schema extensions; the local bootstrap creates it there too.
set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- Ledger (20250601000050): both may be there already (they are on Supabase); the rollback keeps them.
select migration_ledger.note('20250601000100', 'schema', 'extensions');
select migration_ledger.note('20250601000100', 'extension', 'pgcrypto');
create schema if not exists extensions;
create extension if not exists pgcrypto with schema extensions;

-- Existing enums: new labels placed in lifecycle order with BEFORE/AFTER (B-37), so a migrated
-- database and a fresh one sort the same way.
alter type public.dossier_type add value if not exists 'DUBAI' after 'CORP';
alter type public.dossier_type add value if not exists 'COMPLIANCE' after 'DUBAI';
alter type public.dossier_type add value if not exists 'ACCOUNTING' after 'COMPLIANCE';

alter type public.dossier_status_code add value if not exists 'IN_PROGRESS' after 'QUALIFICATION';
alter type public.dossier_status_code add value if not exists 'UNDER_REVIEW' after 'IN_PROGRESS';
alter type public.dossier_status_code add value if not exists 'COMPLETED' after 'UNDER_REVIEW';

alter type public.document_status add value if not exists 'OUTDATED' after 'REJECTED';

alter type public.event_type add value if not exists 'DOSSIER_CREATED' before 'DOSSIER_STATUS_CHANGED';
alter type public.event_type add value if not exists 'STEP_ASSIGNED' before 'STEP_COMPLETED';
alter type public.event_type add value if not exists 'MESSAGE_SENT' after 'STEP_COMPLETED';
alter type public.event_type add value if not exists 'PAYMENT_LINK_CREATED' after 'MESSAGE_SENT';
alter type public.event_type add value if not exists 'PAYMENT_LINK_CANCELLED' after 'PAYMENT_LINK_CREATED';
alter type public.event_type add value if not exists 'PAYMENT_RECEIVED' after 'PAYMENT_LINK_CANCELLED';
alter type public.event_type add value if not exists 'PAYMENT_FAILED' after 'PAYMENT_RECEIVED';
alter type public.event_type add value if not exists 'PAYMENT_REFUNDED' after 'PAYMENT_FAILED';
alter type public.event_type add value if not exists 'ORDER_CANCELLED' after 'PAYMENT_REFUNDED';
alter type public.event_type add value if not exists 'PAYMENT_REMINDER_SENT' after 'ORDER_CANCELLED';

alter type public.notification_status add value if not exists 'BOUNCED' after 'SENT';

-- New enums (the guide's plain CREATE TYPE is not re-runnable).
do $$
begin
  if to_regtype('public.user_status') is null then
    create type public.user_status as enum ('PENDING', 'ACTIVE', 'SUSPENDED');
  end if;
  if to_regtype('public.order_status') is null then
    create type public.order_status as enum ('PENDING', 'PAID', 'FAILED', 'REFUNDED', 'CANCELLED');
  end if;
  if to_regtype('public.actor_type') is null then
    create type public.actor_type as enum ('USER', 'AGENT', 'SYSTEM');
  end if;
  if to_regtype('public.agent_role') is null then
    create type public.agent_role as enum ('AGENT', 'REVIEWER', 'MANAGER', 'ADMIN');
  end if;
end
$$;
