/**
 * The demo data generator (`npm run seed:demo`): deterministic, realistic back-office data on top
 * of supabase/seed.sql, written set-based in one transaction. Running it again first removes the
 * rows of the previous run (recognised by their ids, see sql/00_helpers.sql), so nothing doubles.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { splitSqlStatements } from '../sql-split';
import { DEMO_SCALES, type DemoScale, type DemoScaleName } from './scales';

export { DEMO_SCALES, isDemoScaleName, type DemoScale, type DemoScaleName } from './scales';

const SQL_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sql');

export interface SeedDemoResult {
  orders: number;
  dossiers: number;
  events: number;
  ms: number;
}

export interface SeedDemoOptions {
  /** The "now" of the generated history (default: today 00:00 UTC). Same anchor, same data. */
  anchor?: Date;
  /** Progress lines (one per phase, with its duration). */
  log?: (line: string) => void;
}

/** Today at 00:00 UTC: the data is the same all day long, and stays recent. */
export const defaultAnchor = (now = new Date()) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

export function demoSqlFiles(): { name: string; sql: string }[] {
  return readdirSync(SQL_DIR)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(SQL_DIR, name), 'utf8') }));
}

export async function seedDemo(dbUrl: string, scale: DemoScaleName | DemoScale, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const sizes = typeof scale === 'string' ? DEMO_SCALES[scale] : scale;
  if (!sizes) throw new Error(`Unknown demo scale "${String(scale)}" (expected ${Object.keys(DEMO_SCALES).join(', ')})`);
  validateSizes(sizes);
  const anchor = options.anchor ?? defaultAnchor();
  if (Number.isNaN(anchor.getTime())) throw new Error('The anchor date is not a valid date');
  const log = options.log ?? (() => undefined);

  const started = performance.now();
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    await client.query('begin');
    const settings: Record<string, string> = {
      'demo.orders': String(sizes.orders),
      'demo.customers': String(sizes.customers),
      'demo.extra_links': String(sizes.extraLinks),
      'demo.agents': String(sizes.agents),
      'demo.reviewers': String(sizes.reviewers),
      'demo.managers': String(sizes.managers),
      'demo.days': String(sizes.days),
      'demo.anchor': anchor.toISOString(),
      work_mem: '256MB',
      maintenance_work_mem: '512MB',
      synchronous_commit: 'off',
      statement_timeout: '0',
    };
    for (const [name, value] of Object.entries(settings)) {
      await client.query('select set_config($1, $2, true)', [name, value]);
    }
    const files = await adaptToSchema(client, demoSqlFiles());
    for (const file of files) {
      const t0 = performance.now();
      for (const statement of splitSqlStatements(file.sql)) {
        const s0 = performance.now();
        await client.query(statement);
        const ms = performance.now() - s0;
        if (ms > 2000) log(`  ${describeStatement(statement)} ${Math.round(ms)} ms`);
      }
      log(`${file.name} ${Math.round(performance.now() - t0)} ms`);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }

  // Fresh statistics, so that the planner sees the new sizes right away.
  const t0 = performance.now();
  const counts = await analyzeAndCount(dbUrl);
  log(`analyze ${Math.round(performance.now() - t0)} ms`);
  return { ...counts, ms: Math.round(performance.now() - started) };
}

/** Optional columns of later migrations, filled only where the schema has them. */
async function adaptToSchema(client: pg.Client, files: { name: string; sql: string }[]) {
  const { rows } = await client.query<{ events: boolean; orders: boolean; versions: boolean }>(`
    select exists (select 1 from pg_attribute
                   where attrelid = 'public.events'::regclass and attname = 'dossier_id' and not attisdropped) as events,
           exists (select 1 from pg_attribute
                   where attrelid = 'public.orders'::regclass and attname = 'agent_id' and not attisdropped) as orders,
           exists (select 1 from pg_attribute
                   where attrelid = 'public.document_versions'::regclass and attname = 'dossier_id' and not attisdropped) as versions`);
  const hasEventDossierId = rows[0]?.events === true;
  const hasOrderAgentId = rows[0]?.orders === true;
  const hasVersionDossierId = rows[0]?.versions === true;
  return files.map((file) => ({
    ...file,
    sql: file.sql
      .replace('/*events.dossier_id:column*/', hasEventDossierId ? ', dossier_id' : '')
      .replace(
        '/*events.dossier_id:value*/',
        hasEventDossierId ? ", case when e.entity_type = 'dossier' then e.entity_id else (e.payload ->> 'dossier_id')::uuid end" : '',
      )
      // the selling agent (20250601000800): the creator of the order's link
      .replace('/*orders.agent_id:column*/', hasOrderAgentId ? ', agent_id' : '')
      .replace('/*orders.agent_id:value*/', hasOrderAgentId ? ', l.created_by' : '')
      // the versions' and reviews' dossier (20250601000804)
      .replace('/*document_versions.dossier_id:column*/', hasVersionDossierId ? ', dossier_id' : '')
      .replace('/*document_versions.dossier_id:value*/', hasVersionDossierId ? ', dossier_id' : '')
      .replace('/*document_reviews.dossier_id:column*/', hasVersionDossierId ? ', dossier_id' : '')
      .replace('/*document_reviews.dossier_id:value*/', hasVersionDossierId ? ', dossier_id' : ''),
  }));
}

/** "insert into public.events" / "create temp table demo_si": what a statement does, for the log. */
function describeStatement(statement: string): string {
  const code = statement
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join(' ');
  const match = /\b(insert into|create temp table|update|delete from|analyze)\s+([\w.]+)/i.exec(code);
  return match ? `${match[1]!.toLowerCase()} ${match[2]}` : code.trim().slice(0, 40);
}

function validateSizes(sizes: DemoScale): void {
  for (const [key, value] of Object.entries(sizes)) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`Demo scale: ${key} must be a non-negative integer`);
  }
  if (sizes.orders < 20 || sizes.customers < 1) throw new Error('Demo scale: at least 20 orders and 1 customer');
  if (sizes.days < 1) throw new Error('Demo scale: days must be at least 1');
}

const ANALYZED_TABLES = [
  'auth.users',
  'public.profiles',
  'public.agents',
  'public.payment_links',
  'public.orders',
  'public.payment_reminders',
  'public.dossiers',
  'public.step_instances',
  'public.documents',
  'public.document_versions',
  'public.document_reviews',
  'public.messages',
  'public.dossier_status_history',
  'public.events',
  'public.notifications',
  'public.notification_deliveries',
];

/** Derived tables 80_insert.sql refills set-based: the stored scopes and the read models. */
const DERIVED_TABLES = [
  'private.agent_dossiers',
  'private.agent_customers',
  'private.review_customers',
  'private.step_board_items',
  'private.review_queue_items',
  'private.step_duration_days',
  'private.revenue_days',
  'private.review_days',
  'private.dossier_counts',
  'private.order_status_days',
];

async function analyzeAndCount(dbUrl: string): Promise<Omit<SeedDemoResult, 'ms'>> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    await client.query(`analyze ${ANALYZED_TABLES.join(', ')}`);
    // the derived tables (when the schema has them), refilled set-based by 80_insert.sql
    const { rows: derived } = await client.query<{ name: string }>(
      `select t as name from unnest($1::text[]) t where to_regclass(t) is not null`,
      [DERIVED_TABLES],
    );
    if (derived.length > 0) await client.query(`analyze ${derived.map((t) => t.name).join(', ')}`);
    const { rows } = await client.query<{ orders: string; dossiers: string; events: string }>(`
      select (select count(*) from public.orders where substr(id::text, 20, 4) = 'de00') as orders,
             (select count(*) from public.dossiers where substr(id::text, 20, 4) = 'de00') as dossiers,
             (select count(*) from public.events where substr(id::text, 20, 4) = 'de00') as events`);
    const row = rows[0]!;
    return { orders: Number(row.orders), dossiers: Number(row.dossiers), events: Number(row.events) };
  } finally {
    await client.end();
  }
}
