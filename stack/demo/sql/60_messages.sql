-- Demo data generator, part 6: messages on the dossiers (a SYSTEM welcome, then the customer and
-- the assigned agent), read except the last one.

create temp table demo_message on commit drop as
with m as (
  select d.n, d.id as dossier_id, d.user_id, d.main_agent, d.product_code, d.created_at as dossier_created_at,
         coalesce(d.completed_at, d.refunded_at, cfg.anchor - interval '5 minutes') as window_end,
         1 + (pg_temp.demo_h('messages:' || d.n) % 5)::integer as cnt
  from demo_dossier d
  cross join demo_cfg cfg
)
select
  pg_temp.demo_id('message:' || m.n || ':' || g) as id,
  m.n, g as j, m.cnt, m.dossier_id,
  case when g = 0 then 'SYSTEM' when g % 2 = 1 then 'USER' else 'AGENT' end::public.actor_type as sender_type,
  case when g = 0 then null when g % 2 = 1 then m.user_id else m.main_agent end as sender_id,
  case
    when g = 0 then 'Welcome! Your ' || replace(initcap(replace(m.product_code, '_', ' ')), 'Llc', 'LLC')
                    || ' dossier is open. We will guide you through each step.'
    when g % 2 = 1 then pg_temp.demo_pick(array[
      'Hello, I uploaded my passport, can you check it?',
      'When can I expect the next step to be done?',
      'Do you need anything else from me?',
      'I have a question about the registered address.',
      'Thanks for the update!',
      'Could you call me tomorrow morning?'], 'customer-message:' || m.n || ':' || g)
    else pg_temp.demo_pick(array[
      'Thanks, we received your documents and are reviewing them.',
      'Your filing was submitted, we expect an answer within a week.',
      'Please upload a recent proof of address.',
      'Everything is in order, moving to the next step.',
      'We need a clearer copy of your passport.',
      'Your company name is available and reserved.'], 'agent-message:' || m.n || ':' || g)
  end as body,
  m.dossier_created_at + (m.window_end - m.dossier_created_at) * (g::double precision / (m.cnt + 1)) + interval '1 minute' as created_at,
  case when g < m.cnt - 1 then
    m.dossier_created_at + (m.window_end - m.dossier_created_at) * ((g + 0.5) / (m.cnt + 1)) + interval '1 minute' end as read_at
from m
cross join lateral generate_series(0, m.cnt - 1) as g;
analyze demo_message;
