-- Demo data generator, part 4: a dossier for every paid (or later refunded) order, at every step
-- of its product's workflow, with its step instances (assigned to various agents), status
-- transitions and timings that fit before the anchor time.

create temp table demo_dossier on commit drop as
with base as (
  select
    o.n, pg_temp.demo_id('dossier:' || o.n) as id, o.id as order_id, o.payment_link_id, o.user_id,
    o.product_id, o.product_code, o.dossier_type, o.nsteps, o.status = 'REFUNDED' as cancelled, o.refunded_at,
    o.paid_at + make_interval(mins => 1 + (pg_temp.demo_h('dossier-open:' || o.n) % 5)::integer) as created_at,
    row_number() over (partition by o.product_id order by o.n) as rn
  from demo_order o
  where o.status in ('PAID', 'REFUNDED')
)
select
  b.*,
  extract(epoch from (cfg.anchor - b.created_at)) / 3600.0 as age_hours,
  -- k = how many steps are completed (k = nsteps: the dossier is COMPLETED). The first dossiers of
  -- each product cover every step; older dossiers are further along.
  case
    when b.cancelled then 0
    when b.rn <= b.nsteps + 1 then (b.rn - 1)::integer
    else least(b.nsteps, floor((b.nsteps + 1) * power(pg_temp.demo_u('dossier-progress:' || b.n),
               1.0 - 0.8 * least(1.0, extract(epoch from (cfg.anchor - b.created_at)) / (120 * 86400.0)))))::integer
  end as k,
  pg_temp.demo_pick(pool.agents, 'dossier-agent:' || b.n) as main_agent,
  pg_temp.demo_u('dossier-flag:' || b.n) as u_flag
from base b
cross join demo_cfg cfg
cross join demo_pool pool;
analyze demo_dossier;

create temp table demo_si on commit drop as
with steps as (
  select d.n, d.id as dossier_id, d.k, d.nsteps, d.cancelled, d.created_at as dossier_created_at, d.age_hours,
         d.main_agent, ps.position as pos, ps.step_id, s.code as step_code, ps.estimated_duration_hours as est_hours,
         coalesce(ps.estimated_duration_hours, 24) * (0.4 + 1.4 * pg_temp.demo_u('step-duration:' || d.n || ':' || ps.position)) as dur
  from demo_dossier d
  join public.product_steps ps on ps.product_id = d.product_id
  join public.steps s on s.id = ps.step_id
),
cum as (
  select st.*, coalesce(sum(st.dur) over (partition by st.n order by st.pos rows between unbounded preceding and 1 preceding), 0) as before
  from steps st
),
scaled as (
  select c.*,
         -- squeeze the timeline of a dossier so that its current step started before the anchor
         least(1.0, c.age_hours * 0.9 / nullif(sum(case when c.pos < c.k then c.dur else 0 end) over (partition by c.n), 0)) as scale
  from cum c
)
select
  pg_temp.demo_id('step:' || s.n || ':' || s.pos) as id,
  s.n, s.dossier_id, s.pos, s.step_id, s.step_code, s.k, s.nsteps, s.cancelled,
  case when s.cancelled then 'PENDING' when s.pos < s.k then 'COMPLETED' when s.pos = s.k then 'IN_PROGRESS' else 'PENDING' end as status,
  case when not s.cancelled and s.pos <= s.k
       then s.dossier_created_at + make_interval(secs => 3600.0 * coalesce(s.scale, 1.0) * s.before) end as started_at,
  case when not s.cancelled and s.pos < s.k
       then s.dossier_created_at + make_interval(secs => 3600.0 * coalesce(s.scale, 1.0) * (s.before + s.dur)) end as completed_at,
  case when not s.cancelled and s.pos <= s.k and s.est_hours is not null
       then s.dossier_created_at + make_interval(secs => 3600.0 * coalesce(s.scale, 1.0) * s.before)
            + make_interval(hours => s.est_hours) end as due_at,
  case
    when s.cancelled then case when s.pos = 0 then s.main_agent end
    when s.pos < s.k then case when pg_temp.demo_u('assign:' || s.n || ':' || s.pos) < 0.75 then s.main_agent
                               else pg_temp.demo_pick(pool.agents, 'assignee:' || s.n || ':' || s.pos) end
    when s.pos = s.k then case when pg_temp.demo_u('assign:' || s.n || ':' || s.pos) < 0.12 then null
                               when pg_temp.demo_u('assign:' || s.n || ':' || s.pos) < 0.8 then s.main_agent
                               else pg_temp.demo_pick(pool.agents, 'assignee:' || s.n || ':' || s.pos) end
    else case when pg_temp.demo_u('assign:' || s.n || ':' || s.pos) < 0.15 then s.main_agent end
  end as assigned_to,
  pg_temp.demo_pick(pool.managers, 'assigner:' || s.n || ':' || s.pos) as assigned_by,
  s.dossier_created_at as created_at
from scaled s
cross join demo_pool pool;
analyze demo_si;

-- The dossier's status follows its progress.
alter table demo_dossier
  add column status public.dossier_status_code,
  add column current_step_instance_id uuid,
  add column current_step_code text,
  add column current_started_at timestamptz,
  add column completed_at timestamptz;

update demo_dossier d
set current_step_instance_id = si.id,
    current_step_code = si.step_code,
    current_started_at = si.started_at,
    completed_at = case when d.k = d.nsteps then si.completed_at end
from demo_si si
where si.n = d.n and si.pos = least(d.k, d.nsteps - 1);

update demo_dossier d
set status = case
  when d.cancelled then 'CANCELLED'
  when d.k = d.nsteps then 'COMPLETED'
  when d.k = 0 then 'QUALIFICATION'
  when d.u_flag < 0.05 then 'ON_HOLD'
  when d.u_flag < 0.55 and exists (select 1 from public.document_types dt join public.steps s on s.id = dt.required_step_id
                                   where s.code = d.current_step_code) then 'UNDER_REVIEW'
  else 'IN_PROGRESS'
end::public.dossier_status_code;

-- Status transitions: history rows and DOSSIER_STATUS_CHANGED events.
create temp table demo_transition on commit drop as
select t.* from (
  select d.n, d.id as dossier_id, 0 as seq, null::public.dossier_status_code as old_status,
         'QUALIFICATION'::public.dossier_status_code as new_status, d.created_at as at,
         'SYSTEM'::public.actor_type as actor_type, null::uuid as actor_id
  from demo_dossier d
  union all
  select d.n, d.id, 1, 'QUALIFICATION', 'IN_PROGRESS', si.completed_at,
         case when si.assigned_to is null then 'SYSTEM' else 'AGENT' end::public.actor_type, si.assigned_to
  from demo_dossier d join demo_si si on si.n = d.n and si.pos = 0
  where not d.cancelled and d.k >= 1
  union all
  select d.n, d.id, 2, 'IN_PROGRESS', d.status,
         d.current_started_at + (cfg.anchor - d.current_started_at) * (0.15 + 0.2 * d.u_flag),
         case when d.status = 'ON_HOLD' then 'AGENT' else 'SYSTEM' end::public.actor_type,
         case when d.status = 'ON_HOLD' then pg_temp.demo_pick(pool.managers, 'hold:' || d.n) end
  from demo_dossier d cross join demo_cfg cfg cross join demo_pool pool
  where d.status in ('ON_HOLD', 'UNDER_REVIEW')
  union all
  select d.n, d.id, 3, case when d.nsteps = 1 then 'QUALIFICATION' else 'IN_PROGRESS' end::public.dossier_status_code,
         'COMPLETED', d.completed_at,
         case when si.assigned_to is null then 'SYSTEM' else 'AGENT' end::public.actor_type, si.assigned_to
  from demo_dossier d join demo_si si on si.n = d.n and si.pos = d.nsteps - 1
  where d.status = 'COMPLETED'
  union all
  select d.n, d.id, 4, 'QUALIFICATION', 'CANCELLED', d.refunded_at, 'AGENT', pg_temp.demo_pick(pool.managers, 'cancel:' || d.n)
  from demo_dossier d cross join demo_pool pool
  where d.cancelled
) t;
analyze demo_transition;
