-- Payments, part 4: payment reminders (B-33). The payment-reminders Edge Function (cron, service
-- role) claims due reminders here, e-mails them, and releases a claim whose e-mail failed.
--
-- Due: an unpaid order (PENDING, FAILED, or CANCELLED by an expired checkout session) whose
-- payment link can still be paid (not used, not cancelled, not expired), with fewer than
-- p_max_count reminders so far and none within p_cadence. This covers suspended customers, whose
-- orders are unpaid by definition.
--
-- Overlapping runs never send the same reminder twice: each order row is locked
-- (FOR UPDATE SKIP LOCKED: a concurrent run skips it), and the reminder count and last send are
-- re-read after the lock, in a new snapshot, so a run that started before another committed still
-- sees that run's reminders. The claim commits before any e-mail leaves.
-- p_order_ids limits a run to some orders ("send now" from the back-office, targeted re-runs).

set local lock_timeout = '10s';
set local statement_timeout = '15min';

create or replace function public.claim_payment_reminders(
  p_cadence interval,
  p_max_count integer,
  p_limit integer default 100,
  p_order_ids uuid[] default null
)
returns table (
  reminder_id uuid, order_id uuid, user_id uuid, email text, full_name text, product_name text,
  amount integer, currency text, payment_link_id uuid, reminder_number integer
)
language plpgsql
volatile
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  v_candidate record;
  v_count integer;
  v_last timestamptz;
  v_claimed integer := 0;
  v_reminder uuid;
begin
  if p_cadence is null or p_cadence <= interval '0' then
    raise exception using errcode = '22023', message = 'cadence must be a positive interval';
  end if;
  if p_max_count is null or p_max_count < 1 then
    raise exception using errcode = '22023', message = 'max_count must be at least 1';
  end if;
  if p_limit is null or p_limit < 1 or p_limit > 1000 then
    raise exception using errcode = '22023', message = 'limit must be between 1 and 1000';
  end if;

  for v_candidate in
    select o.id, o.user_id, o.amount, o.currency, o.payment_link_id, pr.name as product_name,
           coalesce(u.email, p.email) as email, p.full_name
    from public.orders o
    join public.payment_links pl on pl.id = o.payment_link_id
    join public.products pr on pr.id = o.product_id
    join public.profiles p on p.id = o.user_id
    left join auth.users u on u.id = o.user_id
    where o.status in ('PENDING', 'FAILED', 'CANCELLED')
      and pl.used_at is null
      and pl.cancelled_at is null
      and (pl.expires_at is null or pl.expires_at > pg_catalog.now())
      and coalesce(u.email, p.email) is not null
      and (p_order_ids is null or o.id = any (p_order_ids))
    order by o.created_at, o.id
    for update of o skip locked
  loop
    -- Re-read under the lock (new snapshot): another run may have committed a reminder meanwhile.
    select pg_catalog.count(*)::integer, max(r.sent_at) into v_count, v_last
    from public.payment_reminders r where r.order_id = v_candidate.id;
    continue when v_count >= p_max_count;
    continue when v_last is not null and v_last > pg_catalog.clock_timestamp() - p_cadence;
    continue when not exists (
      select 1 from public.orders o where o.id = v_candidate.id and o.status in ('PENDING', 'FAILED', 'CANCELLED'));

    insert into public.payment_reminders (user_id, order_id, sent_via, sent_at)
    values (v_candidate.user_id, v_candidate.id, 'EMAIL', pg_catalog.clock_timestamp())
    returning id into v_reminder;
    insert into public.events (entity_type, entity_id, event_type, payload, actor_type, actor_id)
    values ('order', v_candidate.id, 'PAYMENT_REMINDER_SENT',
            pg_catalog.jsonb_build_object('order_id', v_candidate.id, 'reminder_id', v_reminder,
              'reminder_number', v_count + 1, 'payment_link_id', v_candidate.payment_link_id),
            'SYSTEM', null);

    reminder_id := v_reminder;
    order_id := v_candidate.id;
    user_id := v_candidate.user_id;
    email := v_candidate.email;
    full_name := v_candidate.full_name;
    product_name := v_candidate.product_name;
    amount := v_candidate.amount;
    currency := v_candidate.currency;
    payment_link_id := v_candidate.payment_link_id;
    reminder_number := v_count + 1;
    return next;

    v_claimed := v_claimed + 1;
    exit when v_claimed >= p_limit;
  end loop;
end;
$$;

-- Undoes the claim of a reminder whose e-mail could not be sent (so the next run retries it).
create or replace function public.release_payment_reminder(p_reminder_id uuid)
returns void
language sql
volatile
security definer
set search_path = ''
as $$
  delete from public.events e
  where e.event_type = 'PAYMENT_REMINDER_SENT' and e.payload ->> 'reminder_id' = p_reminder_id::text;
  delete from public.payment_reminders r where r.id = p_reminder_id;
$$;

-- The tracked link of a reminder e-mail was followed: first click time kept. Returns the payment
-- link to send the customer to (NULL columns when the reminder does not exist).
create or replace function public.track_payment_reminder_click(p_reminder_id uuid)
returns table (
  payment_link_id uuid, stripe_checkout_session_id text, usable boolean, prospect_email text
)
language plpgsql
volatile
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  v_order_id uuid;
begin
  update public.payment_reminders r set clicked_at = coalesce(r.clicked_at, pg_catalog.now())
  where r.id = p_reminder_id
  returning r.order_id into v_order_id;
  if v_order_id is null then
    return;
  end if;
  return query
    select pl.id, pl.stripe_checkout_session_id,
           pl.used_at is null and pl.cancelled_at is null and (pl.expires_at is null or pl.expires_at > pg_catalog.now()),
           pl.prospect_email
    from public.orders o join public.payment_links pl on pl.id = o.payment_link_id
    where o.id = v_order_id;
end;
$$;

revoke all on function public.claim_payment_reminders(interval, integer, integer, uuid[]) from public, anon, authenticated;
revoke all on function public.release_payment_reminder(uuid) from public, anon, authenticated;
revoke all on function public.track_payment_reminder_click(uuid) from public, anon, authenticated;
grant execute on function public.claim_payment_reminders(interval, integer, integer, uuid[]) to service_role;
grant execute on function public.release_payment_reminder(uuid) to service_role;
grant execute on function public.track_payment_reminder_click(uuid) to service_role;
