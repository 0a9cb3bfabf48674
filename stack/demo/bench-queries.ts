/**
 * Times the back-office list queries (EXPLAIN ANALYZE, median of several runs) as the demo agent,
 * manager and reviewer, and the dashboard aggregate functions when they exist.
 *   npx tsx stack/demo/bench-queries.ts --db-url URL [--runs 5]
 * Prints a Markdown table (docs/performance.md).
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  DEMO_PRINCIPALS,
  LIST_QUERIES,
  asPrincipal,
  bindListQuery,
  explainJson,
  largeSeqScans,
  planNodes,
  sampleIds,
  type Principal,
} from './list-queries';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Lists whose total react-admin asks for (Prefer: count=...). */
const COUNTED: [string, string][] = [
  ['orders', ''],
  ['orders', "status = 'PAID'"],
  ['dossiers', ''],
  ['payment_links', ''],
  ['events', ''],
  ['document_versions', ''],
];

/** Dashboard aggregates of the security helper, called as the manager, when they exist. */
const LAST_YEAR = "now() - interval '365 days', now()";
const DASHBOARD_CALLS: [string, string][] = [
  ['revenue_by_period (day, last year)', `select * from public.revenue_by_period(${LAST_YEAR}, 'day')`],
  ['revenue_by_period (month, last year)', `select * from public.revenue_by_period(${LAST_YEAR}, 'month')`],
  ['orders_by_status (last year)', `select * from public.orders_by_status(${LAST_YEAR})`],
  ['payment_link_conversion (last year)', `select * from public.payment_link_conversion(${LAST_YEAR})`],
  ['dossier_pipeline', 'select * from public.dossier_pipeline()'],
  ['avg_time_per_step (last year)', `select * from public.avg_time_per_step(${LAST_YEAR})`],
  ['review_throughput (week, last year)', `select * from public.review_throughput(${LAST_YEAR}, 'week')`],
  ['review_queue_age', 'select * from public.review_queue_age()'],
  ['overdue_steps', 'select * from public.overdue_steps()'],
];

async function timeQuery(client: pg.Client, userId: string, sql: string, runs: number) {
  const times: number[] = [];
  let seq: string[] = [];
  let rows = 0;
  let indexes = new Set<string>();
  for (let i = 0; i < runs; i += 1) {
    await asPrincipal(client, userId, async () => {
      const result = await explainJson(client, sql, true);
      times.push(result['Execution Time'] ?? NaN);
      seq = largeSeqScans(result.Plan);
      rows = Number(result.Plan['Actual Rows'] ?? 0);
      indexes = new Set(
        planNodes(result.Plan)
          .map((n) => n['Index Name'])
          .filter((x): x is string => !!x),
      );
    });
  }
  return { ms: median(times), seq, rows, indexes: [...indexes] };
}

async function main() {
  const { values } = parseArgs({
    options: { 'db-url': { type: 'string' }, runs: { type: 'string' } },
    strict: true,
  });
  const dbUrl = values['db-url'];
  if (!dbUrl) throw new Error('--db-url is required');
  const runs = Number(values.runs ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const sample = await sampleIds(client);
    console.log(`| list query | as | median ms (${runs} runs) | rows | seq scan on a large table | indexes |`);
    console.log('|---|---|---:|---:|---|---|');
    for (const query of LIST_QUERIES) {
      for (const who of query.principals) {
        const me = DEMO_PRINCIPALS[who as Principal];
        const sql = bindListQuery(query.sql, { me, ...sample });
        const r = await timeQuery(client, me, sql, runs);
        console.log(
          `| ${query.name}${query.avoid ? ' (avoid)' : ''} | ${who} | ${r.ms.toFixed(2)} | ${r.rows} | ${r.seq.join(', ') || 'none'} | ${r.indexes.join(', ')} |`,
        );
      }
    }
    console.log('');
    console.log('| count of | as | count=exact: rows | count=exact: median ms | count=planned: estimate (EXPLAIN) | planned / exact |');
    console.log('|---|---|---:|---:|---:|---:|');
    for (const [table, filter] of COUNTED) {
      for (const who of ['agent', 'manager'] as const) {
        const me = DEMO_PRINCIPALS[who];
        const where = filter ? ` where ${filter}` : '';
        const times: number[] = [];
        let exact = 0;
        let planned = 0;
        for (let i = 0; i < runs; i += 1) {
          await asPrincipal(client, me, async () => {
            const t0 = performance.now();
            exact = Number((await client.query(`select count(*) from public.${table}${where}`)).rows[0].count);
            times.push(performance.now() - t0);
            planned = Number((await explainJson(client, `select * from public.${table}${where}`)).Plan['Plan Rows']);
          });
        }
        const label = filter ? `${table} where ${filter}` : table;
        console.log(
          `| ${label} | ${who} | ${exact} | ${median(times).toFixed(1)} | ${planned} | ${exact ? (planned / exact).toFixed(2) : '-'} |`,
        );
      }
    }
    console.log('');
    console.log(`| dashboard function (as manager) | median ms (${runs} runs) |`);
    console.log('|---|---:|');
    for (const [name, sql] of DASHBOARD_CALLS) {
      const fn = name.split(' ')[0]!;
      const { rows } = await client.query('select 1 from pg_proc where proname = $1 and pronamespace = $2::regnamespace', [fn, 'public']);
      if (rows.length === 0) {
        console.log(`| ${name} | (not present) |`);
        continue;
      }
      try {
        const r = await timeQuery(client, DEMO_PRINCIPALS.manager, sql, runs);
        console.log(`| ${name} | ${r.ms.toFixed(2)} |`);
      } catch (error) {
        console.log(`| ${name} | error: ${error instanceof Error ? error.message : String(error)} |`);
      }
    }
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
