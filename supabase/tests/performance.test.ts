/**
 * The main back-office list queries use indexes under row-level security: in a scratch database
 * with the migrations, seed.sql and the "medium" demo data set (20k orders, ~10k dossiers, ~250k
 * events), each list runs as PostgREST would (role authenticated + the JWT claims of the demo
 * agent / manager / reviewer), and its plan has no sequential scan on a large table. The queries
 * inside the policies' SECURITY DEFINER helpers (invisible in the caller's plan) are checked too.
 */
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, getStack, type ScratchDatabase } from '../../stack/testing/context';
import { applyMigrations, applySeed } from '../../stack/services/migrations';
import { seedDemo } from '../../stack/demo/index';
import {
  DEMO_PRINCIPALS, ISSUE_LARGE_TABLES, LARGE_TABLES, LIST_QUERIES, asPrincipal, bindListQuery, explainJson, largeSeqScans, planNodes,
  sampleIds, type Principal,
} from '../../stack/demo/list-queries';

const ANCHOR = new Date('2026-06-01T00:00:00Z');
let scratch: ScratchDatabase;
let client: pg.Client;
let sample: { dossier: string; agent: string };
let generated: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  const root = getStack().rootDir;
  scratch = await createScratchDatabase();
  await applyMigrations(scratch.url, path.join(root, 'supabase', 'migrations'));
  await applySeed(scratch.url, path.join(root, 'supabase', 'seed.sql'));
  generated = await seedDemo(scratch.url, 'medium', { anchor: ANCHOR });
  console.info(`medium demo data: ${generated.orders} orders, ${generated.dossiers} dossiers, ${generated.events} events in ${generated.ms} ms`);
  client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  sample = await sampleIds(client);
}, 300_000);

afterAll(async () => {
  await client?.end();
  await scratch?.drop();
});

describe('performance: the demo data set is big enough for the planner to prefer indexes', () => {
  it('has the medium sizes', () => {
    expect(generated.orders).toBe(20_000);
    expect(generated.dossiers).toBeGreaterThanOrEqual(10_000);
    expect(generated.events).toBeGreaterThanOrEqual(200_000);
  });

  it('a plain scan of a large table without a filter is still a sequential scan (the check can fail)', async () => {
    const plan = await explainJson(client, 'select * from public.events');
    expect(largeSeqScans(plan.Plan)).toEqual(['Seq Scan on events']);
  });
});

describe('performance: list queries under row-level security use indexes', () => {
  const cases = LIST_QUERIES.filter((q) => !q.avoid).flatMap((q) => q.principals.map((who) => [`${q.name} as ${who}`, q, who] as const));

  it.each(cases)('%s', async (_name, query, who) => {
    const me = DEMO_PRINCIPALS[who as Principal];
    const sql = bindListQuery(query.sql, { me, ...sample });
    const plan = await asPrincipal(client, me, () => explainJson(client, sql));
    expect(largeSeqScans(plan.Plan)).toEqual([]);
    // the list's own table is read through an index
    const scansOfTable = planNodes(plan.Plan).filter((n) => n['Relation Name'] === query.table);
    expect(scansOfTable.length).toBeGreaterThan(0);
    expect(scansOfTable.every((n) => /Index|Bitmap/.test(n['Node Type']))).toBe(true);
  });

  it('a filter with a non-leakproof operator cannot use its index under RLS (why the SPA filters events.dossier_id)', async () => {
    const checked = LIST_QUERIES.filter((q) => q.avoid?.indexWithoutRls);
    expect(checked.length).toBeGreaterThan(0);
    for (const query of checked) {
      const index = query.avoid!.indexWithoutRls!;
      const me = DEMO_PRINCIPALS.manager;
      const sql = bindListQuery(query.sql, { me, ...sample });
      const usedIndexes = (plan: { Plan: Parameters<typeof planNodes>[0] }) =>
        planNodes(plan.Plan).map((n) => n['Index Name']);
      await client.query('begin');
      try {
        await client.query(`create index ${index.name} on ${index.definition}`);
        await client.query('analyze public.events');
        // without RLS (superuser) the index serves the filter...
        expect(usedIndexes(await explainJson(client, sql))).toContain(index.name);
        // ...under RLS, even for a manager who sees every row, it cannot
        await client.query('set local role authenticated');
        await client.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub: me, role: 'authenticated' })]);
        expect(usedIndexes(await explainJson(client, sql))).not.toContain(index.name);
      } finally {
        await client.query('rollback');
      }
    }
  });

  it('scoping is visible: the agent sees some, not all, orders and dossiers', async () => {
    const count = (who: Principal, table: string) =>
      asPrincipal(client, DEMO_PRINCIPALS[who], async () =>
        Number((await client.query(`select count(*) from public.${table}`)).rows[0].count));
    for (const table of ['orders', 'dossiers', 'payment_links']) {
      const [agent, manager] = [await count('agent', table), await count('manager', table)];
      expect(agent).toBeGreaterThan(0);
      expect(agent).toBeLessThan(manager / 4);
    }
  });
});

describe('performance: the policy helpers look rows up through indexes', () => {
  it('every parameterless SQL helper of schema private used by the policies', async () => {
    const { rows } = await client.query<{ name: string; body: string }>(`
      select p.proname as name, p.prosrc as body
      from pg_proc p
      where p.pronamespace = 'private'::regnamespace and p.prolang = (select oid from pg_language where lanname = 'sql')
        and p.pronargs = 0 and p.proretset`);
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(['readable_dossier_ids', 'own_payment_link_ids']));
    for (const who of ['agent', 'manager'] as const) {
      for (const helper of rows) {
        // the helpers are SECURITY DEFINER (run as their owner): explained as the superuser, with the caller's claims
        await client.query('begin');
        try {
          await client.query("select set_config('request.jwt.claims', $1, true)", [
            JSON.stringify({ sub: DEMO_PRINCIPALS[who], role: 'authenticated' }),
          ]);
          const plan = await explainJson(client, helper.body);
          // (documents, 30k rows here, may be hashed whole: cheaper than 1,600 index look-ups at this size)
          const seq = largeSeqScans(plan.Plan, ISSUE_LARGE_TABLES);
          expect({ helper: helper.name, who, seq }).toEqual({ helper: helper.name, who, seq: [] });
        } finally {
          await client.query('rollback');
        }
      }
    }
  });

  it('every table of LARGE_TABLES is big (at least 5,000 rows)', async () => {
    const { rows } = await client.query<{ relname: string; reltuples: number }>(`
      select relname, reltuples from pg_class
      where relnamespace = 'public'::regnamespace and relkind = 'r' and relname = any ($1)`, [LARGE_TABLES]);
    expect(rows).toHaveLength(LARGE_TABLES.length);
    for (const row of rows) expect({ table: row.relname, big: row.reltuples >= 5_000 }).toEqual({ table: row.relname, big: true });
  });
});
