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
import { demoScratchDatabase, TEST_DEMO_ANCHOR } from '../../stack/testing/demo-database';
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

/** Tables whose agent rows are found through a scope table (orders, payment_links, payment_reminders: their own column). */
const SCOPED_THROUGH_TABLES = new Set([
  'dossiers',
  'step_instances',
  'documents',
  'document_versions',
  'messages',
  'events',
  'dossier_status_history',
  'profiles',
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
  // The board's requests as PostgREST runs them (src/providers/operationsQueries.ts
  // boardColumnConditions and BOARD_ORDER, nullslast), split at the demo data's anchor.
  const AS_OF = `'${TEST_DEMO_ANCHOR.toISOString()}'`;
  const BOARD_COLUMNS = {
    unassigned: `assigned_to is null and due_order >= ${AS_OF}`,
    assigned: `assigned_to is not null and due_order >= ${AS_OF}`,
    overdue: `due_order < ${AS_OF}`,
    'one agent': `assigned_to = '${DEMO_PRINCIPALS.agent}'`,
    'a status': `status = 'IN_PROGRESS'`,
  } as const;
  const boardPage = (where: string) =>
    `select * from public.step_board where ${where} order by due_order asc nulls last, id asc nulls last limit 25`;
  const boardCount = (where: string) => `select count(*) from public.step_board where ${where}`;
  const boardTables = [...LARGE_TABLES, 'step_board_items'];
  const withReviews = [...LARGE_TABLES, 'document_reviews'];
  const cases = (['manager', 'agent'] as const).flatMap((who) =>
    (Object.keys(BOARD_COLUMNS) as (keyof typeof BOARD_COLUMNS)[]).map((column) => [who, column] as const),
  );

  it('the read model holds every open step (and only those)', async () => {
    const { rows } = await client.query<{ model: string; open: string }>(`
      select (select count(*) from private.step_board_items) as model,
             (select count(*) from public.step_instances
              where completed_at is null and status in ('PENDING', 'IN_PROGRESS')) as open`);
    expect(Number(rows[0]!.open)).toBeGreaterThan(5_000);
    expect(rows[0]!.model).toBe(rows[0]!.open);
  });

  it.each(cases)(
    "a board column's page as the %s (%s) is an ordered index scan of the read model: no Sort, no join",
    async (who, column) => {
      const plan = await asPrincipal(client, DEMO_PRINCIPALS[who], () => explainJson(client, boardPage(BOARD_COLUMNS[column])));
      expect(largeSeqScans(plan.Plan, boardTables)).toEqual([]);
      expect(planNodes(plan.Plan).filter((n) => n['Node Type'] === 'Sort' || n['Node Type'] === 'Incremental Sort')).toEqual([]);
      expect(indexesOf(plan.Plan).some((name) => name.startsWith('idx_step_board_items_'))).toBe(true);
      const joined = planNodes(plan.Plan)
        .map((n) => n['Relation Name'])
        .filter((r) => r === 'step_instances' || r === 'steps' || r === 'profiles');
      expect(joined).toEqual([]);
    },
  );

  // A count reads the read model alone (only open steps: where most of them match, reading it
  // whole is the planner's cheapest way), never the step instances or a join.
  it.each(cases)("a board column's exact count as the %s (%s) reads the read model alone", async (who, column) => {
    const plan = await asPrincipal(client, DEMO_PRINCIPALS[who], () => explainJson(client, boardCount(BOARD_COLUMNS[column])));
    expect(largeSeqScans(plan.Plan)).toEqual([]);
    const joined = planNodes(plan.Plan)
      .map((n) => n['Relation Name'])
      .filter((r) => r === 'step_instances' || r === 'steps' || r === 'profiles');
    expect(joined).toEqual([]);
    // dossiers are read only by the policies' look-ups (through an index), never joined whole
    const dossierReads = planNodes(plan.Plan).filter((n) => n['Relation Name'] === 'dossiers');
    expect(dossierReads.filter((n) => !/Index|Bitmap/.test(n['Node Type']))).toEqual([]);
  });

  it("the board's search matches through the trigram index of the read model, and reads the rows by id", async () => {
    const match = (
      await client.query<{ prosrc: string }>(`select prosrc from pg_proc where proname = 'matching_step_board_ids'`)
    ).rows[0]!.prosrc.replaceAll(/\bp_term\b/g, `'martin'`);
    // whether it CAN (dropping the index fails this); on medium data a seq scan may win for a common word
    await client.query('begin');
    await client.query('set local enable_seqscan = off');
    const plan = await explainJson(client, match);
    await client.query('rollback');
    expect(indexesOf(plan.Plan)).toContain('idx_step_board_items_search');
    const search = (
      await client.query<{ prosrc: string }>(`select prosrc from pg_proc where proname = 'search_step_board'`)
    ).rows[0]!.prosrc.replaceAll(/\bq\b/g, `'martin'`);
    for (const who of ['manager', 'agent'] as const) {
      const rows = await asPrincipal(client, DEMO_PRINCIPALS[who], () => explainJson(client, search));
      expect(largeSeqScans(rows.Plan, boardTables)).toEqual([]);
      const reads = planNodes(rows.Plan).filter((n) => n['Relation Name'] === 'step_board_items');
      expect(reads.length).toBeGreaterThan(0);
      expect(reads.every((n) => /Index|Bitmap/.test(n['Node Type']))).toBe(true);
    }
  });

  it.each(['manager', 'agent'] as const)('step_workloads as the %s counts in the read model, never the step instances', async (who) => {
    const plan = await asPrincipal(client, DEMO_PRINCIPALS[who], () =>
      explainJson(client, 'select * from public.step_workloads order by open_count desc, overdue_count desc, full_name'),
    );
    expect(largeSeqScans(plan.Plan)).toEqual([]);
    expect(planNodes(plan.Plan).filter((n) => n['Relation Name'] === 'step_board_items')).not.toEqual([]);
    expect(planNodes(plan.Plan).filter((n) => n['Relation Name'] === 'step_instances')).toEqual([]);
  });

  it.each(['manager', 'reviewer'] as const)(
    'review_queue_age as the %s counts the stored queue (20250601000923): no read of documents, versions or reviews',
    async (who) => {
      const { rows } = await client.query<{ body: string }>(
        `select prosrc as body from pg_proc where proname = 'review_queue_age' and pronamespace = 'public'::regnamespace`,
      );
      const query = /return query\s+([\s\S]+?);\s*end/i.exec(rows[0]!.body)?.[1];
      expect(query).toBeTruthy();
      const plan = await asPrincipal(client, DEMO_PRINCIPALS[who], () => explainJson(client, query!));
      expect(largeSeqScans(plan.Plan, withReviews)).toEqual([]);
      expect(planNodes(plan.Plan).filter((n) => /Anti Join/.test(String(n['Join Type'] ?? '')) || /Anti/.test(n['Node Type']))).toEqual([]);
      const sources = planNodes(plan.Plan).filter((n) =>
        ['documents', 'document_versions', 'document_reviews'].includes(n['Relation Name'] ?? ''),
      );
      expect(sources).toEqual([]);
      expect(planNodes(plan.Plan).some((n) => n['Relation Name'] === 'review_queue_items')).toBe(true);
    },
  );
});

describe("performance: the reviewer's customers are read from the stored scope (private.review_customers)", () => {
  // As PostgREST runs the reviewer's pages: a reference look-up of profiles by id (10 ids), the
  // dossiers of a page with their customer embedded (`select=*,customer:profiles!user_id(full_name)`:
  // a lateral sub-select of profiles per dossier, by ids and newest first), and the customers list.
  let profileIds: string[];
  let dossierIds: string[];
  beforeAll(async () => {
    const { rows } = await client.query<{ customer_id: string }>(
      'select customer_id from private.review_customers order by customer_id limit 10',
    );
    profileIds = rows.map((r) => r.customer_id);
    const dossiers = await client.query<{ id: string }>(
      `select d.id from public.dossiers d where d.user_id = any ($1::uuid[]) order by d.id limit 7`,
      [profileIds],
    );
    dossierIds = dossiers.rows.map((r) => r.id);
  });
  const list = (ids: string[]) => ids.map((i) => `'${i}'`).join(', ');
  const withCustomer = (where: string) => `select d.*, row_to_json(c.*) as customer from public.dossiers d
    left join lateral (select p.full_name from public.profiles p where p.id = d.user_id) c on true ${where}`;
  // probed: the stored table is read through its primary key (per profile); hashed-or-probed: the
  // planner may also hash the whole (small, at this scale) table once, never scan it per row
  const queries: [string, 'probed' | 'hashed-or-probed', () => string][] = [
    ['profiles by id (10 ids)', 'hashed-or-probed', () => `select * from public.profiles where id in (${list(profileIds)})`],
    ['dossiers by id (7 ids) with the customer embedded', 'probed', () => withCustomer(`where d.id in (${list(dossierIds)})`)],
    ['dossiers newest first with the customer embedded', 'probed', () => withCustomer('order by d.created_at desc limit 10')],
    ['customers newest first', 'hashed-or-probed', () => 'select * from public.profiles order by created_at desc limit 10'],
  ];

  it("no read policy recomputes the reviewer's customers through a helper", async () => {
    const { rows } = await client.query<{ policy: string }>(`
      select tablename || '.' || policyname as policy from pg_policies
      where cmd = 'SELECT' and coalesce(qual, '') ~ '(visible_customer_ids|customers_awaiting_review)'`);
    expect(rows.map((r) => r.policy)).toEqual([]);
  });

  it('the medium data set has reviewer customers to look up', () => {
    expect(profileIds).toHaveLength(10);
    expect(dossierIds.length).toBeGreaterThanOrEqual(7);
  });

  it.each(queries)(
    '%s as the reviewer: the stored table (%s), no helper, no scan of documents, dossiers by index',
    async (name, how, sql) => {
      const plan = await asPrincipal(client, DEMO_PRINCIPALS.reviewer, () => explainJson(client, sql()));
      const nodes = planNodes(plan.Plan);
      expect({ name, functionScans: functionScans(plan.Plan) }).toEqual({ name, functionScans: [] });
      expect({ name, seq: largeSeqScans(plan.Plan) }).toEqual({ name, seq: [] });
      expect({ name, documents: nodes.filter((n) => n['Relation Name'] === 'documents').length }).toEqual({ name, documents: 0 });
      // every read of the stored table: through its primary key, or (hashed-or-probed) a hashed sub-plan built once
      const hashed = new Set([...JSON.stringify(plan.Plan).matchAll(/hashed (SubPlan \d+)/g)].map((m) => m[1]));
      const reads = nodes.flatMap((n) =>
        (n.Plans ?? [])
          .filter((child) => child['Relation Name'] === 'review_customers')
          .map((child) => ({ type: child['Node Type'], index: child['Index Name'], hashed: hashed.has(String(child['Subplan Name'])) })),
      );
      expect({ name, read: reads.length > 0 }).toEqual({ name, read: true });
      const wrong = reads.filter((r) => !(r.index === 'review_customers_pkey' || (how === 'hashed-or-probed' && r.hashed)));
      expect({ name, wrong }).toEqual({ name, wrong: [] });
    },
  );
});
