/**
 * `npm run db:verify [-- --db-url <url>]`: the migration guide's verification checklist, made
 * meaningful (guide-review B-39). Prints each item with PASS/FAIL; exits 1 when any fails.
 * `--preflight`: the checks to run on a v1 database BEFORE migrating it (guide-review B-05).
 * Database: --db-url, else DATABASE_URL, else the local stack's database.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { loadConfig, ROOT_DIR } from '../config';

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

const MIGRATIONS_DIR = path.join(ROOT_DIR, 'supabase', 'migrations');

export const EXPECTED_TABLES = [
  'agents',
  'document_reviews',
  'document_types',
  'document_versions',
  'documents',
  'dossier_status_history',
  'dossiers',
  'events',
  'messages',
  'notification_deliveries',
  'notifications',
  'orders',
  'payment_links',
  'payment_reminders',
  'product_steps',
  'products',
  'profiles',
  'step_instances',
  'steps',
];

export const EXPECTED_ENUM_LABELS: Record<string, string[]> = {
  dossier_type: ['LLC', 'CORP', 'DUBAI', 'COMPLIANCE', 'ACCOUNTING'],
  dossier_status_code: ['QUALIFICATION', 'IN_PROGRESS', 'UNDER_REVIEW', 'COMPLETED'],
  document_status: ['PENDING', 'APPROVED', 'REJECTED', 'OUTDATED'],
  event_type: ['DOSSIER_CREATED', 'DOSSIER_STATUS_CHANGED', 'DOCUMENT_UPLOADED', 'MESSAGE_SENT', 'PAYMENT_RECEIVED', 'PAYMENT_FAILED'],
  notification_status: ['SENT', 'BOUNCED'],
  user_status: ['PENDING', 'ACTIVE', 'SUSPENDED'],
  order_status: ['PENDING', 'PAID', 'FAILED', 'REFUNDED', 'CANCELLED'],
  actor_type: ['USER', 'AGENT', 'SYSTEM'],
  agent_role: ['AGENT', 'REVIEWER', 'MANAGER', 'ADMIN'],
};

export const EXPECTED_TRIGGERS: Record<string, string[]> = {
  profiles: ['update_profiles_updated_at'],
  agents: ['update_agents_updated_at'],
  products: ['update_products_updated_at'],
  document_types: ['update_document_types_updated_at'],
  dossiers: ['update_dossiers_updated_at', 'set_dossier_product', 'set_dossier_completed_at', 'dossier_created', 'dossier_status_changed'],
  documents: ['update_documents_updated_at', 'set_document_step_instance'],
  orders: ['update_orders_updated_at'],
  dossier_status_history: ['dossier_status_history_sync'],
  step_instances: ['set_step_instance_timestamps'],
  document_versions: ['set_document_version_defaults', 'document_version_created'],
  messages: ['set_message_sender', 'message_sent'],
  events: ['set_event_actor'],
};

/** Index names created by the index migration (single source of truth). */
export function expectedIndexes(dir = MIGRATIONS_DIR): string[] {
  const file = readdirSync(dir).find((f) => /^\d{14}_v2_indexes\.sql$/.test(f));
  if (!file) return [];
  const text = readFileSync(path.join(dir, file), 'utf8');
  return [...text.matchAll(/create (?:unique )?index if not exists ([a-z0-9_]+)/g)].map((m) => m[1]!);
}

type Query = <T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<T[]>;

interface Check {
  name: string;
  run(q: Query): Promise<string>; // returns the detail on success, throws on failure
}

class CheckFailed extends Error {}
const fail = (detail: string): never => {
  throw new CheckFailed(detail);
};
const missingFrom = (expected: string[], actual: Iterable<string>) => {
  const have = new Set(actual);
  return expected.filter((e) => !have.has(e));
};

const checks: Check[] = [
  {
    name: 'All migrations applied',
    async run(q) {
      const files = readdirSync(MIGRATIONS_DIR)
        .filter((f) => /^\d{14}_.+\.sql$/.test(f))
        .map((f) => f.slice(0, 14));
      const [t] = await q<{ ok: boolean }>(`select to_regclass('supabase_migrations.schema_migrations') is not null as ok`);
      if (!t!.ok) fail('no supabase_migrations.schema_migrations table');
      const rows = await q<{ version: string }>('select version from supabase_migrations.schema_migrations');
      const missing = missingFrom(
        files,
        rows.map((r) => r.version),
      );
      if (missing.length) fail(`not applied: ${missing.join(', ')}`);
      return `${files.length} of ${files.length}`;
    },
  },
  {
    name: 'All tables exist',
    async run(q) {
      const rows = await q<{ tablename: string }>(`select tablename from pg_tables where schemaname = 'public'`);
      const missing = missingFrom(
        EXPECTED_TABLES,
        rows.map((r) => r.tablename),
      );
      if (missing.length) fail(`missing: ${missing.join(', ')}`);
      return `${EXPECTED_TABLES.length} tables`;
    },
  },
  {
    name: 'Enums have their v2 labels in lifecycle order',
    async run(q) {
      const rows = await q<{ type: string; labels: string[] }>(`
        select t.typname as type, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
        from pg_type t join pg_enum e on e.enumtypid = t.oid
        where t.typnamespace = 'public'::regnamespace group by 1`);
      const byType = new Map(rows.map((r) => [r.type, r.labels]));
      const problems: string[] = [];
      for (const [type, expected] of Object.entries(EXPECTED_ENUM_LABELS)) {
        const labels = byType.get(type);
        if (!labels) problems.push(`${type} missing`);
        else {
          const inOrder = labels.filter((l) => expected.includes(l));
          if (inOrder.join() !== expected.join()) problems.push(`${type}: ${labels.join(',')}`);
        }
      }
      if (problems.length) fail(problems.join('; '));
      return `${Object.keys(EXPECTED_ENUM_LABELS).length} enums`;
    },
  },
  {
    name: 'All indexes created',
    async run(q) {
      const expected = expectedIndexes();
      if (!expected.length) fail('index migration not found');
      const rows = await q<{ indexname: string }>(`select indexname from pg_indexes where schemaname = 'public'`);
      const missing = missingFrom(
        expected,
        rows.map((r) => r.indexname),
      );
      if (missing.length) fail(`missing: ${missing.join(', ')}`);
      return `${expected.length} indexes`;
    },
  },
  {
    name: 'No duplicate indexes',
    async run(q) {
      const rows = await q<{ dup: string }>(`
        select string_agg(c.relname, ' = ' order by c.relname) as dup
        from pg_index i join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
        where t.relnamespace = 'public'::regnamespace
        group by i.indrelid, i.indkey::text, i.indclass::text, coalesce(pg_get_expr(i.indexprs, i.indrelid), ''),
                 coalesce(pg_get_expr(i.indpred, i.indrelid), '')
        having count(*) > 1`);
      if (rows.length) fail(rows.map((r) => r.dup).join('; '));
      return 'none';
    },
  },
  {
    name: 'Every foreign key is indexed',
    async run(q) {
      const rows = await q<{ fk: string }>(`
        select format('%s.%s', c.conrelid::regclass, c.conname) as fk
        from pg_constraint c
        where c.contype = 'f' and c.connamespace = 'public'::regnamespace
          and not exists (
            select 1 from pg_index i
            where i.indrelid = c.conrelid
              and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
              and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey
          )`);
      if (rows.length) fail(`unindexed: ${rows.map((r) => r.fk).join(', ')}`);
      const [n] = await q<{ n: number }>(
        `select count(*)::int as n from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`,
      );
      return `${n!.n} foreign keys`;
    },
  },
  {
    name: 'All triggers active',
    async run(q) {
      const rows = await q<{ name: string }>(`
        select format('%s.%s', c.relname, t.tgname) as name
        from pg_trigger t join pg_class c on c.oid = t.tgrelid
        where not t.tgisinternal and c.relnamespace = 'public'::regnamespace and t.tgenabled <> 'D'`);
      const expected = Object.entries(EXPECTED_TRIGGERS).flatMap(([table, names]) => names.map((n) => `${table}.${n}`));
      const missing = missingFrom(
        expected,
        rows.map((r) => r.name),
      );
      if (missing.length) fail(`missing or disabled: ${missing.join(', ')}`);
      return `${expected.length} triggers`;
    },
  },
  {
    name: 'RLS enabled on every public table',
    async run(q) {
      const rows = await q<{ relname: string }>(`
        select relname from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'p') and not relrowsecurity`);
      if (rows.length) fail(`RLS disabled on: ${rows.map((r) => r.relname).join(', ')}`);
      const [n] = await q<{ n: number }>(
        `select count(*)::int as n from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'p')`,
      );
      return `${n!.n} tables`;
    },
  },
  {
    name: 'pgcrypto installed outside public',
    async run(q) {
      const [row] = await q<{ schema: string | null }>(`
        select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pgcrypto'`);
      if (!row) fail('pgcrypto is not installed');
      if (row!.schema === 'public') fail('pgcrypto is in schema public');
      return `schema ${row!.schema}`;
    },
  },
  {
    name: 'Functions have a pinned search_path',
    async run(q) {
      const rows = await q<{ fn: string }>(`
        select p.oid::regprocedure::text as fn from pg_proc p
        where p.pronamespace = 'public'::regnamespace and p.prokind = 'f'
          and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search_path=%')
          and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')`);
      if (rows.length) fail(`mutable search_path: ${rows.map((r) => r.fn).join(', ')}`);
      return 'all public functions';
    },
  },
  {
    name: 'Utility functions answer',
    async run(q) {
      const [r] = await q<{ a: string | null; b: boolean | null; c: string; d: string; e: string | null }>(`
        select get_next_step_for_dossier(null)::text as a, are_step_documents_complete(null) as b,
               generate_payment_link_token() as c, generate_payment_link_token() as d,
               get_next_step_for_dossier(gen_random_uuid())::text as e`);
      if (r!.a !== null || r!.e !== null) fail('get_next_step_for_dossier(unknown) is not NULL');
      if (r!.b !== null) fail('are_step_documents_complete(NULL) is not NULL');
      if (!/^[0-9a-f]{32}$/.test(r!.c) || r!.c === r!.d) fail(`bad token: ${r!.c}`);
      return 'get_next_step_for_dossier, are_step_documents_complete, generate_payment_link_token';
    },
  },
  {
    name: 'Sample product, payment link and dossier (rolled back)',
    async run(q) {
      await q('begin');
      try {
        const [step] = await q<{ id: string }>(`
          insert into steps (code, label, position) values ('VERIFY_STEP_' || md5(random()::text), 'Verify', 0) returning id`);
        const [product] = await q<{ id: string }>(`
          insert into products (code, name, dossier_type, price_amount) values ('VERIFY_PRODUCT', 'Verify', 'LLC', 1000) returning id`);
        await q(`insert into product_steps (product_id, step_id, position) values ($1, $2, 0)`, [product!.id, step!.id]);
        const [link] = await q<{ token: string }>(
          `
          insert into payment_links (product_id, prospect_email) values ($1, 'verify@example.com') returning token`,
          [product!.id],
        );
        if (!/^[0-9a-f]{32}$/.test(link!.token)) fail(`payment link token not generated: ${link!.token}`);
        const [user] = await q<{ id: string }>(`
          insert into auth.users (id, aud, role, email) values (gen_random_uuid(), 'authenticated', 'authenticated', 'verify-' || md5(random()::text) || '@example.com') returning id`);
        await q(`insert into profiles (id) values ($1)`, [user!.id]);
        const [dossier] = await q<{ id: string }>(`insert into dossiers (user_id, product_id) values ($1, $2) returning id`, [
          user!.id,
          product!.id,
        ]);
        const [next] = await q<{ step: string }>(`select get_next_step_for_dossier($1)::text as step`, [dossier!.id]);
        if (next!.step !== step!.id) fail('get_next_step_for_dossier does not return the first workflow step');
        await q(`update dossiers set status = 'IN_PROGRESS' where id = $1`, [dossier!.id]);
        const [ev] = await q<{ created: number; changed: number; history: number }>(
          `
          select count(*) filter (where event_type = 'DOSSIER_CREATED')::int as created,
                 count(*) filter (where event_type = 'DOSSIER_STATUS_CHANGED')::int as changed,
                 (select count(*)::int from dossier_status_history where dossier_id = $1) as history
          from events where entity_id = $1`,
          [dossier!.id],
        );
        if (ev!.created !== 1 || ev!.changed !== 1 || ev!.history !== 2) fail(`events/history not written: ${JSON.stringify(ev)}`);
        return 'product + workflow, payment link with generated token, dossier events and history';
      } finally {
        await q('rollback');
      }
    },
  },
];

// ------------------------------------------------------------------------------------------------
// Pre-flight: a v1 database about to be migrated (guide-review B-05).
// ------------------------------------------------------------------------------------------------

/** Columns of the v1 schema that the v2 migrations read, rename or attach triggers to. */
export const V1_REQUIRED_COLUMNS: Record<string, string[]> = {
  profiles: ['id', 'updated_at'],
  agents: ['id', 'full_name', 'created_at'],
  steps: ['id', 'code', 'label', 'position'],
  document_types: ['id', 'code', 'label', 'required_step_id', 'created_at'],
  dossiers: ['id', 'user_id', 'type', 'status', 'current_step_instance_id', 'updated_at'],
  step_instances: ['id', 'dossier_id', 'step_id', 'status', 'created_at'],
  documents: ['id', 'dossier_id', 'document_type_id', 'status', 'updated_at'],
  document_versions: ['id', 'document_id', 'storage_path', 'uploaded_at'],
  document_reviews: ['id', 'document_version_id'],
  messages: ['id', 'dossier_id', 'sender_id', 'created_at'],
  events: ['id', 'entity_type', 'entity_id', 'event_type', 'payload', 'created_at'],
  notifications: ['id', 'user_id', 'read_at'],
  notification_deliveries: ['id', 'notification_id'],
  dossier_status_history: ['id', 'dossier_id', 'status', 'created_at'],
};

const preflightChecks: Check[] = [
  {
    name: 'v1 tables and columns the migration relies on',
    async run(q) {
      const rows = await q<{ t: string; c: string }>(`
        select table_name as t, column_name as c from information_schema.columns where table_schema = 'public'`);
      const have = new Set(rows.map((r) => `${r.t}.${r.c}`));
      const renamed: Record<string, string> = {
        'document_versions.uploaded_by': 'uploaded_by_id',
        'dossier_status_history.changed_by': 'changed_by_id',
      };
      const expected = Object.entries(V1_REQUIRED_COLUMNS).flatMap(([t, cols]) => cols.map((c) => `${t}.${c}`));
      const missing = expected.filter((e) => !have.has(e));
      for (const [v1, v2] of Object.entries(renamed)) {
        if (!have.has(v1) && !have.has(`${v1.split('.')[0]}.${v2}`)) missing.push(v1);
      }
      if (missing.length) fail(`missing: ${missing.join(', ')}`);
      return `${expected.length + 2} columns`;
    },
  },
  {
    name: 'No v2 index name already taken by another definition',
    async run(q) {
      const names = expectedIndexes();
      const rows = await q<{ indexname: string; indexdef: string }>(
        `select indexname, indexdef from pg_indexes where schemaname = 'public' and indexname = any($1)`,
        [names],
      );
      if (rows.length)
        fail(`exist already (IF NOT EXISTS keeps them; compare with the index migration): ${rows.map((r) => r.indexname).join(', ')}`);
      return `${names.length} names free`;
    },
  },
  {
    name: 'No v1 trigger with a v2 name',
    async run(q) {
      const triggers = Object.values(EXPECTED_TRIGGERS).flat();
      const rows = await q<{ name: string }>(
        `
        select format('trigger %s.%s', c.relname, t.tgname) as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
        where not t.tgisinternal and c.relnamespace = 'public'::regnamespace and t.tgname = any($1)`,
        [triggers],
      );
      if (rows.length) fail(`would be replaced: ${rows.map((r) => r.name).join(', ')}`);
      return 'none';
    },
  },
  {
    name: 'Every dossier type has a product to map to',
    async run(q) {
      const rows = await q<{ type: string; n: number }>(`
        select type::text, count(*)::int as n from public.dossiers where type::text not in ('LLC', 'CORP', 'DUBAI') group by 1`);
      if (rows.length) fail(`no product for: ${rows.map((r) => `${r.type} (${r.n} dossiers)`).join(', ')}`);
      return 'LLC -> LLC_FORMATION, CORP -> CORP_FORMATION';
    },
  },
  {
    name: 'Status history rows all have a status',
    async run(q) {
      const [r] = await q<{ n: number }>(`select count(*)::int as n from public.dossier_status_history where status is null`);
      if (r!.n) fail(`${r!.n} rows with a NULL status (new_status would be NULL)`);
      return 'ok';
    },
  },
  {
    name: 'Known step instance statuses',
    async run(q) {
      const rows = await q<{ status: string; n: number }>(`
        select status, count(*)::int as n from public.step_instances
        where status not in ('PENDING', 'IN_PROGRESS', 'COMPLETED') group by 1`);
      if (rows.length) fail(`unexpected: ${rows.map((r) => `${r.status} (${r.n})`).join(', ')}`);
      return 'PENDING, IN_PROGRESS, COMPLETED';
    },
  },
];

export async function preflightDatabase(dbUrl: string): Promise<CheckResult[]> {
  return runChecks(dbUrl, preflightChecks);
}

export async function verifyDatabase(dbUrl: string): Promise<CheckResult[]> {
  return runChecks(dbUrl, checks);
}

async function runChecks(dbUrl: string, list: Check[]): Promise<CheckResult[]> {
  const client = new pg.Client({ connectionString: dbUrl });
  try {
    await client.connect();
  } catch (error) {
    return [{ name: 'Connect to the database', ok: false, detail: (error as Error).message }];
  }
  client.on('notice', () => undefined);
  const q: Query = async (text, values) => (await client.query(text, values)).rows;
  const results: CheckResult[] = [];
  try {
    for (const check of list) {
      try {
        results.push({ name: check.name, ok: true, detail: await check.run(q) });
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        results.push({ name: check.name, ok: false, detail: (error as Error).message });
      }
    }
  } finally {
    await client.end();
  }
  return results;
}

export function parseDbUrl(argv: string[], env: NodeJS.ProcessEnv): string {
  const i = argv.findIndex((a) => a === '--db-url' || a.startsWith('--db-url='));
  if (i >= 0) {
    const value = argv[i]!.includes('=') ? argv[i]!.slice('--db-url='.length) : argv[i + 1];
    if (!value || value.startsWith('--')) throw new Error('--db-url needs a value, e.g. --db-url postgresql://user:pass@host:5432/db');
    return value;
  }
  return env.DATABASE_URL || loadConfig(env).dbUrl;
}

async function main(): Promise<void> {
  let url: string;
  try {
    url = parseDbUrl(process.argv.slice(2), process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const preflight = process.argv.includes('--preflight');
  console.log(`${preflight ? 'Pre-flight of' : 'Verifying'} ${url.replace(/:[^:@/]*@/, ':***@')}`);
  const results = preflight ? await preflightDatabase(url) : await verifyDatabase(url);
  for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}: ${r.detail}`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(failed ? `${failed} of ${results.length} checks failed` : `All ${results.length} checks passed`);
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
