/**
 * The demo data set in the v1 shape (what production looks like before the v2 migrations), for
 * rehearsing the v1 -> v2 move at scale. The generator writes v2 data; this generates it in a
 * temporary database of the same server, then copies every v1 table's v1 columns into the target
 * (v1 baseline schema), mapping the labels v1 does not have and leaving out what v1 cannot hold
 * (v2-only event types, payment tables). auth.users and Storage (buckets, objects) come along.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ROOT_DIR } from '../config';
import { applyBootstrap } from '../services/bootstrap';
import { asPlatformSuperuser } from '../config';
import { applyMigrations, applySeed, listMigrations } from '../services/migrations';
import { connectReadOnly, copyRows, qualified } from '../rehearse/copy-stream';
import { seedDemo, type DemoScaleName } from './index';

export const V1_BASELINE_VERSION = '20240101000000';
const MIGRATIONS_DIR = path.join(ROOT_DIR, 'supabase', 'migrations');
const SEED_FILE = path.join(ROOT_DIR, 'supabase', 'seed.sql');

const v1Dossier = (col: string) =>
  `(case when ${col}::text in ('QUALIFICATION', 'ON_HOLD', 'CANCELLED') then ${col}::text else 'QUALIFICATION' end)`;
const v1Document = (col: string) => `(case when ${col}::text = 'OUTDATED' then 'REJECTED' else ${col}::text end)`;

/** v1 table -> [v1 column, expression over the v2 row]; in FK order. */
export const V1_PROJECTION: [string, [string, string][], string?][] = [
  [
    'profiles',
    [
      ['id', 'id'],
      ['full_name', 'full_name'],
      ['phone', 'phone'],
      ['created_at', 'created_at'],
      ['updated_at', 'updated_at'],
    ],
  ],
  [
    'agents',
    [
      ['id', 'id'],
      ['full_name', 'full_name'],
      ['created_at', 'created_at'],
    ],
  ],
  [
    'steps',
    [
      ['id', 'id'],
      ['code', 'code'],
      ['label', 'label'],
      ['position', 'position'],
      ['created_at', 'created_at'],
    ],
  ],
  [
    'document_types',
    [
      ['id', 'id'],
      ['code', 'code'],
      ['label', 'label'],
      ['required_step_id', 'required_step_id'],
      ['created_at', 'created_at'],
    ],
  ],
  [
    'dossiers',
    [
      ['id', 'id'],
      ['user_id', 'user_id'],
      ['type', `(case when type::text in ('LLC', 'CORP') then type::text else 'LLC' end)`],
      ['status', v1Dossier('status')],
      ['created_at', 'created_at'],
      ['updated_at', 'updated_at'],
      ['current_step_instance_id', 'current_step_instance_id'],
    ],
  ],
  [
    'step_instances',
    [
      ['id', 'id'],
      ['dossier_id', 'dossier_id'],
      ['step_id', 'step_id'],
      ['status', 'status'],
      ['started_at', 'started_at'],
      ['completed_at', 'completed_at'],
      ['created_at', 'created_at'],
    ],
  ],
  [
    'documents',
    [
      ['id', 'id'],
      ['dossier_id', 'dossier_id'],
      ['document_type_id', 'document_type_id'],
      ['status', v1Document('status')],
      ['created_at', 'created_at'],
      ['updated_at', 'updated_at'],
    ],
  ],
  [
    'document_versions',
    [
      ['id', 'id'],
      ['document_id', 'document_id'],
      ['storage_path', 'storage_path'],
      ['uploaded_by', 'uploaded_by_id'],
      ['uploaded_at', 'uploaded_at'],
    ],
  ],
  [
    'document_reviews',
    [
      ['id', 'id'],
      ['document_version_id', 'document_version_id'],
      ['reviewer_id', 'reviewer_id'],
      ['decision', v1Document('decision')],
      ['created_at', 'created_at'],
    ],
  ],
  [
    'messages',
    [
      ['id', 'id'],
      ['dossier_id', 'dossier_id'],
      ['sender_id', 'sender_id'],
      ['body', 'body'],
      ['created_at', 'created_at'],
    ],
  ],
  [
    'events',
    [
      ['id', 'id'],
      ['entity_type', 'entity_type'],
      ['entity_id', 'entity_id'],
      ['event_type', 'event_type'],
      ['payload', 'payload'],
      ['created_at', 'created_at'],
    ],
    `event_type::text in ('DOSSIER_STATUS_CHANGED', 'DOCUMENT_UPLOADED', 'DOCUMENT_REVIEWED', 'STEP_COMPLETED')`,
  ],
  [
    'notifications',
    [
      ['id', 'id'],
      ['user_id', 'user_id'],
      ['title', 'title'],
      ['body', 'body'],
      ['read_at', 'read_at'],
      ['created_at', 'created_at'],
    ],
    'user_id in (select id from public.profiles)',
  ],
  [
    'notification_deliveries',
    [
      ['id', 'id'],
      ['notification_id', 'notification_id'],
      ['channel', 'channel'],
      ['status', `(case when status::text = 'BOUNCED' then 'FAILED' else status::text end)`],
      ['sent_at', 'sent_at'],
      ['created_at', 'created_at'],
    ],
    'notification_id in (select n.id from public.notifications n where n.user_id in (select id from public.profiles))',
  ],
  [
    'dossier_status_history',
    [
      ['id', 'id'],
      ['dossier_id', 'dossier_id'],
      ['status', v1Dossier('coalesce(status, new_status)')],
      ['changed_by', 'changed_by_id'],
      ['created_at', 'created_at'],
    ],
  ],
];

/** Platform tables copied as they are (every column both sides have, generated ones excepted). */
const PLATFORM_TABLES: [string, string][] = [
  ['auth', 'users'],
  ['storage', 'buckets'],
  ['storage', 'objects'],
];

/** Applies only the v1 baseline migration (and records it, as `supabase db push` would have). */
export async function applyV1Baseline(url: string): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'v1-baseline-'));
  try {
    for (const m of listMigrations(MIGRATIONS_DIR)) {
      if (m.version <= V1_BASELINE_VERSION) copyFileSync(m.file, path.join(dir, path.basename(m.file)));
    }
    await applyMigrations(url, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function copiedColumns(client: pg.Client, schema: string, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select attname as name from pg_attribute
     where attrelid = format('%I.%I', $1::text, $2::text)::regclass and attnum > 0 and not attisdropped and attgenerated = ''
     order by attnum`,
    [schema, table],
  );
  return rows.map((r) => r.name);
}

/** Copies the v1 projection of a v2 database into a database that has the v1 baseline. */
export async function copyV1Projection(
  v2Url: string,
  v1Url: string,
  log: (line: string) => void = () => undefined,
): Promise<Record<string, number>> {
  const source = await connectReadOnly(v2Url);
  const target = new pg.Client({ connectionString: v1Url });
  await target.connect();
  const counts: Record<string, number> = {};
  try {
    await target.query('begin');
    // The dossiers <-> step_instances FK cycle: load as a data-only restore does.
    await target.query('set local session_replication_role = replica');
    for (const [schema, table] of PLATFORM_TABLES) {
      const columns = await copiedColumns(target, schema, table);
      const sourceColumns = new Set(await copiedColumns(source, schema, table));
      const common = columns.filter((c) => sourceColumns.has(c));
      const select = `select ${common.map((c) => `"${c}"`).join(', ')} from ${qualified(schema, table)}`;
      counts[`${schema}.${table}`] = await copyRows(source, select, target, qualified(schema, table), common);
    }
    for (const [table, columns, where] of V1_PROJECTION) {
      const select = `select ${columns.map(([, expr]) => expr).join(', ')} from public.${table}${where ? ` where ${where}` : ''}`;
      counts[`public.${table}`] = await copyRows(
        source,
        select,
        target,
        `public.${table}`,
        columns.map(([name]) => name),
      );
      log(`  ${table}: ${counts[`public.${table}`]} rows`);
    }
    await target.query('commit');
    await target.query(`analyze`);
  } catch (error) {
    await target.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await Promise.all([source.end(), target.end()]);
  }
  return counts;
}

/**
 * Writes the demo data set of `scale` in the v1 shape into `v1Url` (an empty database with the
 * platform bootstrap). A temporary v2 database on the same server is created and dropped.
 */
export async function seedDemoV1(
  v1Url: string,
  scale: DemoScaleName,
  options: { log?: (line: string) => void; anchor?: Date } = {},
): Promise<Record<string, number>> {
  const log = options.log ?? (() => undefined);
  const adminUrl = new URL(v1Url);
  adminUrl.pathname = '/postgres';
  const v2Name = `demo_v2_${randomBytes(4).toString('hex')}`;
  const v2Url = new URL(v1Url);
  v2Url.pathname = `/${v2Name}`;
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    await admin.query(`create database ${v2Name}`);
    try {
      await applyBootstrap(asPlatformSuperuser(v2Url.toString()));
      await applyMigrations(v2Url.toString(), MIGRATIONS_DIR);
      await applySeed(v2Url.toString(), SEED_FILE);
      log(`generating the ${scale} data set (v2) in a temporary database`);
      await seedDemo(v2Url.toString(), scale, { log: (line) => log(`  ${line}`), anchor: options.anchor });
      await applyV1Baseline(v1Url);
      log('copying it in the v1 shape');
      return await copyV1Projection(v2Url.toString(), v1Url, log);
    } finally {
      await admin.query(`drop database if exists ${v2Name} with (force)`);
    }
  } finally {
    await admin.end();
  }
}
