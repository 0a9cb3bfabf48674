-- Demo data generator, part 3: orders in every status, their payment links (active, used,
-- expired, cancelled; created by various agents), extra links nobody paid, payment reminders.

create temp table demo_product on commit drop as
select p.id, p.code, p.dossier_type, p.price_amount, p.currency, w.lo, w.hi,
       (select count(*) from public.product_steps ps where ps.product_id = p.id)::integer as nsteps
from public.products p
join (values ('LLC_FORMATION', 0.0, 0.38), ('CORP_FORMATION', 0.38, 0.58), ('DUBAI_SETUP', 0.58, 0.68),
             ('ANNUAL_COMPLIANCE', 0.68, 0.88), ('ANNUAL_ACCOUNTING', 0.88, 1.0)) as w (code, lo, hi)
  on w.code = p.code;

do $$
begin
  if (select count(*) from demo_product where nsteps > 0) < 5 then
    raise exception 'seed:demo needs the catalog of supabase/seed.sql (5 products with workflows)';
  end if;
end
$$;

create temp table demo_order on commit drop as
with base as (
  select
    g as n,
    pg_temp.demo_id('order:' || g) as id,
    case
      when g in (3, 11) then 'c0000000-0000-4000-8000-000000000001'::uuid
      when g = 5 then 'c0000000-0000-4000-8000-000000000002'::uuid
      else pg_temp.demo_id('customer:' || (1 + pg_temp.demo_h('order-customer:' || g) % cfg.customers))
    end as user_id,
    pg_temp.demo_u('order-product:' || g) as u_product,
    case
      when g in (3, 5, 11) then 'PAID'::public.order_status
      else (case
        when pg_temp.demo_u('order-status:' || g) < 0.46 then 'PAID'
        when pg_temp.demo_u('order-status:' || g) < 0.52 then 'REFUNDED'
        when pg_temp.demo_u('order-status:' || g) < 0.70 then 'PENDING'
        when pg_temp.demo_u('order-status:' || g) < 0.85 then 'FAILED'
        else 'CANCELLED' end)::public.order_status
    end as status,
    -- more recent orders than old ones (a growing business)
    cfg.anchor - interval '2 hours'
      - make_interval(secs => cfg.days * 86400.0 * power(pg_temp.demo_u('order-age:' || g), 1.3)) as created_at
  from demo_cfg cfg
  cross join generate_series(1, cfg.orders) as g
)
select b.n, b.id, b.user_id, b.status, b.created_at,
       p.id as product_id, p.code as product_code, p.dossier_type, p.price_amount as amount, p.currency, p.nsteps,
       pg_temp.demo_id('link:' || b.n) as payment_link_id,
       case when b.status in ('PAID', 'REFUNDED')
            then b.created_at + make_interval(mins => 1 + (pg_temp.demo_h('paid:' || b.n) % 30)::integer) end as paid_at,
       case when b.status = 'REFUNDED'
            then least(cfg.anchor - interval '1 hour',
                       b.created_at + make_interval(hours => 26 + (pg_temp.demo_h('refund:' || b.n) % 480)::integer)) end as refunded_at
from base b
cross join demo_cfg cfg
join demo_product p on b.u_product >= p.lo and b.u_product < p.hi;
analyze demo_order;

-- Customers: ACTIVE once they paid (a few SUSPENDED), otherwise mostly PENDING.
create temp table demo_customer_orders on commit drop as
select o.user_id, bool_or(o.status in ('PAID', 'REFUNDED')) as paid, bool_or(o.status <> 'PENDING') as checked_out
from demo_order o
group by o.user_id;
analyze demo_customer_orders;

update demo_customer c
set status = case
      when coalesce(co.paid, false)
        then case when pg_temp.demo_u('customer-status:' || c.n) < 0.05 then 'SUSPENDED' else 'ACTIVE' end
      else case when pg_temp.demo_u('customer-status:' || c.n) < 0.6 then 'PENDING'
                when pg_temp.demo_u('customer-status:' || c.n) < 0.85 then 'SUSPENDED'
                else 'ACTIVE' end
    end::public.user_status,
    stripe_customer_id = case when coalesce(co.checked_out, false) then 'cus_' || substr(md5('cus:' || c.n), 1, 14) end
from demo_customer c2
left join demo_customer_orders co on co.user_id = c2.id
where c2.n = c.n;

create temp table demo_link on commit drop as
with ordered as (
  select o.n, o.payment_link_id as id, o.product_id, o.user_id, o.status as order_status, o.paid_at,
         o.created_at - make_interval(mins => 5 + (pg_temp.demo_h('link-age:' || o.n) % 4000)::integer) as created_at,
         o.created_at as order_created_at
  from demo_order o
),
unpaid as (
  select g as n, pg_temp.demo_id('link:' || g) as id,
         pg_temp.demo_pick(array(select id from demo_product order by code), 'link-product:' || g) as product_id,
         null::uuid as user_id, null::public.order_status as order_status, null::timestamptz as paid_at,
         cfg.anchor - interval '10 minutes'
           - make_interval(secs => cfg.days * 86400.0 * power(pg_temp.demo_u('link-age:' || g), 1.3)) as created_at,
         null::timestamptz as order_created_at
  from demo_cfg cfg
  cross join generate_series(cfg.orders + 1, cfg.orders + cfg.extra_links) as g
),
links as (select * from ordered union all select * from unpaid)
select
  l.n, l.id, l.product_id, l.created_at,
  'cs_test_' || md5('cs:' || l.n) || substr(md5('cs2:' || l.n), 1, 20) as session_id,
  md5('token:' || l.n) as token,
  -- 5% of the links are made by managers/admins, the rest by agents
  case when pg_temp.demo_u('link-maker:' || l.n) < 0.05
       then pg_temp.demo_pick(pool.managers, 'link-creator:' || l.n)
       else pg_temp.demo_pick(pool.agents, 'link-creator:' || l.n) end as created_by,
  l.created_at + interval '7 days' as expires_at,
  case when l.order_status in ('PAID', 'REFUNDED') then l.paid_at end as used_at,
  case when l.order_status in ('PAID', 'REFUNDED') then l.user_id end as used_by,
  case
    when (l.order_status = 'CANCELLED' and pg_temp.demo_u('link-cancel:' || l.n) < 0.6)
      or (l.order_status is null and pg_temp.demo_u('link-cancel:' || l.n) < 0.3)
    then least(cfg.anchor - interval '1 minute',
               greatest(l.created_at, coalesce(l.order_created_at, l.created_at))
                 + make_interval(mins => 30 + (pg_temp.demo_h('link-cancel-at:' || l.n) % 2000)::integer))
  end as cancelled_at,
  coalesce(c.email, 'prospect' || l.n || '@example.org') as prospect_email,
  coalesce(c.full_name, pg_temp.demo_pick(nm.first, 'prospect-first:' || l.n) || ' ' || pg_temp.demo_pick(nm.last, 'prospect-last:' || l.n)) as prospect_name
from links l
cross join demo_cfg cfg
cross join demo_pool pool
cross join demo_names nm
left join (select id, email, full_name from demo_customer
           union all
           select p.id, p.email, p.full_name from public.profiles p
           where p.id in ('c0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000002')) c
  on c.id = l.user_id;
analyze demo_link;

-- A cancelled order: its link was cancelled, or its checkout session expired a day later.
create temp table demo_order_cancel on commit drop as
select o.n, o.id, coalesce(l.cancelled_at, least(cfg.anchor - interval '1 minute', o.created_at + interval '1 day')) as cancelled_at,
       l.cancelled_at is not null as by_link, l.created_by
from demo_order o
join demo_link l on l.id = o.payment_link_id
cross join demo_cfg cfg
where o.status = 'CANCELLED';
analyze demo_order_cancel;

-- Reminders for unpaid orders (0..3, after 1, 3 and 7 days), some clicked.
create temp table demo_reminder on commit drop as
select
  pg_temp.demo_id('reminder:' || o.n || ':' || r.k) as id, o.n, r.k, o.id as order_id, o.user_id, o.payment_link_id,
  case when pg_temp.demo_u('reminder-via:' || o.n || ':' || r.k) < 0.85 then 'EMAIL' else 'SMS' end::public.notification_channel as sent_via,
  o.created_at + make_interval(days => r.d, mins => (pg_temp.demo_h('reminder-at:' || o.n || r.k) % 120)::integer) as sent_at,
  pg_temp.demo_u('reminder-click:' || o.n || ':' || r.k) < 0.3 as clicked
from demo_order o
cross join lateral (values (1, 1), (2, 3), (3, 7)) as r (k, d)
cross join demo_cfg cfg
where o.status in ('PENDING', 'FAILED')
  and r.k <= (pg_temp.demo_h('reminders:' || o.n) % 4)
  and o.created_at + make_interval(days => r.d, hours => 3) < cfg.anchor;
analyze demo_reminder;
