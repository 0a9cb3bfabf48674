-- Demo data generator, part 7: write everything, set-based. Triggers are off for these inserts
-- (session_replication_role = replica): the generator writes itself what the triggers would
-- (events, status history, version numbers, actors), with historical timestamps instead of now().

set local session_replication_role = replica;

-- Users as GoTrue writes them (token columns '', which hosted GoTrue needs to sign them in) and
-- their 'email' identities (the identity id is the user id: a demo id, removed with the user).
insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
                        confirmation_token, recovery_token, email_change_token_new, email_change,
                        email_change_token_current, phone_change, phone_change_token, reauthentication_token,
                        raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
select '00000000-0000-0000-0000-000000000000'::uuid, p.id, 'authenticated', 'authenticated', p.email,
       cfg.password_hash, p.created_at,
       '', '', '', '', '', '', '', '',
       '{"provider":"email","providers":["email"]}'::jsonb,
       jsonb_build_object('full_name', p.full_name), p.created_at, p.created_at, null
from (select id, email, full_name, created_at from demo_agent
      union all select id, email, full_name, created_at from demo_customer) p
cross join demo_cfg cfg;

insert into auth.identities (id, provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
select p.id, p.id::text, p.id,
       jsonb_build_object('sub', p.id::text, 'email', p.email, 'email_verified', true, 'phone_verified', false),
       'email', null, p.created_at, p.created_at
from (select id, email, created_at from demo_agent
      union all select id, email, created_at from demo_customer) p;

insert into public.agents (id, full_name, email, role, active, created_at, updated_at)
select id, full_name, email, role, active, created_at, created_at from demo_agent;

insert into public.profiles (id, full_name, phone, email, status, stripe_customer_id, created_at, updated_at)
select id, full_name, phone, email, status, stripe_customer_id, created_at, created_at from demo_customer;

insert into public.payment_links (id, token, product_id, prospect_email, prospect_name, stripe_checkout_session_id,
                                  created_by, expires_at, used_at, used_by, cancelled_at, cancelled_by, created_at)
select id, token, product_id, prospect_email, prospect_name, session_id, created_by, expires_at, used_at, used_by,
       cancelled_at, case when cancelled_at is not null then created_by end, created_at
from demo_link
order by created_at;

insert into public.dossiers (id, user_id, type, status, product_id, metadata, completed_at,
                             current_step_instance_id, created_at, updated_at)
select d.id, d.user_id, d.dossier_type, d.status, d.product_id,
       jsonb_build_object('order_id', d.order_id, 'payment_link_id', d.payment_link_id),
       d.completed_at, d.current_step_instance_id, d.created_at, coalesce(t.last_at, d.created_at)
from demo_dossier d
left join (select n, max(at) as last_at from demo_transition group by n) t on t.n = d.n
order by d.created_at;

insert into public.step_instances (id, dossier_id, step_id, status, started_at, completed_at, created_at,
                                   assigned_to, metadata, due_at)
select id, dossier_id, step_id, status, started_at, completed_at, created_at, assigned_to, '{}'::jsonb, due_at
from demo_si
order by created_at, n, pos;

insert into public.orders (id, user_id, product_id, payment_link_id, dossier_id, amount, currency, status,
                           stripe_checkout_session_id, stripe_payment_intent_id, stripe_customer_id, metadata,
                           paid_at, refunded_at, created_at, updated_at /*orders.agent_id:column*/)
select o.id, o.user_id, o.product_id, o.payment_link_id, d.id, o.amount, o.currency, o.status,
       l.session_id,
       case when o.status in ('PAID', 'REFUNDED', 'FAILED')
            then 'pi_3' || substr(md5('pi:' || o.n), 1, 20) || substr(md5('pi2:' || o.n), 1, 4) end,
       c.stripe_customer_id,
       jsonb_build_object('created_by_stripe_event', 'evt_' || substr(md5('evt:' || o.n), 1, 24)),
       o.paid_at, o.refunded_at, o.created_at,
       coalesce(o.refunded_at, oc.cancelled_at, o.paid_at, o.created_at) /*orders.agent_id:value*/
from demo_order o
join demo_link l on l.id = o.payment_link_id
left join demo_dossier d on d.order_id = o.id
left join demo_order_cancel oc on oc.id = o.id
left join (select id, stripe_customer_id from demo_customer
           union all select id, stripe_customer_id from public.profiles
           where id in ('c0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000002')) c on c.id = o.user_id
order by o.created_at;

insert into public.payment_reminders (id, user_id, order_id, sent_via, sent_at, clicked_at)
select id, user_id, order_id, sent_via, sent_at,
       case when clicked then sent_at + make_interval(mins => 20 + (pg_temp.demo_h('clicked:' || id) % 600)::integer) end
from demo_reminder
order by sent_at;

insert into public.documents (id, dossier_id, document_type_id, status, step_instance_id, created_at, updated_at)
select d.id, d.dossier_id, d.document_type_id, d.state::public.document_status, d.step_instance_id,
       v.first_at, greatest(v.last_at, r.last_at)
from demo_document d
join (select document_id, min(uploaded_at) as first_at, max(uploaded_at) as last_at
      from demo_version group by document_id) v on v.document_id = d.id
left join (select document_id, max(created_at) as last_at from demo_review group by document_id) r on r.document_id = d.id
order by v.first_at;

insert into public.document_versions (id, document_id, storage_path, uploaded_by_id, uploaded_at, file_name,
                                      file_size_bytes, mime_type, uploaded_by_type, version_number /*document_versions.dossier_id:column*/)
select id, document_id, dossier_id || '/' || document_id || '/' || id || '-' || file_name, uploaded_by_id, uploaded_at,
       file_name, file_size_bytes, mime_type, uploaded_by_type, version_number /*document_versions.dossier_id:value*/
from demo_version
order by uploaded_at;

insert into public.document_reviews (id, document_version_id, reviewer_id, decision, notes, created_at /*document_reviews.dossier_id:column*/)
select id, document_version_id, reviewer_id, decision, notes, created_at /*document_reviews.dossier_id:value*/
from demo_review order by created_at;

insert into public.messages (id, dossier_id, sender_id, body, created_at, sender_type, attachments, read_at)
select id, dossier_id, sender_id, body, created_at, sender_type, '[]'::jsonb, read_at from demo_message order by created_at;

insert into public.dossier_status_history (id, dossier_id, status, changed_by_id, created_at, changed_by_type,
                                           old_status, new_status, metadata)
select pg_temp.demo_id('history:' || n || ':' || seq), dossier_id, new_status, actor_id, at, actor_type,
       old_status, new_status, '{}'::jsonb
from demo_transition
order by at;

-- Events: the ones the triggers and functions write in real use, with the same payloads.
-- (events.dossier_id, when the column exists: see stack/demo/index.ts)
insert into public.events (id, entity_type, entity_id, event_type, payload, created_at, actor_type, actor_id /*events.dossier_id:column*/)
select e.* /*events.dossier_id:value*/ from (
  select pg_temp.demo_id('event:link-created:' || l.n), 'payment_link', l.id, 'PAYMENT_LINK_CREATED'::public.event_type,
         jsonb_build_object('payment_link_id', l.id, 'product_id', l.product_id, 'prospect_email', l.prospect_email,
                            'expires_at', l.expires_at),
         l.created_at, 'AGENT'::public.actor_type, l.created_by
  from demo_link l
  union all
  select pg_temp.demo_id('event:link-cancelled:' || l.n), 'payment_link', l.id, 'PAYMENT_LINK_CANCELLED',
         jsonb_build_object('payment_link_id', l.id), l.cancelled_at, 'AGENT', l.created_by
  from demo_link l where l.cancelled_at is not null
  union all
  select pg_temp.demo_id('event:paid:' || o.n), 'order', o.id, 'PAYMENT_RECEIVED',
         jsonb_build_object('order_id', o.id, 'old_status', 'PENDING', 'new_status', 'PAID', 'amount', o.amount,
                            'currency', o.currency, 'payment_link_id', o.payment_link_id,
                            'dossier_id', pg_temp.demo_id('dossier:' || o.n),
                            'stripe_event_id', 'evt_' || substr(md5('evt-paid:' || o.n), 1, 24)),
         o.paid_at, 'SYSTEM', null
  from demo_order o where o.status in ('PAID', 'REFUNDED')
  union all
  select pg_temp.demo_id('event:refunded:' || o.n), 'order', o.id, 'PAYMENT_REFUNDED',
         jsonb_build_object('order_id', o.id, 'old_status', 'PAID', 'new_status', 'REFUNDED', 'amount', o.amount,
                            'currency', o.currency, 'payment_link_id', o.payment_link_id,
                            'dossier_id', pg_temp.demo_id('dossier:' || o.n),
                            'stripe_event_id', 'evt_' || substr(md5('evt-refund:' || o.n), 1, 24)),
         o.refunded_at, 'SYSTEM', null
  from demo_order o where o.status = 'REFUNDED'
  union all
  select pg_temp.demo_id('event:failed:' || o.n), 'order', o.id, 'PAYMENT_FAILED',
         jsonb_build_object('order_id', o.id, 'old_status', 'PENDING', 'new_status', 'FAILED', 'amount', o.amount,
                            'currency', o.currency, 'payment_link_id', o.payment_link_id, 'dossier_id', null,
                            'stripe_event_id', 'evt_' || substr(md5('evt-failed:' || o.n), 1, 24)),
         o.created_at + interval '3 minutes', 'SYSTEM', null
  from demo_order o where o.status = 'FAILED'
  union all
  select pg_temp.demo_id('event:cancelled:' || oc.n), 'order', oc.id, 'ORDER_CANCELLED',
         case when oc.by_link
              then jsonb_build_object('order_id', oc.id, 'payment_link_id', o.payment_link_id, 'reason', 'payment link cancelled')
              else jsonb_build_object('order_id', oc.id, 'old_status', 'PENDING', 'new_status', 'CANCELLED',
                                      'amount', o.amount, 'currency', o.currency, 'payment_link_id', o.payment_link_id,
                                      'dossier_id', null, 'stripe_event_id', 'evt_' || substr(md5('evt-expired:' || oc.n), 1, 24)) end,
         oc.cancelled_at,
         case when oc.by_link then 'AGENT' else 'SYSTEM' end::public.actor_type,
         case when oc.by_link then oc.created_by end
  from demo_order_cancel oc join demo_order o on o.id = oc.id
  union all
  select pg_temp.demo_id('event:reminder:' || r.n || ':' || r.k), 'order', r.order_id, 'PAYMENT_REMINDER_SENT',
         jsonb_build_object('order_id', r.order_id, 'reminder_id', r.id, 'reminder_number', r.k,
                            'payment_link_id', r.payment_link_id),
         r.sent_at, 'SYSTEM', null
  from demo_reminder r
  union all
  select pg_temp.demo_id('event:dossier-created:' || d.n), 'dossier', d.id, 'DOSSIER_CREATED',
         jsonb_build_object('dossier_id', d.id, 'dossier_type', d.dossier_type, 'product_id', d.product_id,
                            'status', 'QUALIFICATION', 'user_id', d.user_id),
         d.created_at, 'SYSTEM', null
  from demo_dossier d
  union all
  select pg_temp.demo_id('event:status:' || t.n || ':' || t.seq), 'dossier', t.dossier_id, 'DOSSIER_STATUS_CHANGED',
         jsonb_build_object('dossier_id', t.dossier_id, 'old_status', t.old_status, 'new_status', t.new_status,
                            'dossier_type', d.dossier_type),
         t.at, t.actor_type, t.actor_id
  from demo_transition t join demo_dossier d on d.n = t.n
  where t.seq > 0
  union all
  select pg_temp.demo_id('event:assigned:' || si.id), 'step_instance', si.id, 'STEP_ASSIGNED',
         jsonb_build_object('dossier_id', si.dossier_id, 'step_instance_id', si.id, 'step_id', si.step_id,
                            'assigned_to', si.assigned_to, 'previous_assignee', null),
         coalesce(si.started_at, si.created_at) + interval '5 minutes', 'AGENT', si.assigned_by
  from demo_si si where si.assigned_to is not null
  union all
  select pg_temp.demo_id('event:completed:' || si.id), 'step_instance', si.id, 'STEP_COMPLETED',
         jsonb_build_object('dossier_id', si.dossier_id, 'step_instance_id', si.id, 'step_id', si.step_id,
                            'next_step_id', nx.step_id),
         si.completed_at,
         case when si.assigned_to is null then 'SYSTEM' else 'AGENT' end::public.actor_type, si.assigned_to
  from demo_si si left join demo_si nx on nx.n = si.n and nx.pos = si.pos + 1
  where si.status = 'COMPLETED'
  union all
  select pg_temp.demo_id('event:uploaded:' || v.id), 'document', v.document_id, 'DOCUMENT_UPLOADED',
         jsonb_build_object('version_id', v.id, 'version_number', v.version_number, 'file_name', v.file_name,
                            'dossier_id', v.dossier_id, 'uploaded_by_type', v.uploaded_by_type,
                            'uploaded_by_id', v.uploaded_by_id),
         v.uploaded_at, v.uploaded_by_type, v.uploaded_by_id
  from demo_version v
  union all
  select pg_temp.demo_id('event:reviewed:' || r.id), 'document', r.document_id, 'DOCUMENT_REVIEWED',
         jsonb_build_object('version_id', r.document_version_id, 'review_id', r.id, 'decision', r.decision,
                            'notes', r.notes, 'dossier_id', r.dossier_id),
         r.created_at, 'AGENT', r.reviewer_id
  from demo_review r where r.decision in ('APPROVED', 'REJECTED')
  union all
  select pg_temp.demo_id('event:message:' || m.id), 'message', m.id, 'MESSAGE_SENT',
         jsonb_build_object('dossier_id', m.dossier_id, 'message_id', m.id),
         m.created_at, m.sender_type, m.sender_id
  from demo_message m
) e (id, entity_type, entity_id, event_type, payload, created_at, actor_type, actor_id)
order by created_at;

insert into public.notifications (id, user_id, title, body, read_at, created_at, event_id, action_url)
select id, user_id, title, body, read_at, created_at, event_id, action_url from demo_notification order by created_at;

insert into public.notification_deliveries (id, notification_id, channel, status, sent_at, created_at, provider)
select pg_temp.demo_id('delivery:' || n.id), n.id, 'EMAIL', 'SENT', n.created_at + interval '1 minute', n.created_at, 'smtp'
from demo_notification n;

-- The stored access scopes (20250601000800..0803; the reviewer's, 20250601000910..0911) and the
-- read models of the step board, the review queue and the step durations (20250601000920, 0923,
-- 0925), the reminders' agent (0926) the dashboards' rollups and counts (0927-0930) when the schema has them: the triggers that keep them are off here, so they are recomputed set-based
-- (orders.agent_id is written above already).
do $$
begin
  if pg_catalog.to_regprocedure('private.rebuild_access_scope()') is not null then
    perform private.rebuild_access_scope();
  end if;
  -- the reminders' selling agent (20250601000926), from their orders
  if pg_catalog.to_regprocedure('private.rebuild_reminder_agents()') is not null then
    perform private.rebuild_reminder_agents();
  end if;
  -- the reviewer's (20250601000910): customers with a document waiting for review
  if pg_catalog.to_regprocedure('private.rebuild_review_customers()') is not null then
    perform private.rebuild_review_customers();
  end if;
  if pg_catalog.to_regprocedure('private.rebuild_step_board_items()') is not null then
    perform private.rebuild_step_board_items();
  end if;
  if pg_catalog.to_regprocedure('private.rebuild_review_queue_items()') is not null then
    perform private.rebuild_review_queue_items();
  end if;
  if pg_catalog.to_regprocedure('private.rebuild_step_duration_days()') is not null then
    perform private.rebuild_step_duration_days();
  end if;
  if pg_catalog.to_regprocedure('private.rebuild_revenue_days()') is not null then
    perform private.rebuild_revenue_days();
  end if;
  if pg_catalog.to_regprocedure('private.rebuild_review_days()') is not null then
    perform private.rebuild_review_days();
  end if;
  if pg_catalog.to_regprocedure('private.rebuild_dossier_counts()') is not null then
    perform private.rebuild_dossier_counts();
  end if;
  if pg_catalog.to_regprocedure('private.rebuild_order_status_days()') is not null then
    perform private.rebuild_order_status_days();
  end if;
end
$$;

set local session_replication_role = origin;
