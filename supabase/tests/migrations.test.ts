/**
 * The migration chain: empty -> latest, populated dirty v1 -> latest with every backfill checked,
 * re-runs are no-ops, revert to v1 keeps the v1 data, fresh install == migrated v1 (catalogs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '../../stack/testing/context';
import { listMigrations } from '../../stack/services/migrations';
import {
  BASELINE_VERSION,
  MIGRATIONS_DIR,
  SEED_FILE,
  applyMigrations,
  applyMigrationsUpTo,
  dataFingerprint,
  migrationsWithoutRollback,
  query,
  revertToV1,
  rowsById,
  runScript,
  schemaFingerprint,
  withClient,
} from './migrations-support';

const FIXTURE = readFileSync(path.join(import.meta.dirname, 'migrations-v1-fixture.sql'), 'utf8');

// v1 tables and their v1 columns (named as in v1; renamed columns checked separately).
const V1_COLUMNS: Record<string, string[]> = {
  profiles: ['full_name', 'phone', 'created_at', 'updated_at'],
  agents: ['full_name', 'created_at'],
  steps: ['code', 'label', 'position', 'created_at'],
  document_types: ['code', 'label', 'required_step_id', 'created_at'],
  dossiers: ['user_id', 'type', 'status', 'current_step_instance_id', 'created_at', 'updated_at'],
  step_instances: ['dossier_id', 'step_id', 'status', 'started_at', 'completed_at', 'created_at'],
  documents: ['dossier_id', 'document_type_id', 'status', 'created_at', 'updated_at'],
  document_versions: ['document_id', 'storage_path', 'uploaded_at'],
  document_reviews: ['document_version_id', 'reviewer_id', 'decision', 'created_at'],
  messages: ['dossier_id', 'sender_id', 'body', 'created_at'],
  events: ['entity_type', 'entity_id', 'event_type', 'payload', 'created_at'],
  notifications: ['user_id', 'title', 'body', 'read_at', 'created_at'],
  notification_deliveries: ['notification_id', 'channel', 'status', 'sent_at', 'created_at'],
  dossier_status_history: ['dossier_id', 'status', 'created_at'],
};

const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const C = (n: number) => id('11111111', n);
const A = (n: number) => id('22222222', n);
const D = (n: number) => id('55555555', n);
const SI = (n: number) => id('66666666', n);
const DOC = (n: number) => id('77777777', n);
const V = (n: number) => id('88888888', n);
const M = (n: number) => id('aaaaaaaa', n);
const H = (n: number) => id('eeeeeeee', n);

async function snapshotV1(url: string) {
  const out: Record<string, unknown> = {};
  for (const [table, columns] of Object.entries(V1_COLUMNS)) out[table] = await rowsById(url, table, columns);
  return out;
}

describe('migrations', () => {
  let fresh: ScratchDatabase;
  let migrated: ScratchDatabase;
  let v1Snapshot: Record<string, unknown>;
  let v1Schema: Awaited<ReturnType<typeof schemaFingerprint>>;

  beforeAll(async () => {
    [fresh, migrated] = await Promise.all([createScratchDatabase(), createScratchDatabase()]);
    await applyMigrations(fresh.url, MIGRATIONS_DIR);

    await applyMigrationsUpTo(migrated.url, BASELINE_VERSION);
    v1Schema = await schemaFingerprint(migrated.url);
    await runScript(migrated.url, FIXTURE);
    v1Snapshot = await snapshotV1(migrated.url);
    await applyMigrations(migrated.url, MIGRATIONS_DIR);
  });

  afterAll(async () => {
    await Promise.all([fresh?.drop(), migrated?.drop()]);
  });

  it('takes an empty database to the latest version, and the seed applies twice', async () => {
    const versions = (
      await query<{ version: string }>(fresh.url, 'select version from supabase_migrations.schema_migrations order by 1')
    ).map((r) => r.version);
    expect(versions).toEqual(listMigrations(MIGRATIONS_DIR).map((m) => m.version));

    const seed = readFileSync(SEED_FILE, 'utf8');
    await runScript(fresh.url, seed);
    const before = await dataFingerprint(fresh.url);
    await runScript(fresh.url, seed);
    expect(await dataFingerprint(fresh.url)).toEqual(before);

    const workflows = await query<{ code: string; n: number }>(
      fresh.url,
      `select p.code, count(ps.id)::int as n from products p left join product_steps ps on ps.product_id = p.id group by 1 order by 1`,
    );
    expect(workflows.length).toBeGreaterThanOrEqual(5);
    for (const w of workflows) expect(w.n, `${w.code} has a workflow`).toBeGreaterThanOrEqual(4);

    const agents = await query(fresh.url, `select email, role::text, active from agents order by email`);
    expect(agents).toEqual(
      expect.arrayContaining([
        { email: 'admin@example.com', role: 'ADMIN', active: true },
        { email: 'manager@example.com', role: 'MANAGER', active: true },
        { email: 'agent@example.com', role: 'AGENT', active: true },
        { email: 'reviewer@example.com', role: 'REVIEWER', active: true },
        { email: 'inactive@example.com', role: 'AGENT', active: false },
      ]),
    );
    const [customer] = await query(
      fresh.url,
      `select p.status::text, (select count(*)::int from agents a where a.id = u.id) as agent_rows,
              u.encrypted_password = extensions.crypt('password123', u.encrypted_password) as password_ok,
              u.email_confirmed_at is not null as confirmed, u.aud, u.role, u.raw_app_meta_data
       from auth.users u join profiles p on p.id = u.id where u.email = 'customer@example.com'`,
    );
    expect(customer).toEqual({
      status: 'ACTIVE',
      agent_rows: 0,
      password_ok: true,
      confirmed: true,
      aud: 'authenticated',
      role: 'authenticated',
      raw_app_meta_data: { provider: 'email', providers: ['email'] },
    });
  });

  it('runs the v1 baseline on a populated v1 database without changing anything', async () => {
    const db = await createScratchDatabase();
    try {
      await applyMigrationsUpTo(db.url, BASELINE_VERSION);
      await runScript(db.url, FIXTURE);
      const schema = await schemaFingerprint(db.url);
      const data = await dataFingerprint(db.url);
      const baseline = listMigrations(MIGRATIONS_DIR).find((m) => m.version === BASELINE_VERSION)!;
      await runScript(db.url, readFileSync(baseline.file, 'utf8'));
      expect(await schemaFingerprint(db.url)).toEqual(schema);
      expect(await dataFingerprint(db.url)).toEqual(data);
    } finally {
      await db.drop();
    }
  });

  it('keeps every v1 row and value of a populated v1 database', async () => {
    const after = await snapshotV1(migrated.url);
    expect(after).toEqual(v1Snapshot);
    // Renamed columns keep their values.
    const uploaders = await query(migrated.url, `select id::text, uploaded_by_id::text as v from document_versions order by id`);
    expect(uploaders).toEqual([
      { id: V(1), v: C(1) },
      { id: V(2), v: null },
      { id: V(3), v: A(1) },
      { id: V(4), v: A(2) },
      { id: V(5), v: C(2) },
      { id: V(6), v: C(2) },
    ]);
    const changers = await query(migrated.url, `select id::text, changed_by_id::text as v from dossier_status_history order by id`);
    expect(changers).toEqual([
      { id: H(1), v: null },
      { id: H(2), v: A(1) },
      { id: H(3), v: C(2) },
      { id: H(4), v: C(2) },
      { id: H(5), v: A(2) },
    ]);
  });

  it('backfills every new column right, value by value', async () => {
    const q = (text: string) => query(migrated.url, text);

    // B-06: existing users stay ACTIVE; new profiles default to PENDING.
    expect(await q(`select id::text, status::text, email from profiles order by id`)).toEqual([
      { id: C(1), status: 'ACTIVE', email: 'c1@example.test' },
      { id: C(2), status: 'ACTIVE', email: 'c2@example.test' },
      { id: C(3), status: 'ACTIVE', email: null },
    ]);
    expect(
      await q(`select column_default from information_schema.columns where table_name = 'profiles' and column_name = 'status'`),
    ).toEqual([{ column_default: "'PENDING'::user_status" }]);

    // agents: role AGENT, active, updated_at = created_at, directory fields from auth.users.
    expect(
      await q(`select id::text, role::text, active, updated_at = created_at as same, full_name, email from agents order by id`),
    ).toEqual([
      { id: A(1), role: 'AGENT', active: true, same: true, full_name: 'Agent One', email: 'a1@corp.test' },
      { id: A(2), role: 'AGENT', active: true, same: true, full_name: null, email: 'a2-auth@corp.test' },
    ]);

    // B-10: product from type.
    expect(await q(`select d.id::text, p.code from dossiers d join products p on p.id = d.product_id order by d.id`)).toEqual([
      { id: D(1), code: 'LLC_FORMATION' },
      { id: D(2), code: 'CORP_FORMATION' },
      { id: D(3), code: 'LLC_FORMATION' },
      { id: D(4), code: 'CORP_FORMATION' },
    ]);

    // B-08 / B-09: uploader types and version numbers in upload order (ties by id).
    expect(
      await q(`select id::text, uploaded_by_type::text as t, version_number as n, file_name from document_versions order by id`),
    ).toEqual([
      { id: V(1), t: 'USER', n: 3, file_name: 'passport-v3.pdf' },
      { id: V(2), t: 'SYSTEM', n: 1, file_name: 'passport-v1.pdf' },
      { id: V(3), t: 'AGENT', n: 2, file_name: 'passport-v2.pdf' },
      { id: V(4), t: 'AGENT', n: 1, file_name: 'legacy-form.pdf' },
      { id: V(5), t: 'USER', n: 1, file_name: 'a.pdf' },
      { id: V(6), t: 'USER', n: 2, file_name: 'b.pdf' },
    ]);

    expect(await q(`select id::text, sender_type::text as t from messages order by id`)).toEqual([
      { id: M(1), t: 'USER' },
      { id: M(2), t: 'AGENT' },
      { id: M(3), t: 'SYSTEM' },
      { id: M(4), t: 'AGENT' },
    ]);

    // B-04 / B-08: new_status, old_status in history order, changed_by_type.
    expect(
      await q(
        `select id::text, new_status::text as new, old_status::text as old, changed_by_type::text as t from dossier_status_history order by id`,
      ),
    ).toEqual([
      { id: H(1), new: 'QUALIFICATION', old: null, t: 'SYSTEM' },
      { id: H(2), new: 'ON_HOLD', old: 'QUALIFICATION', t: 'AGENT' },
      { id: H(3), new: 'QUALIFICATION', old: null, t: 'USER' },
      { id: H(4), new: 'CANCELLED', old: 'ON_HOLD', t: 'USER' },
      { id: H(5), new: 'ON_HOLD', old: 'QUALIFICATION', t: 'AGENT' },
    ]);

    // v1 events have no actor: SYSTEM, no id.
    expect(await q(`select distinct actor_type::text as t, actor_id from events`)).toEqual([{ t: 'SYSTEM', actor_id: null }]);

    // B-11: documents attached to the (latest) instance of the step requiring their type.
    expect(await q(`select id::text, step_instance_id::text as si from documents order by id`)).toEqual([
      { id: DOC(1), si: SI(2) },
      { id: DOC(2), si: null },
      { id: DOC(3), si: SI(5) },
      { id: DOC(4), si: null },
    ]);

    // B-12: document types keep their creation time as updated_at; defaults for the new columns.
    expect(
      await q(`select code, updated_at = created_at as same, max_file_size_mb, allowed_extensions from document_types order by code`),
    ).toEqual([
      { code: 'LEGACY_FORM', same: true, max_file_size_mb: 10, allowed_extensions: ['pdf', 'jpg', 'png'] },
      { code: 'PASSPORT', same: true, max_file_size_mb: 10, allowed_extensions: ['pdf', 'jpg', 'png'] },
    ]);

    // The backfills fired no trigger: no v2 event was invented for v1 rows.
    expect(await q(`select count(*)::int as n from events`)).toEqual([{ n: 2 }]);
  });

  it('answers the utility functions sensibly on legacy data (B-17, B-18)', async () => {
    const seed = readFileSync(SEED_FILE, 'utf8');
    const db = await createScratchDatabase();
    try {
      await applyMigrationsUpTo(db.url, BASELINE_VERSION);
      await runScript(db.url, FIXTURE);
      await applyMigrations(db.url, MIGRATIONS_DIR);
      await runScript(db.url, seed);
      const [r] = await query(
        db.url,
        `select get_next_step_for_dossier($1) as legacy_current, get_next_step_for_dossier($2) as no_current,
                get_next_step_for_dossier(null) as null_id, get_next_step_for_dossier(gen_random_uuid()) as unknown,
                are_step_documents_complete($3) as approved, are_step_documents_complete($4) as rejected,
                are_step_documents_complete($5) as nothing_required, are_step_documents_complete(gen_random_uuid()) as unknown_si,
                (select id::text from steps where code = 'QUALIFICATION') as qualification`,
        [D(1), D(4), SI(2), SI(5), SI(1)],
      );
      expect(r).toEqual({
        legacy_current: null, // current step DOCS is not in the LLC workflow: no restart
        no_current: r!.qualification, // CORP dossier without a current step: the first step
        null_id: null,
        unknown: null,
        approved: true,
        rejected: false,
        nothing_required: true,
        unknown_si: null,
        qualification: '33333333-0000-4000-8000-000000000001', // the legacy step with the guide's code is reused
      });
    } finally {
      await db.drop();
    }
  });

  it('is a no-op when every migration runs a second time', async () => {
    const schemaBefore = await schemaFingerprint(migrated.url);
    const dataBefore = await dataFingerprint(migrated.url);
    const recorded = await query(migrated.url, 'select version, name, statements from supabase_migrations.schema_migrations order by 1');
    await query(migrated.url, 'delete from supabase_migrations.schema_migrations');
    const reapplied = await applyMigrations(migrated.url, MIGRATIONS_DIR);
    expect(reapplied.length).toBe(listMigrations(MIGRATIONS_DIR).length);
    expect(await schemaFingerprint(migrated.url)).toEqual(schemaBefore);
    const dataAfter = await dataFingerprint(migrated.url);
    expect(dataAfter).toEqual(dataBefore);
    expect(await query(migrated.url, 'select version, name, statements from supabase_migrations.schema_migrations order by 1')).toEqual(
      recorded,
    );
  });

  it('gives a fresh install and a migrated v1 database the same schema', async () => {
    expect(await schemaFingerprint(migrated.url)).toEqual(await schemaFingerprint(fresh.url));
  });

  it('has a rollback for every v2 migration', () => {
    expect(migrationsWithoutRollback()).toEqual([]);
  });

  it('reverts newest first to the v1 schema with the v1 data intact, and migrates again', async () => {
    const db = await createScratchDatabase();
    try {
      await applyMigrationsUpTo(db.url, BASELINE_VERSION);
      await runScript(db.url, FIXTURE);
      const v1Data = await dataFingerprint(db.url);
      await applyMigrations(db.url, MIGRATIONS_DIR);
      const migratedSchema = await schemaFingerprint(db.url);

      const ran = await revertToV1(db.url);
      expect(ran.length).toBe(listMigrations(MIGRATIONS_DIR).length - 1);
      const reverted = await schemaFingerprint(db.url);
      // Enum labels added by v2 cannot be removed (docs/database.md): compare the rest exactly and
      // the enums as "v1 labels, in v1 relative order, still there".
      const { enums: revertedEnums, ...revertedRest } = reverted;
      const { enums: v1Enums, ...v1Rest } = v1Schema;
      expect(revertedRest).toEqual(v1Rest);
      for (const e of v1Enums as { type: string; labels: string[] }[]) {
        const now = (revertedEnums as { type: string; labels: string[] }[]).find((x) => x.type === e.type)!;
        expect(now.labels.filter((l) => e.labels.includes(l))).toEqual(e.labels);
      }
      expect(await dataFingerprint(db.url)).toEqual(v1Data);
      expect(await query(db.url, 'select version from supabase_migrations.schema_migrations')).toEqual([{ version: BASELINE_VERSION }]);

      await applyMigrations(db.url, MIGRATIONS_DIR);
      expect(await schemaFingerprint(db.url)).toEqual(migratedSchema);
    } finally {
      await db.drop();
    }
  });

  it('reverts a database used on v2 (new rows, v2 writes) keeping every v1 row and the new rows in v1 shape', async () => {
    const db = await createScratchDatabase();
    try {
      await applyMigrationsUpTo(db.url, BASELINE_VERSION);
      await runScript(db.url, FIXTURE);
      const v1Rows = await snapshotV1(db.url);
      await applyMigrations(db.url, MIGRATIONS_DIR);
      await withClient(db.url, async (c) => {
        await c.query('begin');
        await c.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify({ sub: A(1), role: 'authenticated' })]);
        await c.query(`insert into dossiers (id, user_id, type) values ($1, $2, 'LLC')`, [D(9), C(2)]);
        await c.query(`update dossiers set status = 'IN_PROGRESS' where id = $1`, [D(9)]);
        await c.query(`insert into messages (dossier_id, body) values ($1, 'v2 message')`, [D(9)]);
        await c.query(`insert into document_versions (document_id, storage_path) values ($1, 'v2.pdf')`, [DOC(2)]);
        await c.query('commit');
      });
      await revertToV1(db.url);

      const after = (await snapshotV1(db.url)) as Record<string, Record<string, unknown>>;
      for (const [table, rows] of Object.entries(v1Rows as Record<string, Record<string, unknown>>)) {
        for (const [rowId, row] of Object.entries(rows)) {
          // The v2 upload put the document back in the queue; everything else is untouched.
          if (table === 'documents' && rowId === DOC(2)) continue;
          expect(after[table]![rowId], `${table} ${rowId}`).toEqual(row);
        }
      }
      expect(
        await query(
          db.url,
          `select status::text, changed_by::text from dossier_status_history where dossier_id = $1 order by created_at, status`,
          [D(9)],
        ),
      ).toEqual([
        { status: 'IN_PROGRESS', changed_by: A(1) },
        { status: 'QUALIFICATION', changed_by: A(1) },
      ]);
      expect(await query(db.url, `select uploaded_by from document_versions where storage_path = 'v2.pdf'`)).toEqual([
        { uploaded_by: A(1) },
      ]);
      expect(await query(db.url, `select sender_id from messages where body = 'v2 message'`)).toEqual([{ sender_id: A(1) }]);
    } finally {
      await db.drop();
    }
  });

  it('refuses bad rows with a clear error and keeps nothing of them', async () => {
    const db = await createScratchDatabase();
    try {
      await applyMigrations(db.url, MIGRATIONS_DIR);
      await runScript(db.url, readFileSync(SEED_FILE, 'utf8'));
      const customer = 'c0000000-0000-4000-8000-000000000001';
      const refused = async (text: string) => {
        const error = await withClient(db.url, async (c) => {
          await c.query('begin');
          try {
            await c.query(text);
            return null;
          } catch (e) {
            return (e as Error).message;
          } finally {
            await c.query('rollback');
          }
        });
        expect(error, text).not.toBeNull();
        return error!;
      };
      const count = async () =>
        (
          await query<{ n: number }>(
            db.url,
            `select (
        (select count(*) from dossiers) + (select count(*) from messages) + (select count(*) from payment_links)
        + (select count(*) from orders) + (select count(*) from products) + (select count(*) from document_versions))::int as n`,
          )
        )[0]!.n;
      const before = await count();

      expect(
        await refused(
          `insert into dossiers (user_id, type, product_id) select '${customer}', 'DUBAI', id from products where code = 'LLC_FORMATION'`,
        ),
      ).toMatch(/dossiers_product_id_fkey/);
      expect(
        await refused(`with d as (insert into dossiers (user_id, type) values ('${customer}', 'LLC') returning id)
        insert into messages (dossier_id, body, sender_type) select id, 'x', 'USER' from d`),
      ).toMatch(/messages_sender_check/);
      expect(
        await refused(`insert into payment_links (product_id, prospect_email) select id, 'not-an-email' from products limit 1`),
      ).toMatch(/payment_links_prospect_email_format/);
      expect(
        await refused(`insert into payment_links (product_id, prospect_email, token) select id, 'a@b.co', 'short' from products limit 1`),
      ).toMatch(/token_format/);
      expect(await refused(`insert into products (code, name, dossier_type, price_amount) values ('NEG', 'Neg', 'LLC', -1)`)).toMatch(
        /price_amount_positive/,
      );
      expect(
        await refused(`insert into products (code, name, dossier_type, price_amount, currency) values ('EURO', 'Euro', 'LLC', 1, 'eur')`),
      ).toMatch(/products_currency_format/);
      expect(
        await refused(`
        with l as (insert into payment_links (product_id, prospect_email) select id, 'a@b.co' from products where code = 'LLC_FORMATION' returning id, product_id)
        insert into orders (user_id, product_id, payment_link_id, amount, status, paid_at)
        select '${customer}', l.product_id, l.id, 100, 'PAID', now() from l, generate_series(1, 2)`),
      ).toMatch(/orders_one_paid_order_per_payment_link/);
      expect(
        await refused(`
        with d as (insert into dossiers (user_id, type) values ('${customer}', 'LLC') returning id),
             doc as (insert into documents (dossier_id, document_type_id) select d.id, t.id from d, document_types t where t.code = 'PASSPORT' returning id)
        insert into document_versions (document_id, storage_path, version_number) select doc.id, 'a.pdf', 1 from doc, generate_series(1, 2)`),
      ).toMatch(/document_versions_document_id_version_number_key/);
      // A free product can be ordered (B-29).
      await runScript(
        db.url,
        `insert into orders (user_id, product_id, amount) select '${customer}', id, 0 from products where code = 'LLC_FORMATION'`,
      );
      expect(await count()).toBe(before + 1);
    } finally {
      await db.drop();
    }
  });

  it('triggers record the actor, number versions and keep history in sync after the migration', async () => {
    const db = await createScratchDatabase();
    try {
      await applyMigrationsUpTo(db.url, BASELINE_VERSION);
      await runScript(db.url, FIXTURE);
      await applyMigrations(db.url, MIGRATIONS_DIR);
      await withClient(db.url, async (c) => {
        await c.query('begin');
        await c.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify({ sub: A(1), role: 'authenticated' })]);
        await c.query(`update dossiers set status = 'IN_PROGRESS' where id = $1`, [D(1)]);
        await c.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify({ sub: C(1), role: 'authenticated' })]);
        await c.query(`insert into document_versions (document_id, storage_path) values ($1, 'dossiers/d1/passport-v4.pdf')`, [DOC(1)]);
        await c.query('commit');
      });
      const rows = await query(
        db.url,
        `select 'history' as k, old_status::text as a, new_status::text as b, status::text as c, changed_by_type::text || ':' || changed_by_id as d
           from dossier_status_history where dossier_id = $1 and created_at > '2025-01-01'
         union all
         select 'version', version_number::text, uploaded_by_type::text, uploaded_by_id::text, file_name
           from document_versions where storage_path = 'dossiers/d1/passport-v4.pdf'
         union all
         select 'event', event_type::text, actor_type::text, actor_id::text, payload->>'version_number'
           from events where created_at > '2025-01-01' order by 1, 2`,
        [D(1)],
      );
      expect(rows).toEqual([
        { k: 'event', a: 'DOCUMENT_UPLOADED', b: 'USER', c: C(1), d: '4' },
        { k: 'event', a: 'DOSSIER_STATUS_CHANGED', b: 'AGENT', c: A(1), d: null },
        { k: 'history', a: 'QUALIFICATION', b: 'IN_PROGRESS', c: 'IN_PROGRESS', d: `AGENT:${A(1)}` },
        { k: 'version', a: '4', b: 'USER', c: C(1), d: 'passport-v4.pdf' },
      ]);
      // The document is back in the review queue.
      expect(await query(db.url, `select status::text from documents where id = '${DOC(1)}'`)).toEqual([{ status: 'PENDING' }]);
    } finally {
      await db.drop();
    }
  });
});
