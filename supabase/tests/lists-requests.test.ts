/**
 * The lists' requests through the real PostgREST, as the SPA builds them (src/providers/
 * listRequests.ts + ra-data-postgrest), on the "medium" demo data set in a scratch database, with
 * the JWTs of the demo agent and manager (issue 9 items 4-5, issue 12 items 6 and 8):
 *   - counts: every list's total is exactly what the caller may see, and the last page has rows;
 *   - search: customers by part of the name, orders and dossiers by customer, only visible rows,
 *     and the match runs on the trigram indexes (plan);
 *   - sort by the label a column shows: orders by customer name;
 *   - a dossier's step instances in workflow order.
 */
import pg from 'pg';
import postgrestRestProvider, { defaultPrimaryKeys, defaultSchema } from '@raphiniert/ra-data-postgrest';
import type { DataProvider, GetListParams, RaRecord } from 'react-admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStack, type ScratchDatabase } from '../../stack/testing/context';
import { demoScratchDatabase } from '../../stack/testing/demo-database';
import { freePorts } from '../../stack/testing/free-ports';
import { userToken } from '../../stack/testing/tokens';
import { startPostgrest } from '../../stack/services/postgrest';
import type { RunningService } from '../../stack/services/types';
import { DEMO_PRINCIPALS, asPrincipal, explainJson, largeSeqScans, planNodes, type Principal } from '../../stack/demo/list-queries';
import { listWithTotals, TOTAL_CAP } from '../../src/providers/listCounts';
import { toListRequest } from '../../src/providers/listRequests';

const PER_PAGE = 25;
let scratch: ScratchDatabase;
let client: pg.Client;
let postgrest: RunningService;
const providers = {} as Record<Principal, DataProvider>;

beforeAll(async () => {
  const stack = getStack();
  // migrations, seed.sql and the medium demo data set (built once per run, shared with performance.test.ts)
  ({ db: scratch } = await demoScratchDatabase('medium'));
  client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  await client.query('analyze');
  const ports = await freePorts();
  postgrest = await startPostgrest(
    { ...stack, ports: { ...stack.ports, postgrest: ports.postgrest, postgrestAdmin: ports.postgrestAdmin } },
    scratch.name,
  );
  for (const who of ['agent', 'manager'] as const) {
    const token = await userToken(stack, DEMO_PRINCIPALS[who]);
    providers[who] = postgrestRestProvider({
      apiUrl: postgrest.url ?? '',
      httpClient: async (url: string, options: { headers: Headers }) => {
        options.headers.set('Authorization', `Bearer ${token}`);
        const res = await fetch(url, { headers: options.headers });
        const json: unknown = await res.json();
        if (!res.ok) throw new Error(`${res.status} ${url}: ${JSON.stringify(json)}`);
        return { status: res.status, headers: res.headers, json };
      },
      defaultListOp: 'eq',
      primaryKeys: defaultPrimaryKeys,
      schema: defaultSchema,
    });
  }
}, 600_000);

afterAll(async () => {
  await postgrest?.stop();
  await client?.end();
  await scratch?.drop();
});

/** A list page exactly as the SPA's data provider asks it (capped totals for the big tables). */
const list = (who: Principal, resource: string, params: Partial<GetListParams>) => {
  const request = toListRequest(resource, {
    pagination: { page: 1, perPage: PER_PAGE },
    sort: { field: 'id', order: 'ASC' },
    filter: {},
    ...params,
  });
  return listWithTotals(providers[who].getList)(resource, request as { resource: string; params: GetListParams });
};

const visible = async <T extends pg.QueryResultRow>(who: Principal, sql: string, values: unknown[] = []) =>
  asPrincipal(client, DEMO_PRINCIPALS[who], async () => (await client.query<T>(sql, values)).rows);

const visibleCount = async (who: Principal, sql: string, values: unknown[] = []) =>
  Number((await visible<{ n: string }>(who, sql, values))[0]!.n);

const LISTS = [
  'orders',
  'dossiers',
  'payment_links',
  'profiles',
  'documents',
  'document_versions',
  'step_instances',
  'messages',
  'payment_reminders',
];

describe('list counts are what the caller may see', () => {
  const cases = LISTS.flatMap((resource) => (['agent', 'manager'] as const).map((who) => [resource, who] as const));

  it.each(cases)(
    `%s as %s: total = visible rows up to ${TOTAL_CAP}, "more than" above; the last page has rows and offers no next one`,
    async (resource, who) => {
      const expected = await visibleCount(who, `select count(*) as n from public.${resource}`);
      const first = await list(who, resource, {});
      if (expected <= TOTAL_CAP) expect({ total: first.total, pageInfo: first.pageInfo }).toEqual({ total: expected, pageInfo: undefined });
      else
        expect({ total: first.total, pageInfo: first.pageInfo }).toEqual({
          total: undefined,
          pageInfo: { hasPreviousPage: false, hasNextPage: true },
        });
      if (expected === 0) return;
      const lastPage = Math.ceil(expected / PER_PAGE);
      const last = await list(who, resource, { pagination: { page: lastPage, perPage: PER_PAGE } });
      expect(last.data.length).toBe(expected - (lastPage - 1) * PER_PAGE);
      if (expected > TOTAL_CAP) {
        expect(last.pageInfo?.hasNextPage).toBe(false);
        const before = await list(who, resource, { pagination: { page: lastPage - 1, perPage: PER_PAGE } });
        expect(before.pageInfo?.hasNextPage).toBe(true);
      }
    },
  );

  it(`a filtered list at or below the cap (${TOTAL_CAP}) has its exact total`, async () => {
    const [customer] = await visible<{ user_id: string; n: string }>(
      'agent',
      'select user_id, count(*) as n from public.orders group by user_id order by count(*) desc, user_id limit 1',
    );
    const page = await list('agent', 'orders', { filter: { user_id: customer!.user_id } });
    expect({ total: page.total, pageInfo: page.pageInfo }).toEqual({ total: Number(customer!.n), pageInfo: undefined });
  });

  it('the data set is large enough for a planned count to be wrong (the manager sees > db-max-rows orders)', async () => {
    expect(await visibleCount('manager', 'select count(*) as n from public.orders')).toBeGreaterThan(1000);
    expect(await visibleCount('agent', 'select count(*) as n from public.document_versions')).toBeGreaterThan(1000);
  });
});

describe('search', () => {
  let customer: { id: string; full_name: string };
  let term: string;

  beforeAll(async () => {
    // a customer of the agent with orders, and a piece of their name ("Chloé Martin" -> "loé martin");
    // a first name of 5+ letters, so that each piece of the pattern has the 3 characters a trigram
    // index needs (a 2-letter piece makes the planner scan, rightly).
    [customer] = await visible<{ id: string; full_name: string }>(
      'agent',
      `select p.id, p.full_name from public.profiles p join public.orders o on o.user_id = p.id
       where p.full_name like '% %' and length(split_part(p.full_name, ' ', 1)) >= 5 order by p.id limit 1`,
    );
    const [first, last] = customer!.full_name.split(' ');
    term = `${first!.slice(1)} ${last!}`.toUpperCase();
  });

  const matching = `(p.full_name ilike $1 or p.email ilike $1 or p.phone ilike $1)`;
  const pattern = () => `%${term.replace(' ', '%')}%`;

  it('finds a customer by part of the name, among the customers the agent may see only', async () => {
    const page = await list('agent', 'profiles', { filter: { q: term }, pagination: { page: 1, perPage: 100 } });
    expect(page.data.map((r: RaRecord) => r.id)).toContain(customer.id);
    expect(page.total).toBe(await visibleCount('agent', `select count(*) as n from public.profiles p where ${matching}`, [pattern()]));
    const everyone = await client.query<{ n: string }>(`select count(*) as n from public.profiles p where ${matching}`, [pattern()]);
    expect(Number(everyone.rows[0]!.n)).toBeGreaterThanOrEqual(page.total!);
  });

  it('finds orders and dossiers by their customer', async () => {
    for (const resource of ['orders', 'dossiers']) {
      const page = await list('agent', resource, { filter: { q: term }, pagination: { page: 1, perPage: 100 } });
      expect(page.total).toBe(
        await visibleCount(
          'agent',
          `select count(*) as n from public.${resource} t join public.profiles p on p.id = t.user_id where ${matching}`,
          [pattern()],
        ),
      );
      expect(page.total).toBeGreaterThan(0);
      const ids = page.data.map((r: RaRecord) => r.user_id as string);
      const names = await client.query<{ full_name: string }>('select full_name from public.profiles where id = any($1)', [ids]);
      for (const row of names.rows) expect(row.full_name.toUpperCase()).toMatch(new RegExp(term.replace(' ', '.*')));
    }
  });

  it('finds payment links by part of the prospect e-mail, with the other filters', async () => {
    const [link] = await visible<{ prospect_email: string; product_id: string }>(
      'agent',
      'select prospect_email, product_id from public.payment_links order by id limit 1',
    );
    const part = link!.prospect_email.split('@')[0]!.slice(1, 6);
    const page = await list('agent', 'payment_links', { filter: { q: part, product_id: link!.product_id } });
    expect(page.total).toBe(
      await visibleCount(
        'agent',
        `select count(*) as n from public.payment_links where (prospect_email ilike $1 or prospect_name ilike $1) and product_id = $2`,
        [`%${part}%`, link!.product_id],
      ),
    );
    expect(page.total).toBeGreaterThan(0);
  });

  it('a search term longer than 200 characters is refused with a clear error', async () => {
    await expect(list('agent', 'profiles', { filter: { q: 'x'.repeat(201) } })).rejects.toThrow(/at most 200 characters/);
  });

  it('the match reads the trigram indexes, and the rows are read by id', async () => {
    const body = async (fn: string) =>
      (await client.query<{ prosrc: string }>(`select prosrc from pg_proc where proname = $1`, [fn])).rows[0]!.prosrc.replaceAll(
        /\bp_term\b|\bq\b/g,
        `'${term}'`,
      );
    // Whether the match CAN use the trigram indexes (dropping one fails this): on the medium data
    // set (12k profiles) the planner may rightly prefer one sequential scan for a common pattern.
    await client.query('begin');
    await client.query('set local enable_seqscan = off');
    const match = await explainJson(client, await body('matching_profile_ids'));
    await client.query('rollback');
    const indexes = planNodes(match.Plan)
      .map((n) => n['Index Name'])
      .filter(Boolean);
    expect(indexes).toEqual(expect.arrayContaining(['idx_profiles_full_name_trgm', 'idx_profiles_email_trgm']));
    expect(largeSeqScans(match.Plan)).toEqual([]);
    for (const [fn, table] of [
      ['search_profiles', 'profiles'],
      ['search_orders', 'orders'],
      ['search_dossiers', 'dossiers'],
      ['search_payment_links', 'payment_links'],
    ] as const) {
      const plan = await asPrincipal(client, DEMO_PRINCIPALS.agent, async () => explainJson(client, await body(fn)));
      expect(largeSeqScans(plan.Plan)).toEqual([]);
      const reads = planNodes(plan.Plan).filter((n) => n['Relation Name'] === table);
      expect(reads.every((n) => /Index|Bitmap/.test(n['Node Type']))).toBe(true);
    }
  });
});

describe('sorting by the label a column shows', () => {
  it.each(['ASC', 'DESC'] as const)('orders by customer name %s', async (order) => {
    const page = await list('manager', 'orders', { sort: { field: 'customer.full_name', order }, pagination: { page: 1, perPage: 50 } });
    const expected = await visible<{ full_name: string }>(
      'manager',
      `select p.full_name from public.orders o left join public.profiles p on p.id = o.user_id
       order by p.full_name ${order === 'ASC' ? 'asc nulls last' : 'desc nulls first'} limit 50`,
    );
    expect(page.data.map((r: RaRecord) => (r.customer as { full_name: string } | null)?.full_name)).toEqual(
      expected.map((r) => r.full_name),
    );
  });
});

describe("a dossier's step instances", () => {
  it('are listed in workflow order, whatever their creation order', async () => {
    const [dossier] = await visible<{ id: string }>(
      'manager',
      `select dossier_id as id from public.step_instances group by dossier_id having count(*) >= 3 order by 1 limit 1`,
    );
    const workflowOrder = `select si.id from public.step_instances si join public.dossiers d on d.id = si.dossier_id
       left join public.product_steps ps on ps.product_id = d.product_id and ps.step_id = si.step_id
       join public.steps s on s.id = si.step_id
       where si.dossier_id = $1 order by coalesce(ps.position, s.position), si.created_at`;
    // the last step of the workflow was created first
    const before = await client.query<{ id: string }>(workflowOrder, [dossier!.id]);
    await client.query(`update public.step_instances set created_at = created_at - interval '10 days' where id = $1`, [
      before.rows.at(-1)!.id,
    ]);
    const request = toListRequest('step_instances', {
      target: 'dossier_id',
      id: dossier!.id,
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'workflow_position', order: 'ASC' },
      filter: {},
    });
    const page = await providers.manager.getManyReference(request.resource, request.params);
    const expected = await client.query<{ id: string }>(workflowOrder, [dossier!.id]);
    expect(expected.rows.map((r) => r.id)).toEqual(before.rows.map((r) => r.id));
    expect(page.data.map((r: RaRecord) => r.id)).toEqual(expected.rows.map((r) => r.id));
  });
});
