/**
 * avg_time_per_step from its daily rollup (migration 20250601000925): private.step_duration_days
 * is kept exact by a trigger on step_instances, and the function gives the same numbers as the
 * step instances themselves for any period (whole UTC days from the rollup, partial edges from the
 * rows). Checked as a manager, in one snapshot, for periods with and without whole days.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asPrincipal } from '../../stack/demo/list-queries';
import { getStack } from '../../stack/testing/context';
import { createProduct, type Catalog } from './fixtures/catalog';
import { openDb, type Db } from './fixtures/db';
import { readModelDrift, type ReadModel } from './fixtures/read-models';
import { createDossier, createStepInstance } from './fixtures/operations';
import { createAgent, createCustomer } from './fixtures/people';

let db: Db;
let client: pg.Client;
let catalog: Catalog;
let manager: { id: string };
let dossierId: string;

beforeAll(async () => {
  db = openDb();
  client = new pg.Client({ connectionString: getStack().dbUrl });
  await client.connect();
  catalog = await createProduct(db, { steps: 2 });
  manager = await createAgent(db, 'MANAGER');
  dossierId = await createDossier(db, (await createCustomer(db, { label: 'durations' })).id, catalog.productId);
});
afterAll(async () => {
  await client?.end();
  await db?.close();
});

/** A step completed at `completedAt`, started `hours` before (started_at null when hours is null). */
const completed = async (stepIndex: number, completedAt: string, hours: number | null) => {
  const id = await createStepInstance(db, dossierId, catalog.stepIds[stepIndex]!);
  await db.q(
    `update public.step_instances set status = 'COMPLETED',
       started_at = case when $3::float8 is null then null else $2::timestamptz - make_interval(secs => $3::float8 * 3600) end,
       completed_at = $2::timestamptz where id = $1`,
    [id, completedAt, hours],
  );
  return id;
};

/** The function's rows and the same numbers computed from step_instances, in one snapshot. */
const bothWays = (from: string, to: string) =>
  asPrincipal(client, manager.id, async () => {
    const fn = await client.query(
      `select step_id, completed_count::int as n, avg_hours::text as avg, max_hours::text as max
       from public.avg_time_per_step($1, $2) where step_id = any ($3) order by step_id`,
      [from, to, catalog.stepIds],
    );
    const raw = await client.query(
      `select si.step_id, count(*)::int as n,
              round((avg(extract(epoch from si.completed_at - si.started_at)) / 3600)::numeric, 2)::text as avg,
              round((max(extract(epoch from si.completed_at - si.started_at)) / 3600)::numeric, 2)::text as max
       from public.step_instances si
       where si.completed_at >= $1 and si.completed_at < $2 and si.started_at is not null and si.step_id = any ($3)
       group by si.step_id order by si.step_id`,
      [from, to, catalog.stepIds],
    );
    return { fn: fn.rows, raw: raw.rows };
  });

/** The rollup against a recount of step_instances, for the test's steps. */
const STEP_DURATIONS: ReadModel = {
  model: 'private.step_duration_days',
  source: `(select (si.completed_at at time zone 'UTC')::date as day, si.step_id, count(*) as completed_count,
              sum(extract(epoch from si.completed_at - si.started_at)) as total_seconds,
              max(extract(epoch from si.completed_at - si.started_at)) as max_seconds
            from public.step_instances si
            where si.completed_at is not null and si.started_at is not null
            group by 1, 2) truth`,
  columns: 'day, step_id, completed_count, total_seconds, max_seconds',
  key: 'step_id',
};
const rollupDrift = () => readModelDrift(db, STEP_DURATIONS, 'step_id = any ($1)', [catalog.stepIds]);

describe('avg_time_per_step from private.step_duration_days', () => {
  it('keeps the rollup exact through completions, corrections, moves and deletions', async () => {
    const a = await completed(0, '2046-05-10T08:00:00Z', 2);
    const b = await completed(0, '2046-05-10T23:30:00Z', 5);
    await completed(1, '2046-05-11T00:15:00Z', 1.5);
    await completed(1, '2046-05-12T12:00:00Z', null); // never started: not counted
    expect(await rollupDrift()).toEqual([]);
    const writes = [
      [`update public.step_instances set started_at = started_at - interval '3 hours' where id = $1`, [a]],
      [`update public.step_instances set completed_at = '2046-05-13T09:00:00Z' where id = $1`, [b]],
      [`update public.step_instances set step_id = $2 where id = $1`, [a, catalog.stepIds[1]]],
      [`update public.step_instances set completed_at = null, status = 'IN_PROGRESS' where id = $1`, [b]],
      [`delete from public.step_instances where id = $1`, [a]],
    ] as const;
    for (const [sql, params] of writes) {
      await db.q(sql, [...params]);
      expect(await rollupDrift(), sql).toEqual([]);
    }
  });

  it.each([
    ['whole days', '2047-03-01T00:00:00Z', '2047-03-04T00:00:00Z'],
    ['partial first and last day', '2047-03-01T09:00:00Z', '2047-03-03T18:00:00Z'],
    ['inside one day', '2047-03-02T06:00:00Z', '2047-03-02T20:00:00Z'],
    ['across midnight, no whole day', '2047-03-01T20:00:00Z', '2047-03-02T04:00:00Z'],
    ['one microsecond', '2047-03-02T10:00:00Z', '2047-03-02T10:00:00.000001Z'],
  ])('gives the numbers of the step instances themselves: %s', async (_label, from, to) => {
    if (!(await db.q(`select 1 from public.step_instances where completed_at >= '2047-03-01' and completed_at < '2047-03-04'`)).length) {
      for (const [step, at, hours] of [
        [0, '2047-03-01T05:00:00Z', 1],
        [0, '2047-03-01T10:00:00Z', 2.25],
        [1, '2047-03-01T21:00:00Z', 3],
        [0, '2047-03-02T01:00:00Z', 4.5],
        [1, '2047-03-02T10:00:00Z', 0.75],
        [0, '2047-03-02T23:59:59Z', 6],
        [1, '2047-03-03T12:00:00Z', 8],
        [0, '2047-03-03T19:00:00Z', 9.5],
      ] as const) {
        await completed(step, at, hours);
      }
    }
    const { fn, raw } = await bothWays(from, to);
    expect(fn).toEqual(raw);
  });

  it('has whole days from the rollup: a period of whole days reads no step instance of those days', async () => {
    const { rows } = await client.query<{ prosrc: string }>(`select prosrc from pg_proc where proname = 'avg_time_per_step'`);
    expect(rows[0]!.prosrc).toContain('private.step_duration_days');
    // the rollup answers even where the step instances would not be read (its rows are what counts)
    await db.q(`update private.step_duration_days set completed_count = completed_count + 100 where day = '2047-03-02' and step_id = $1`, [
      catalog.stepIds[0],
    ]);
    try {
      const { fn, raw } = await bothWays('2047-03-02T00:00:00Z', '2047-03-03T00:00:00Z');
      expect(fn.find((r) => r.step_id === catalog.stepIds[0])?.n).toBe((raw.find((r) => r.step_id === catalog.stepIds[0])?.n ?? 0) + 100);
    } finally {
      await db.q(`select private.refresh_step_duration_day('2047-03-02', $1)`, [catalog.stepIds[0]]);
    }
  });
});
