/**
 * SQL equivalents of the Supabase database advisor (splinter) lints this project must pass.
 * Written from the lint pages / sources of supabase/splinter: each query returns one row per
 * finding with a human-readable `detail`; zero rows means the lint is clean.
 *
 * "Exposed schemas" are the schemas PostgREST serves (`public` here, see stack/services/postgrest.ts);
 * the security-definer-executable lints only concern those, as in current splinter.
 */

/** Schemas owned by the platform / extensions that splinter never reports on. */
const SYSTEM_SCHEMAS = [
  'auth',
  'cron',
  'extensions',
  'graphql',
  'graphql_public',
  'information_schema',
  'net',
  'pgsodium',
  'pgsodium_masks',
  'pgbouncer',
  'pg_catalog',
  'pg_toast',
  'pgtle',
  'realtime',
  'storage',
  'supabase_functions',
  'supabase_migrations',
  'vault',
  'pgmq',
  'repack',
  'tiger',
  'topology',
];
const systemList = SYSTEM_SCHEMAS.map((s) => `'${s}'`).join(', ');

export const EXPOSED_SCHEMAS = ['public'];
const exposedList = EXPOSED_SCHEMAS.map((s) => `'${s}'`).join(', ');

export interface Lint {
  name: string;
  sql: string;
}

export const LINTS: Lint[] = [
  {
    name: 'rls_disabled_in_public',
    sql: `
      select format('table %I.%I has row level security disabled', n.nspname, c.relname) as detail
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname = 'public' and not c.relrowsecurity`,
  },
  {
    name: 'policy_exists_rls_disabled',
    sql: `
      select format('table %I.%I has policies %s but RLS disabled', n.nspname, c.relname,
                    string_agg(p.polname, ', ' order by p.polname)) as detail
      from pg_policy p
      join pg_class c on c.oid = p.polrelid
      join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not c.relrowsecurity and n.nspname not in (${systemList})
      group by n.nspname, c.relname`,
  },
  {
    name: 'security_definer_view',
    sql: `
      select format('view %I.%I runs with its owner''s rights (no security_invoker)', n.nspname, c.relname) as detail
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      left join pg_depend d on d.objid = c.oid and d.deptype = 'e'
      where c.relkind = 'v'
        and n.nspname not in (${systemList})
        and d.objid is null
        and (has_table_privilege('anon', c.oid, 'SELECT') or has_table_privilege('authenticated', c.oid, 'SELECT'))
        and not coalesce(lower(array_to_string(c.reloptions, ',')) ~ 'security_invoker=(1|true|yes|on)', false)`,
  },
  {
    name: 'function_search_path_mutable',
    sql: `
      select format('function %I.%I(%s) has no fixed search_path', n.nspname, p.proname,
                    pg_get_function_identity_arguments(p.oid)) as detail
      from pg_proc p
      join pg_namespace n on n.oid = p.pronamespace
      left join pg_depend d on d.objid = p.oid and d.deptype = 'e'
      where n.nspname not in (${systemList})
        and d.objid is null
        and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) cfg where cfg like 'search_path=%')`,
  },
  {
    name: 'auth_rls_initplan',
    sql: `
      select format('policy %s on %I.%I calls auth.<fn>() per row (wrap it in a select)', pol.policyname,
                    pol.schemaname, pol.tablename) as detail
      from pg_policies pol
      join pg_namespace n on n.nspname = pol.schemaname
      join pg_class c on c.relnamespace = n.oid and c.relname = pol.tablename
      where c.relrowsecurity and (
        (pol.qual ~ 'auth\\.(uid|jwt|role|email)\\(\\)' and lower(pol.qual) !~ 'select\\s+auth\\.(uid|jwt|role|email)\\(\\)')
        or (pol.with_check ~ 'auth\\.(uid|jwt|role|email)\\(\\)' and lower(pol.with_check) !~ 'select\\s+auth\\.(uid|jwt|role|email)\\(\\)')
      )`,
  },
  {
    name: 'multiple_permissive_policies',
    sql: `
      select format('table %I.%I has %s permissive policies for role %s and %s: %s', n.nspname, c.relname,
                    count(*), r.rolname, act.cmd, string_agg(p.polname, ', ' order by p.polname)) as detail
      from pg_policy p
      join pg_class c on c.oid = p.polrelid
      join pg_namespace n on n.oid = c.relnamespace
      join pg_roles r on p.polroles @> array[r.oid] or p.polroles = array[0::oid]
      cross join lateral unnest(case p.polcmd
          when 'r' then array['SELECT'] when 'a' then array['INSERT'] when 'w' then array['UPDATE']
          when 'd' then array['DELETE'] else array['SELECT', 'INSERT', 'UPDATE', 'DELETE'] end) as act(cmd)
      where c.relkind = 'r'
        and p.polpermissive
        and n.nspname not in (${systemList})
        and r.rolname not like 'pg\\_%'
        and r.rolname not like 'supabase%admin'
        and not r.rolbypassrls
      group by n.nspname, c.relname, r.rolname, act.cmd
      having count(*) > 1`,
  },
  {
    name: 'duplicate_index',
    sql: `
      select format('table %I.%I has identical indexes %s', i.schemaname, i.tablename,
                    string_agg(i.indexname, ', ' order by i.indexname)) as detail
      from pg_indexes i
      join pg_namespace n on n.nspname = i.schemaname
      join pg_class c on c.relnamespace = n.oid and c.relname = i.tablename
      left join pg_depend d on d.objid = c.oid and d.deptype = 'e'
      where c.relkind in ('r', 'm') and i.schemaname not in (${systemList}) and d.objid is null
      group by i.schemaname, i.tablename, replace(i.indexdef, i.indexname, '')
      having count(*) > 1`,
  },
  {
    name: 'extension_in_public',
    sql: `
      select format('extension %s is installed in schema public', e.extname) as detail
      from pg_extension e
      where e.extname <> 'plpgsql' and e.extnamespace = 'public'::regnamespace`,
  },
  {
    name: 'rls_policy_always_true',
    sql: `
      with pol as (
        select n.nspname, c.relname, p.polname, p.polcmd,
               regexp_replace(lower(coalesce(pg_get_expr(p.polqual, p.polrelid), '')), '\\s', '', 'g') as q,
               regexp_replace(lower(coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '')), '\\s', '', 'g') as w,
               p.polqual is null as no_q, p.polwithcheck is null as no_w
        from pg_policy p
        join pg_class c on c.oid = p.polrelid
        join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'r' and c.relrowsecurity and p.polpermissive
          and n.nspname not in (${systemList})
          and (p.polroles = array[0::oid]
               or exists (select 1 from unnest(p.polroles) r where r::regrole::text in ('anon', 'authenticated')))
      )
      select format('policy %s on %I.%I (%s) always allows the write', polname, nspname, relname, polcmd) as detail
      from pol
      where (polcmd in ('w', 'd', '*') and (q in ('true', '(true)', '1=1', '(1=1)') or no_q))
         or w in ('true', '(true)', '1=1', '(1=1)')
         or (polcmd = 'a' and no_w)
         or (polcmd in ('w', '*') and no_w and q in ('true', '(true)', '1=1', '(1=1)'))`,
  },
  {
    name: 'anon_security_definer_function_executable',
    sql: `
      select format('SECURITY DEFINER function %I.%I(%s) is executable by anon', n.nspname, p.proname,
                    pg_get_function_identity_arguments(p.oid)) as detail
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where p.prosecdef and n.nspname in (${exposedList})
        and has_function_privilege('anon', p.oid, 'EXECUTE')`,
  },
  {
    name: 'authenticated_security_definer_function_executable',
    sql: `
      select format('SECURITY DEFINER function %I.%I(%s) is executable by authenticated', n.nspname, p.proname,
                    pg_get_function_identity_arguments(p.oid)) as detail
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where p.prosecdef and n.nspname in (${exposedList})
        and has_function_privilege('authenticated', p.oid, 'EXECUTE')`,
  },
  {
    // Stricter than 0028 / 0029, which read the local ACLs: hosted Supabase grants EXECUTE on new
    // functions in public to anon and authenticated by default privileges, so a SECURITY DEFINER
    // function in an exposed schema is one forgotten REVOKE away from both findings. None at all:
    // the definer bodies live in schema private behind SECURITY INVOKER wrappers.
    name: 'security_definer_function_in_exposed_schema',
    sql: `
      select format('SECURITY DEFINER function %I.%I(%s) is in exposed schema %I', n.nspname, p.proname,
                    pg_get_function_identity_arguments(p.oid), n.nspname) as detail
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      left join pg_depend d on d.objid = p.oid and d.deptype = 'e'
      where p.prosecdef and n.nspname in (${exposedList}) and d.objid is null`,
  },
  {
    name: 'unindexed_foreign_keys',
    sql: `
      select format('foreign key %s on %s has no index whose leading columns are its columns', ct.conname, ct.conrelid::regclass) as detail
      from pg_constraint ct
      join pg_class c on c.oid = ct.conrelid
      join pg_namespace n on n.oid = c.relnamespace
      left join pg_depend d on d.objid = c.oid and d.deptype = 'e'
      where ct.contype = 'f'
        and d.objid is null
        and n.nspname not in ('pg_catalog', 'information_schema', 'auth', 'storage', 'vault', 'extensions', 'supabase_migrations')
        and not exists (
          select 1 from pg_index i
          where i.indrelid = ct.conrelid and i.indisvalid
            -- as splinter's 0001: an index whose leading columns are the key's columns covers it
            and (string_to_array(i.indkey::text, ' ')::smallint[])[1:cardinality(ct.conkey)] = ct.conkey
        )`,
  },
];
