-- Demo data generator, part 0: deterministic helpers (session-local, in pg_temp) and the settings.
-- Every "random" choice is a hash of a key: pg_temp.demo_u('some-key:' || n) is a number in [0, 1)
-- derived from md5, so the same run produces the same rows. Every generated row has an id from
-- pg_temp.demo_id(key): an md5-based uuid whose 4th group is 'de00' (a variant no real uuid
-- generator produces), which marks it as demo data (pg_temp.is_demo(id)).

create or replace function pg_temp.demo_h(p_key text)
returns bigint language sql immutable parallel safe
as $$ select ('x' || substr(md5(p_key), 1, 15))::bit(60)::bigint $$;

create or replace function pg_temp.demo_u(p_key text)
returns double precision language sql immutable parallel safe
as $$ select ('x' || substr(md5(p_key), 1, 15))::bit(60)::bigint::double precision / 1152921504606846976.0 $$;

create or replace function pg_temp.demo_id(p_key text)
returns uuid language sql immutable parallel safe
as $$
  select (substr(m, 1, 8) || '-' || substr(m, 9, 4) || '-4' || substr(m, 14, 3) || '-de00-' || substr(m, 21, 12))::uuid
  from md5('seed-demo:' || p_key) as m
$$;

create or replace function pg_temp.is_demo(p_id uuid)
returns boolean language sql immutable parallel safe
as $$ select substr(p_id::text, 20, 4) = 'de00' $$;

-- Settings of this run (set by stack/demo/index.ts with set_config(..., true)).
create temp table demo_cfg on commit drop as
select
  current_setting('demo.orders')::integer as orders,
  current_setting('demo.customers')::integer as customers,
  current_setting('demo.extra_links')::integer as extra_links,
  current_setting('demo.agents')::integer as agents_n,
  current_setting('demo.reviewers')::integer as reviewers_n,
  current_setting('demo.managers')::integer as managers_n,
  current_setting('demo.days')::integer as days,
  current_setting('demo.anchor')::timestamptz as anchor,
  -- One bcrypt hash for every demo account (password123), with a fixed salt: deterministic and
  -- computed once (a fresh salt per user would cost ~50 ms each).
  extensions.crypt('password123', '$2a$10$DemoSeedSaltDemoSeedSa') as password_hash;

create temp table demo_names on commit drop as
select
  array['Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Lucas', 'Mia', 'Ethan', 'Sofia', 'Mateo', 'Chloe',
        'Hugo', 'Lea', 'Louis', 'Ines', 'Omar', 'Yasmine', 'Karim', 'Aisha', 'Yuki', 'Kenji', 'Priya',
        'Arjun', 'Elena', 'Marco', 'Giulia', 'Lars', 'Freya', 'Diego', 'Camila', 'Noor', 'Samir']::text[] as first,
  array['Martin', 'Bernard', 'Dubois', 'Smith', 'Johnson', 'Garcia', 'Rossi', 'Muller', 'Haddad',
        'Nakamura', 'Patel', 'Silva', 'Kowalski', 'Jensen', 'Lopez', 'Nguyen', 'Cohen', 'Okafor',
        'Fischer', 'Moreau', 'Laurent', 'Ahmed', 'Khan', 'Tanaka', 'Costa', 'Novak', 'Larsen',
        'Romero', 'Mendes', 'Schmidt']::text[] as last;

-- Pick an element of an array by a key.
create or replace function pg_temp.demo_pick(p_items anyarray, p_key text)
returns anyelement language sql immutable parallel safe
as $$ select p_items[1 + (pg_temp.demo_h(p_key) % cardinality(p_items))::integer] $$;
