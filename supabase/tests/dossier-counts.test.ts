/**
 * dossier_pipeline from its counter table (migration 20250601000929): private.dossier_counts holds
 * the number of dossiers per type and status, kept by statement-level triggers on dossiers, and
 * equals a recount of the dossiers after every kind of write (one row, several rows in one
 * statement, a status or a type changed, deletions). Compared in one snapshot (one statement), so
 * other tests' dossiers being written meanwhile cannot make it differ.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asPrincipal } from '../../stack/demo/list-queries';
import { getStack } from '../../stack/testing/context';
import { createProduct, type Catalog } from './fixtures/catalog';
import { openDb, uniq, type Db } from './fixtures/db';
import { readModelDrift, type ReadModel } from './fixtures/read-models';
import { createDossier } from './fixtures/operations';
import { createAgent, createCustomer } from './fixtures/people';

let db: Db;
let client: pg.Client;
let catalog: Catalog;
let manager: { id: string };
let customer: { id: string };
/** A CORP product (the catalog's product is an LLC one; a dossier's type is its product's). */
let corpProductId: string;

beforeAll(async () => {
  db = openDb();
  client = new pg.Client({ connectionString: getStack().dbUrl });
  await client.connect();
  catalog = await createProduct(db);
  manager = await createAgent(db, 'MANAGER');
  customer = await createCustomer(db, { label: 'dossier-counts' });
  corpProductId = (
    await db.one<{ id: string }>(
      `insert into public.products (code, name, dossier_type, price_amount) values ($1, 'Counted corp', 'CORP', 1000) returning id`,
      [uniq('CNT_')],
    )
  ).id;
});
afterAll(async () => {
  await client?.end();
  await db?.close();
});

const DOSSIER_COUNTS: ReadModel = {
  model: 'private.dossier_counts',
  source: '(select d.type, d.status, count(*) as dossiers_count from public.dossiers d group by d.type, d.status) truth',
  columns: 'type, status, dossiers_count',
  key: "type || ' ' || status",
};
const drift = () => readModelDrift(db, DOSSIER_COUNTS, 'true', []);

describe('dossier_pipeline from private.dossier_counts', () => {
  it('stays exact through inserts, multi-row updates, type and status changes and deletions', async () => {
    const a = await createDossier(db, customer.id, catalog.productId);
    const b = await createDossier(db, customer.id, catalog.productId);
    expect(await drift()).toEqual([]);
    const writes = [
      [`update public.dossiers set status = 'ON_HOLD' where id = any ($1)`, [[a, b]]],
      [
        `update public.dossiers set status = case when id = $2 then 'CANCELLED'::public.dossier_status_code else status end where id = any ($1)`,
        [[a, b], a],
      ],
      [`update public.dossiers set type = 'CORP', product_id = $2 where id = $1`, [a, corpProductId]],
      [`update public.dossiers set updated_at = now() where id = any ($1)`, [[a, b]]],
      [`delete from public.dossiers where id = $1`, [b]],
    ] as const;
    for (const [sql, params] of writes) {
      await db.q(sql, [...params]);
      expect(await drift(), sql).toEqual([]);
    }
    // several dossiers in one statement
    await db.q(
      `insert into public.dossiers (user_id, product_id, type, status)
       select $1, case when t = 'LLC' then $2::uuid else $3::uuid end, t, 'QUALIFICATION'
       from unnest(array['LLC', 'CORP', 'LLC']::public.dossier_type[]) t`,
      [customer.id, catalog.productId, corpProductId],
    );
    expect(await drift()).toEqual([]);
  });

  it('gives what counting the dossiers gives (one statement: one snapshot)', async () => {
    const { rows } = await asPrincipal(client, manager.id, () =>
      client.query<{ fn: unknown; raw: unknown }>(
        `select (select json_agg(json_build_object('type', p.type, 'status', p.status, 'n', p.dossiers_count) order by p.type, p.status)
                 from public.dossier_pipeline() p) as fn,
                (select json_agg(json_build_object('type', d.type, 'status', d.status, 'n', d.n) order by d.type, d.status)
                 from (select type, status, count(*) as n from public.dossiers group by type, status) d) as raw`,
      ),
    );
    expect(rows[0]!.fn).toEqual(rows[0]!.raw);
  });

  it('the set-based rebuild changes nothing when the triggers kept it', async () => {
    const before = await db.q('select * from private.dossier_counts order by type, status');
    await db.q('select private.rebuild_dossier_counts()');
    expect(await db.q('select * from private.dossier_counts order by type, status')).toEqual(before);
  });
});
