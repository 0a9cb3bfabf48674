/**
 * The rollbacks of 20250601000600..699 restore exactly what was there before: catalogs (tables,
 * functions with body and privileges, policies, triggers...) and every table / column privilege.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '../../stack/testing/context';
import { applyMigrationsUpTo, query, rollbackFiles, runScript, schemaFingerprint } from './migrations-support';

const LAST_BEFORE_RULES = '20250601000599';
/** Later migrations (0700+) are reverted by their own files first; this test stops before them. */
const LAST_RULES = '20250601000699';
let db: ScratchDatabase;

beforeAll(async () => {
  db = await createScratchDatabase();
});
afterAll(async () => {
  await db?.drop();
});

/** Table and column privileges of the API roles in schema public. */
const privileges = (url: string) =>
  query(
    url,
    `
    with roles as (select rolname from pg_roles where rolname in ('anon', 'authenticated', 'service_role')),
    rels as (select c.oid, c.relname from pg_class c
             where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'v'))
    select t.relname, null as attname, r.rolname, p.priv
    from rels t cross join roles r cross join (values ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE')) p(priv)
    where has_table_privilege(r.rolname, t.oid, p.priv)
    union all
    select t.relname, a.attname, r.rolname, p.priv
    from rels t join pg_attribute a on a.attrelid = t.oid and a.attnum > 0 and not a.attisdropped
    cross join roles r cross join (values ('SELECT'), ('INSERT'), ('UPDATE')) p(priv)
    where has_column_privilege(r.rolname, t.oid, a.attnum, p.priv)
    order by 1, 2, 3, 4`,
  );

describe('rules migrations (20250601000600..699)', () => {
  it('revert to exactly the schema and privileges before them', async () => {
    await applyMigrationsUpTo(db.url, LAST_BEFORE_RULES);
    const before = { schema: await schemaFingerprint(db.url), privileges: await privileges(db.url) };
    await applyMigrationsUpTo(db.url, LAST_RULES);
    const ours = rollbackFiles().filter((f) => path.basename(f).slice(0, 14) > LAST_BEFORE_RULES && path.basename(f) < '20250601000700');
    expect(ours.length).toBeGreaterThanOrEqual(4);
    for (const file of ours) await runScript(db.url, readFileSync(file, 'utf8'));
    const after = { schema: await schemaFingerprint(db.url), privileges: await privileges(db.url) };
    expect(after).toEqual(before);
  });
});
