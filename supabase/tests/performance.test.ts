/**
 * The main back-office list queries use indexes under row-level security: in a scratch database
 * with the migrations, seed.sql and the "medium" demo data set (20k orders, ~10k dossiers, ~250k
 * events), each list runs as PostgREST would (role authenticated + the JWT claims of the demo
 * agent / manager / reviewer), and its plan has no sequential scan on a large table. The queries
 * inside the policies' SECURITY DEFINER helpers (invisible in the caller's plan) are checked too.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScratchDatabase } from '../../stack/testing/context';
import { demoScratchDatabase } from '../../stack/testing/demo-database';
import type { SeedDemoResult } from '../../stack/demo/index';
import {
  COUNTED_LISTS,
  DEMO_PRINCIPALS,
  ISSUE_LARGE_TABLES,
  LARGE_TABLES,
  LIST_QUERIES,
  SCOPE_INDEXES,
  SCOPE_TABLES,
  asPrincipal,
  bindListQuery,
  explainJson,
  functionScans,
  largeSeqScans,
  planNodes,
  sampleIds,
  sortAndFilterColumns,
  type PlanNode,
  type Principal,
} from '../../stack/demo/list-queries';

let scratch: ScratchDatabase;
let client: pg.Client;
let sample: { dossier: string; agent: string };
let generated: SeedDemoResult;
/** index name -> its table and first key column */
let indexInfo: Map<string, { table: string; column: string }>;

/** Tables whose agent rows are found through a scope table (orders / payment_links: their own column). */
const SCOPED_THROUGH_TABLES = new Set([
  'dossiers',
  'step_instances',
  'documents',
  'document_versions',
  'messages',
  'events',
  'dossier_status_history',
  'profiles',
  'payment_reminders',
]);

const indexesOf = (plan: PlanNode) =>
  planNodes(plan)
    .map((n) => n['Index Name'])
    .filter((x): x is string => !!x);

/** The agent's plan reads the stored scope, through its indexes, and runs no set-returning helper. */
function expectStoredScope(plan: PlanNode, table: string, label: string) {
  expect({ label, functionScans: functionScans(plan) }).toEqual({ label, functionScans: [] });
  const scopeReads = planNodes(plan).filter((n) => (SCOPE_TABLES as readonly string[]).includes(n['Relation Name'] ?? ''));
  expect({ label, scopeReads: scopeReads.map((n) => n['Node Type']).filter((t) => !/Index|Bitmap/.test(t)) }).toEqual({
    label,
    scopeReads: [],
  });
  if (SCOPED_THROUGH_TABLES.has(table)) {
    expect({ label, scopeIndex: indexesOf(plan).some((i) => (SCOPE_INDEXES as readonly string[]).includes(i)) }).toEqual({
      label,
      scopeIndex: true,
    });
  }
}

beforeAll(async () => {
  // migrations, seed.sql and the medium demo data set (built once per run, shared with lists-requests.test.ts)
  ({ db: scratch, generated } = await demoScratchDatabase('medium'));
  console.info(
    `medium demo data: ${generated.orders} orders, ${generated.dossiers} dossiers, ${generated.events} events (generated in ${generated.ms} ms)`,
  );
  client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  sample = await sampleIds(client);
  const { rows } = await client.query<{ name: string; table: string; column: string }>(`
    select c.relname as name, t.relname as table, a.attname as column
    from pg_index i join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
    where c.relnamespace in ('public'::regnamespace, 'private'::regnamespace)`);
  indexInfo = new Map(rows.map((r) => [r.name, { table: r.table, column: r.column }]));
}, 900_000);

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

  // Plan shapes (no times): the list's table is read through an index on the sort or on the list's
  // own filter, or (agent) driven from the stored scope (the scope's key, or the row's id / dossier
  // found from it); the agent's plan reads the stored scope through its index and runs no helper.
  it.each(cases)('plan shape: %s', async (_name, query, who) => {
    const me = DEMO_PRINCIPALS[who as Principal];
    const sql = bindListQuery(query.sql, { me, ...sample });
    const plan = await asPrincipal(client, me, () => explainJson(client, sql));
    const { sort, filter } = sortAndFilterColumns(query.sql);
    const allowed = new Set([...sort, ...filter]);
    const readsScope = indexesOf(plan.Plan).some((i) => (SCOPE_INDEXES as readonly string[]).includes(i));
    if (who === 'agent' && readsScope)
      ['id', 'dossier_id', 'document_id', 'document_version_id', 'agent_id'].forEach((c) => allowed.add(c));
    const used = indexesOf(plan.Plan)
      .filter((i) => indexInfo.get(i)?.table === query.table)
      .map((index) => ({ index, column: indexInfo.get(index)!.column }));
    expect(used.length).toBeGreaterThan(0);
    for (const u of used) expect({ who, ...u, ok: allowed.has(u.column) }).toEqual({ who, ...u, ok: true });
    if (who === 'agent') expectStoredScope(plan.Plan, query.table, `${query.name} as agent`);
  });

  it.each(COUNTED_LISTS.map((c) => [`${c.table}${c.filter ? ` where ${c.filter}` : ''}`, c] as const))(
    "the agent's exact count of %s reads the stored scope through its index",
    async (_name, counted) => {
      const sql = `select count(*) from public.${counted.table}${counted.filter ? ` where ${counted.filter}` : ''}`;
      const plan = await asPrincipal(client, DEMO_PRINCIPALS.agent, () => explainJson(client, sql));
      expectStoredScope(plan.Plan, counted.table, `count(*) of ${counted.table} as agent`);
    },
  );

  it('no read policy rebuilds an agent scope through a SECURITY DEFINER helper any more', async () => {
    const { rows } = await client.query<{ policy: string }>(`
      select tablename || '.' || policyname as policy from pg_policies
      where schemaname = 'public' and cmd = 'SELECT'
        and coalesce(qual, '') || coalesce(with_check, '') ~ '(readable_dossier_ids|readable_document_ids|own_payment_link_ids|own_link_order_ids|can_see_dossier)'`);
    expect(rows.map((r) => r.policy)).toEqual([]);
  });

  it('a filter with a non-leakproof operator cannot use its index under RLS (why the SPA filters events.dossier_id)', async () => {
    const checked = LIST_QUERIES.filter((q) => q.avoid?.indexWithoutRls);
    expect(checked.length).toBeGreaterThan(0);
    for (const query of checked) {
      const index = query.avoid!.indexWithoutRls!;
      const me = DEMO_PRINCIPALS.manager;
      const sql = bindListQuery(query.sql, { me, ...sample });
      const usedIndexes = (plan: { Plan: Parameters<typeof planNodes>[0] }) => planNodes(plan.Plan).map((n) => n['Index Name']);
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
        Number((await client.query(`select count(*) from public.${table}`)).rows[0].count),
      );
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
    const { rows } = await client.query<{ relname: string; reltuples: number }>(
      `
      select relname, reltuples from pg_class
      where relnamespace = 'public'::regnamespace and relkind = 'r' and relname = any ($1)`,
      [LARGE_TABLES],
    );
    expect(rows).toHaveLength(LARGE_TABLES.length);
    for (const row of rows) expect({ table: row.relname, big: row.reltuples >= 5_000 }).toEqual({ table: row.relname, big: true });
  });
});

describe('performance: the step board and the review dashboard read through indexes', () => {
  // as PostgREST runs the board's column request (src/providers/operationsMethods.ts: nullslast)
  const BOARD_PAGE = `select * from public.step_board where board_column = 'unassigned'
    order by is_current desc nulls last, due_at asc nulls last, id asc nulls last limit 25`;
  const BOARD_COUNT = `select count(*) from public.step_board where board_column = 'unassigned'`;
  const withReviews = [...LARGE_TABLES, 'document_reviews'];

  // The board's sort index matches the SPA's order exactly (nulls last included): the open steps in
  // board order are read from it, 25 and stop. (Through the view with `board_column=eq.X` the
  // planner may still prefer a sort: it guesses ~0.5% for the computed column; docs/performance.md §2.2.)
  it("the open steps in the board's order (the SPA's sort) are read from the board's sort index, no Sort", async () => {
    const sql = `select si.id from public.step_instances si
      where si.completed_at is null and si.status in ('PENDING', 'IN_PROGRESS')
      order by (si.status = 'IN_PROGRESS') desc nulls last, si.due_at asc nulls last, si.id asc nulls last limit 25`;
    const plan = await asPrincipal(client, DEMO_PRINCIPALS.manager, () => explainJson(client, sql));
    expect(largeSeqScans(plan.Plan)).toEqual([]);
    expect(indexesOf(plan.Plan)).toContain('idx_step_instances_open_board_order');
    expect(planNodes(plan.Plan).filter((n) => n['Node Type'] === 'Sort')).toEqual([]);
  });

  it("a column's page as the manager never scans the open steps sequentially", async () => {
    const plan = await asPrincipal(client, DEMO_PRINCIPALS.manager, () => explainJson(client, BOARD_PAGE));
    expect(largeSeqScans(plan.Plan, ['step_instances'])).toEqual([]);
  });

  it.each(['manager', 'agent'] as const)(
    "a column's exact count as the %s joins neither dossiers nor steps, and scans no large table",
    async (who) => {
      const plan = await asPrincipal(client, DEMO_PRINCIPALS[who], () => explainJson(client, BOARD_COUNT));
      expect(largeSeqScans(plan.Plan)).toEqual([]);
      const joined = planNodes(plan.Plan)
        .map((n) => n['Relation Name'])
        .filter((r) => r === 'steps' || r === 'profiles');
      expect(joined).toEqual([]);
      // dossiers are read only by the policies' look-ups (through an index), never joined whole
      const dossierReads = planNodes(plan.Plan).filter((n) => n['Relation Name'] === 'dossiers');
      expect(dossierReads.filter((n) => !/Index|Bitmap/.test(n['Node Type']))).toEqual([]);
    },
  );

  it.each(['manager', 'reviewer'] as const)(
    'review_queue_age as the %s probes each PENDING document, never scans reviews or versions',
    async (who) => {
      const { rows } = await client.query<{ body: string }>(
        `select prosrc as body from pg_proc where proname = 'review_queue_age' and pronamespace = 'public'::regnamespace`,
      );
      const query = /return query\s+([\s\S]+?);\s*end/i.exec(rows[0]!.body)?.[1];
      expect(query).toBeTruthy();
      const plan = await asPrincipal(client, DEMO_PRINCIPALS[who], () => explainJson(client, query!));
      expect(largeSeqScans(plan.Plan, withReviews)).toEqual([]);
      expect(planNodes(plan.Plan).filter((n) => /Anti Join/.test(String(n['Join Type'] ?? '')) || /Anti/.test(n['Node Type']))).toEqual([]);
    },
  );
});
