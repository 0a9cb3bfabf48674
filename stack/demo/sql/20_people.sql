-- Demo data generator, part 2: agents (a few per role) and customers, each with an auth user
-- (password123) so that they can sign in.

create temp table demo_agent on commit drop as
select
  pg_temp.demo_id('agent:' || r.role || ':' || g) as id,
  r.role::public.agent_role as role,
  g as n,
  f.first || ' ' || f.last as full_name,
  lower(f.first || '.' || f.last) || '.' || lower(r.role) || g || '@example.com' as email,
  -- the last extra AGENT is inactive (when there are at least three)
  not (r.role = 'AGENT' and g = cfg.agents_n and cfg.agents_n >= 3) as active,
  cfg.anchor - make_interval(days => cfg.days + 30 + (pg_temp.demo_h('agent-age:' || r.role || g) % 200)::integer) as created_at
from demo_cfg cfg
cross join lateral (values ('AGENT', cfg.agents_n), ('REVIEWER', cfg.reviewers_n), ('MANAGER', cfg.managers_n)) as r (role, count)
cross join lateral generate_series(1, r.count) as g
cross join demo_names nm
cross join lateral (select pg_temp.demo_pick(nm.first, 'agent-first:' || r.role || g) as first,
                           pg_temp.demo_pick(nm.last, 'agent-last:' || r.role || g) as last) as f;
analyze demo_agent;

-- Pools used to pick actors: the foundation's demo accounts (fixed ids, when present and active)
-- first, then the generated agents. agent@example.com is one AGENT among several: it owns some
-- links and is assigned some dossiers, not all.
create temp table demo_pool on commit drop as
with seed(id, role) as (
  select a.id, a.role from public.agents a
  where a.active and a.id in ('a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002',
                              'a0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000004',
                              'a0000000-0000-4000-8000-000000000006')
)
select
  array(select id from (select id, 0 as k, id::text as o from seed where role = 'AGENT'
                        union all select id, 1, lpad(n::text, 6, '0') from demo_agent where role = 'AGENT' and active) x
        order by k, o) as agents,
  array(select id from (select id, 0 as k, id::text as o from seed where role = 'REVIEWER'
                        union all select id, 1, lpad(n::text, 6, '0') from demo_agent where role = 'REVIEWER') x
        order by k, o) as reviewers,
  array(select id from (select id, 0 as k, id::text as o from seed where role in ('MANAGER', 'ADMIN')
                        union all select id, 1, lpad(n::text, 6, '0') from demo_agent where role = 'MANAGER') x
        order by k, o) as managers;

do $$
begin
  if (select cardinality(agents) < 2 or cardinality(reviewers) < 1 or cardinality(managers) < 1 from demo_pool) then
    raise exception 'seed:demo needs at least 2 active agents, 1 reviewer and 1 manager';
  end if;
end
$$;

create temp table demo_customer on commit drop as
select
  g as n,
  pg_temp.demo_id('customer:' || g) as id,
  f.first || ' ' || f.last as full_name,
  lower(f.first || '.' || f.last) || g || '@example.net' as email,
  '+1 555 ' || lpad((pg_temp.demo_h('phone:' || g) % 10000000)::text, 7, '0') as phone,
  cfg.anchor - make_interval(secs => (cfg.days + 5) * 86400.0 * pg_temp.demo_u('customer-age:' || g)) as created_at,
  'PENDING'::public.user_status as status,
  null::text as stripe_customer_id
from demo_cfg cfg
cross join generate_series(1, cfg.customers) as g
cross join demo_names nm
cross join lateral (select pg_temp.demo_pick(nm.first, 'first:' || g) as first,
                           pg_temp.demo_pick(nm.last, 'last:' || g) as last) as f;
analyze demo_customer;
