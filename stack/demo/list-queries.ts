/**
 * The back-office's main list queries, written the way PostgREST runs them for react-admin
 * (`select * from <table> where <filters> order by <sort> limit 25`, under the caller's role and
 * JWT claims, row-level security on). Used by the plan test (supabase/tests/performance.test.ts)
 * and by the timing benchmark (stack/demo/bench-queries.ts).
 */
import type pg from 'pg';

export const DEMO_PRINCIPALS = {
  agent: 'a0000000-0000-4000-8000-000000000003',
  manager: 'a0000000-0000-4000-8000-000000000002',
  reviewer: 'a0000000-0000-4000-8000-000000000004',
} as const;

export type Principal = keyof typeof DEMO_PRINCIPALS;

/**
 * The tables that grow with the business: a sequential scan of one of them is a bug. The first six
 * are the ones the issue names; the others grow as fast (one row or more per customer or dossier).
 */
export const LARGE_TABLES = [
  'orders',
  'dossiers',
  'events',
  'document_versions',
  'step_instances',
  'payment_links',
  'documents',
  'messages',
  'profiles',
  'payment_reminders',
  'dossier_status_history',
  'notifications',
] as const;

/** The six the issue names: no sequential scan of them anywhere, also inside the policy helpers. */
export const ISSUE_LARGE_TABLES = LARGE_TABLES.slice(0, 6);

export interface ListQuery {
  name: string;
  /** the table the list shows */
  table: (typeof LARGE_TABLES)[number];
  principals: Principal[];
  /** `:me` is the caller's id, `:dossier` a dossier visible to the agent, `:agent` the demo agent */
  sql: string;
  /** a formulation the SPA must not use, measured for docs/performance.md: why, and an index that
   *  would serve it without row-level security but cannot under it (`create index <name> on ...`) */
  avoid?: { reason: string; indexWithoutRls?: { name: string; definition: string } };
}

const PENDING_VERSIONS_BY_VERSION = `select v.*, row_to_json(d.*) as documents
  from public.document_versions v
  join lateral (select d.status from public.documents d where d.id = v.document_id and d.status = 'PENDING') d on true
  where not exists (select 1 from public.document_reviews r where r.document_version_id = v.id)
  order by v.uploaded_at asc limit 25`;

export const LIST_QUERIES: ListQuery[] = [
  // Sales
  {
    name: 'orders, newest first',
    table: 'orders',
    principals: ['agent', 'manager'],
    sql: 'select * from public.orders order by created_at desc limit 25',
  },
  {
    name: 'orders PAID, newest first',
    table: 'orders',
    principals: ['agent', 'manager'],
    sql: "select * from public.orders where status = 'PAID' order by created_at desc limit 25",
  },
  {
    name: 'orders REFUNDED (rare), newest first',
    table: 'orders',
    principals: ['agent', 'manager'],
    sql: "select * from public.orders where status = 'REFUNDED' order by created_at desc limit 25",
  },
  {
    name: 'payment links, newest first',
    table: 'payment_links',
    principals: ['agent', 'manager'],
    sql: 'select * from public.payment_links order by created_at desc limit 25',
  },
  {
    name: 'my payment links (created_by = me)',
    table: 'payment_links',
    principals: ['agent'],
    sql: 'select * from public.payment_links where created_by = :me order by created_at desc limit 25',
  },
  {
    name: 'payment reminders, newest first',
    table: 'payment_reminders',
    principals: ['agent', 'manager'],
    sql: 'select * from public.payment_reminders order by sent_at desc limit 25',
  },
  {
    name: 'customers, newest first',
    table: 'profiles',
    principals: ['agent', 'manager', 'reviewer'],
    sql: 'select * from public.profiles order by created_at desc limit 25',
  },
  // Operations
  {
    name: 'dossiers, newest first',
    table: 'dossiers',
    principals: ['agent', 'manager', 'reviewer'],
    sql: 'select * from public.dossiers order by created_at desc limit 25',
  },
  {
    name: 'dossiers UNDER_REVIEW, newest first',
    table: 'dossiers',
    principals: ['agent', 'manager'],
    sql: "select * from public.dossiers where status = 'UNDER_REVIEW' order by created_at desc limit 25",
  },
  {
    name: 'events, newest first',
    table: 'events',
    principals: ['agent', 'manager', 'reviewer'],
    sql: 'select * from public.events order by created_at desc, id desc limit 25',
  },
  {
    name: 'events of an entity (detail pages: entity_id)',
    table: 'events',
    principals: ['agent', 'manager'],
    sql: 'select * from public.events where entity_id = :dossier order by created_at desc limit 25',
  },
  {
    name: 'events of a dossier (entity_type + entity_id)',
    table: 'events',
    principals: ['agent', 'manager'],
    sql: "select * from public.events where entity_type = 'dossier' and entity_id = :dossier order by created_at desc limit 25",
  },
  {
    name: 'activity filtered by dossier (events.dossier_id)',
    table: 'events',
    principals: ['agent', 'manager'],
    sql: 'select * from public.events where dossier_id = :dossier order by created_at desc, id desc limit 25',
  },
  {
    name: 'activity filtered by dossier (payload->>dossier_id)',
    table: 'events',
    principals: ['agent', 'manager'],
    sql: "select * from public.events where payload ->> 'dossier_id' = ':dossier' order by created_at desc limit 25",
    avoid: {
      reason: 'jsonb ->> is not leakproof: under RLS it is never an index condition; filter on events.dossier_id',
      indexWithoutRls: { name: 'tmp_events_payload_dossier_id', definition: "public.events ((payload ->> 'dossier_id'))" },
    },
  },
  {
    name: 'steps, newest first',
    table: 'step_instances',
    principals: ['agent', 'manager'],
    sql: 'select * from public.step_instances order by created_at desc limit 25',
  },
  {
    name: 'my open steps (assigned to me), due first',
    table: 'step_instances',
    principals: ['agent'],
    sql: 'select * from public.step_instances where assigned_to = :me and completed_at is null order by due_at asc nulls last limit 25',
  },
  {
    name: "an agent's steps (assignment board)",
    table: 'step_instances',
    principals: ['manager'],
    sql: 'select * from public.step_instances where assigned_to = :agent order by due_at desc nulls last limit 25',
  },
  {
    name: 'unassigned open steps, most overdue first',
    table: 'step_instances',
    principals: ['manager'],
    sql: 'select * from public.step_instances where assigned_to is null and completed_at is null order by due_at asc limit 25',
  },
  {
    name: 'steps of a dossier',
    table: 'step_instances',
    principals: ['agent', 'manager'],
    sql: 'select * from public.step_instances where dossier_id = :dossier order by created_at limit 25',
  },
  {
    name: 'documents, last updated first',
    table: 'documents',
    principals: ['agent', 'manager', 'reviewer'],
    sql: 'select * from public.documents order by updated_at desc limit 25',
  },
  {
    name: 'review queue: PENDING documents, oldest first, with their latest version',
    table: 'documents',
    principals: ['reviewer', 'manager'],
    sql: `select d.*, coalesce((select json_agg(v.*) from (select * from public.document_versions v
            where v.document_id = d.id order by v.version_number desc limit 1) v), '[]') as document_versions
          from public.documents d where d.status = 'PENDING' order by d.updated_at asc limit 25`,
  },
  {
    name: 'review queue as versions (not reviewed, document PENDING)',
    table: 'document_versions',
    principals: ['reviewer', 'manager'],
    sql: PENDING_VERSIONS_BY_VERSION,
    avoid: { reason: 'the unreviewed versions are spread over the whole table: list PENDING documents instead' },
  },
  {
    name: 'document versions, newest first',
    table: 'document_versions',
    principals: ['agent', 'manager', 'reviewer'],
    sql: 'select * from public.document_versions order by uploaded_at desc limit 25',
  },
  {
    name: 'versions of a document',
    table: 'document_versions',
    principals: ['agent', 'manager'],
    sql: `select * from public.document_versions where document_id = (select id from public.documents where dossier_id = :dossier order by id limit 1)
          order by version_number desc limit 25`,
  },
  {
    name: 'messages, newest first',
    table: 'messages',
    principals: ['agent', 'manager'],
    sql: 'select * from public.messages order by created_at desc limit 25',
  },
  {
    name: 'messages of a dossier',
    table: 'messages',
    principals: ['agent', 'manager'],
    sql: 'select * from public.messages where dossier_id = :dossier order by created_at desc limit 25',
  },
  {
    name: 'status history of a dossier',
    table: 'dossier_status_history',
    principals: ['agent', 'manager'],
    sql: 'select * from public.dossier_status_history where dossier_id = :dossier order by created_at desc limit 25',
  },
];

/**
 * The stored access scope (migrations 20250601000800..0803): the indexes an agent's rows are found
 * through, and the scope tables. A plan that reads a scope table must read it through its index.
 */
export const SCOPE_INDEXES = ['agent_dossiers_pkey', 'agent_customers_pkey', 'idx_orders_agent_id'] as const;
export const SCOPE_TABLES = ['agent_dossiers', 'agent_customers'] as const;

/** Lists whose total react-admin asks for (Prefer: count=exact): `select count(*)` under RLS. */
export const COUNTED_LISTS: { table: (typeof LARGE_TABLES)[number]; filter: string }[] = [
  { table: 'orders', filter: '' },
  { table: 'orders', filter: "status = 'PAID'" },
  { table: 'dossiers', filter: '' },
  { table: 'payment_links', filter: '' },
  { table: 'payment_reminders', filter: '' },
  { table: 'profiles', filter: '' },
  { table: 'events', filter: '' },
  { table: 'document_versions', filter: '' },
];

/** The columns a list query sorts on and filters on (`order by a desc, b` / `where c = ...`). */
export function sortAndFilterColumns(sql: string): { sort: string[]; filter: string[] } {
  // the outer query's sort: the last `order by ... limit` (an embed's subquery may have its own)
  const order = [...sql.matchAll(/order by (.+?) limit/gs)].at(-1)?.[1] ?? '';
  const sort = order
    .split(',')
    .map((part) =>
      part
        .trim()
        .split(/\s+/)[0]!
        .replace(/^\w+\./, ''),
    )
    .filter(Boolean);
  const where = /\bwhere (.+?) order by/s.exec(sql)?.[1] ?? '';
  const filter = [...where.matchAll(/(?:^|\s|\()(?:\w+\.)?(\w+) (?:=|is )/g)].map((m) => m[1]!);
  return { sort, filter };
}

/** Function Scan nodes: a set-returning helper run by the plan (the scope must not be rebuilt). */
export function functionScans(plan: PlanNode): string[] {
  return planNodes(plan)
    .filter((n) => n['Node Type'] === 'Function Scan')
    .map((n) => String(n['Function Name'] ?? '?'));
}

export function bindListQuery(sql: string, ids: { me: string; dossier: string; agent: string }): string {
  return sql
    .replaceAll(':me', `'${ids.me}'`)
    .replaceAll("':dossier'", `'${ids.dossier}'`)
    .replaceAll(':dossier', `'${ids.dossier}'`)
    .replaceAll(':agent', `'${ids.agent}'`);
}

/** Runs `fn` in a transaction as PostgREST would for the principal: role authenticated + JWT claims. */
export async function asPrincipal<T>(client: pg.Client, userId: string, fn: () => Promise<T>): Promise<T> {
  await client.query('begin');
  try {
    await client.query('set local role authenticated');
    await client.query("select set_config('request.jwt.claims', $1, true)", [
      JSON.stringify({ sub: userId, role: 'authenticated', aud: 'authenticated' }),
    ]);
    return await fn();
  } finally {
    await client.query('rollback');
  }
}

export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Plan Rows'?: number;
  Plans?: PlanNode[];
  [key: string]: unknown;
}

export function planNodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}

/** "Seq Scan on events" for every sequential scan of a large table in the plan. */
export function largeSeqScans(plan: PlanNode, tables: readonly string[] = LARGE_TABLES): string[] {
  return planNodes(plan)
    .filter((n) => n['Node Type'] === 'Seq Scan' && tables.includes(n['Relation Name'] ?? ''))
    .map((n) => `Seq Scan on ${n['Relation Name']}`);
}

export async function explainJson(client: pg.Client, sql: string, analyze = false): Promise<{ Plan: PlanNode; 'Execution Time'?: number }> {
  const { rows } = await client.query(`explain (format json${analyze ? ', analyze, buffers' : ''}) ${sql}`);
  const json = rows[0]['QUERY PLAN'] as { Plan: PlanNode; 'Execution Time'?: number }[];
  return json[0]!;
}

/** A dossier the demo agent may see (a step assigned to them), for the per-dossier lists. */
export async function sampleIds(client: pg.Client): Promise<{ dossier: string; agent: string }> {
  const { rows } = await client.query<{ dossier_id: string }>(
    `select si.dossier_id from public.step_instances si
     where si.assigned_to = $1 and substr(si.dossier_id::text, 20, 4) = 'de00'
     order by si.dossier_id limit 1`,
    [DEMO_PRINCIPALS.agent],
  );
  if (!rows[0]) throw new Error('No demo dossier assigned to the demo agent: run the demo generator first');
  return { dossier: rows[0].dossier_id, agent: DEMO_PRINCIPALS.agent };
}
