/**
 * The pre-flight lists the rows that break the limits of 20250601000850, so an operator can fix
 * them before 20250601000851 validates the checks: on a v1 database (before migrating) and on a
 * migrated one (where such a check was left NOT VALID). The rows it lists are exactly the ones
 * PostgreSQL refuses: after migrating, the checks left NOT VALID are the ones the pre-flight named.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../config';
import { applyMigrations } from '../services/migrations';
import { sql, type ScratchDatabase } from '../testing/context';
import { DEFAULT_MIGRATIONS_DIR, runPreflight, type PreflightResult } from './preflight';
import { LIMIT_CHECKS } from './preflight-limits';
import { copyOf, populatedV1 } from './test-support';

const MIGRATIONS = path.join(ROOT_DIR, 'supabase', 'migrations');
const limitFindings = (r: PreflightResult) => r.findings.filter((f) => f.id.startsWith('preflight.rows.limit.'));

describe('pre-flight: rows over the limits', () => {
  let v1: ScratchDatabase;
  const copies: ScratchDatabase[] = [];
  beforeAll(async () => {
    v1 = await populatedV1();
  }, 180_000);
  afterAll(async () => {
    await Promise.all(copies.map((c) => c.drop()));
    await v1?.drop();
  });

  it('has a rule for each of the 16 named checks of 000850 and 000851', () => {
    const added = [
      ...readFileSync(path.join(MIGRATIONS, '20250601000850_limits_text_and_range_checks.sql'), 'utf8').matchAll(/add constraint (\w+)/g),
    ].map((m) => m[1]);
    const validated = /conname in \(([^)]*)\)/
      .exec(readFileSync(path.join(MIGRATIONS, '20250601000851_limits_validate_checks.sql'), 'utf8'))![1]!
      .match(/'(\w+)'/g)!
      .map((n) => n.slice(1, -1));
    expect(added).toHaveLength(16);
    expect([...validated].sort()).toEqual([...added].sort());
    expect(LIMIT_CHECKS.map((c) => c.constraint).sort()).toEqual([...added].sort());
  });

  it('lists each row over a limit with its table, id, column and limit, and the checks the migration leaves NOT VALID are exactly those', async () => {
    const db = await copyOf(v1);
    copies.push(db);
    const [agent] = await sql<{ id: string }>(`select id from public.agents order by id limit 1`, [], db.url);
    const [step] = await sql<{ id: string }>(`select id from public.steps order by position limit 1`, [], db.url);
    const [type] = await sql<{ id: string }>(`select id from public.document_types order by code limit 1`, [], db.url);
    await sql(
      // one name a character too long; every other at the limit exactly (not listed)
      `update public.agents set full_name = repeat('n', 201) where id = '${agent!.id}';
       update public.agents set full_name = repeat('m', 200) where id <> '${agent!.id}';`,
      [],
      db.url,
    );
    await sql(`update public.steps set label = '' where id = '${step!.id}'`, [], db.url);
    await sql(`update public.document_types set code = repeat('C', 51) where id = '${type!.id}'`, [], db.url);

    const before = await runPreflight(db.url);
    expect(before.ok).toBe(true); // the migration can run: these warn
    const found = limitFindings(before);
    expect(found.map((f) => f.id).sort()).toEqual([
      'preflight.rows.limit.agents_full_name_length',
      'preflight.rows.limit.document_types_code_length',
      'preflight.rows.limit.steps_label_length',
    ]);
    expect(found.every((f) => f.level === 'warn' && f.count === 1)).toBe(true);
    const byId = Object.fromEntries(found.map((f) => [f.id, f.rows]));
    expect(byId['preflight.rows.limit.agents_full_name_length']).toEqual([
      expect.objectContaining({
        table: 'agents',
        id: agent!.id,
        column: 'full_name',
        limit: 'agents_full_name_length',
        allowed: 'at most 200 characters',
        found: 201,
      }),
    ]);
    expect(byId['preflight.rows.limit.steps_label_length']).toEqual([
      expect.objectContaining({
        table: 'steps',
        id: step!.id,
        column: 'label',
        limit: 'steps_label_length',
        allowed: '1 to 200 characters',
        found: 0,
      }),
    ]);
    expect(byId['preflight.rows.limit.document_types_code_length']).toEqual([
      expect.objectContaining({ table: 'document_types', id: type!.id, column: 'code', found: 51 }),
    ]);

    await applyMigrations(db.url, DEFAULT_MIGRATIONS_DIR);
    const notValid = await sql<{ conname: string }>(
      `select conname from pg_constraint where connamespace = 'public'::regnamespace and contype = 'c' and not convalidated
         and conname = any($1) order by conname`,
      [LIMIT_CHECKS.map((c) => c.constraint)],
      db.url,
    );
    expect(notValid.map((r) => `preflight.rows.limit.${r.conname}`)).toEqual(found.map((f) => f.id).sort());

    // After migrating (the operator reads the NOTICE): the same rows, and v2 tables too.
    await sql(
      `alter table public.products drop constraint products_price_amount_max;
       update public.products set price_amount = 100000001 where id = (select id from public.products order by id limit 1);
       alter table public.products add constraint products_price_amount_max check (price_amount <= 100000000) not valid;`,
      [],
      db.adminUrl,
    );
    const after = await runPreflight(db.url);
    expect(
      limitFindings(after)
        .map((f) => f.id)
        .sort(),
    ).toEqual([...found.map((f) => f.id), 'preflight.rows.limit.products_price_amount_max'].sort());
    expect(limitFindings(after).find((f) => f.id.endsWith('products_price_amount_max'))!.rows).toEqual([
      expect.objectContaining({ table: 'products', column: 'price_amount', found: 100000001 }),
    ]);
  }, 240_000);
});
