/**
 * The reviewer's stored scope (migrations 20250601000910..0912) stays exact, and a REVIEWER sees
 * the same profiles as under the old definition (the customers with a document waiting for review,
 * computed per statement from documents and dossiers): after every kind of write that moves it
 * (document uploaded, reviewed, re-opened, moved to another dossier, deleted; dossier given to
 * another customer, deleted; customer deleted; a rolled-back transaction), private.review_customers
 * equals its definition and the reviewer's visible profiles equal the old policy's.
 * Every comparison is one statement (one snapshot), so other tests writing meanwhile cannot skew it.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStack } from '../../stack/testing/context';
import { asPrincipal } from '../../stack/demo/list-queries';
import { openDb, type Db } from './fixtures/db';
import { createProduct, type Catalog } from './fixtures/catalog';
import { createAgent, createCustomer, setAgent } from './fixtures/people';
import { createDocument, createDossier } from './fixtures/operations';

let db: Db;
let client: pg.Client;
let catalog: Catalog;
let reviewer: string;
let agent: string;
let customers: [string, string, string];

beforeAll(async () => {
  db = openDb();
  client = new pg.Client({ connectionString: getStack().dbUrl });
  await client.connect();
  catalog = await createProduct(db);
  reviewer = (await createAgent(db, 'REVIEWER', { label: 'rscope-reviewer' })).id;
  agent = (await createAgent(db, 'AGENT', { label: 'rscope-agent' })).id;
  customers = [
    (await createCustomer(db, { label: 'rscope-c1' })).id,
    (await createCustomer(db, { label: 'rscope-c2' })).id,
    (await createCustomer(db, { label: 'rscope-c3' })).id,
  ];
});

afterAll(async () => {
  await client?.end();
  await db?.close();
});

/** The definition (set-based, from the source tables), the stored rows and their differences, in one statement. */
const STORED_VS_DEFINITION = `
  with definition as (
    select d.user_id as customer_id, count(*)::integer as pending_documents
    from public.documents doc join public.dossiers d on d.id = doc.dossier_id
    where doc.status = 'PENDING' group by d.user_id
  )
  select coalesce(s.customer_id, e.customer_id) as customer_id, s.pending_documents as stored, e.pending_documents as expected
  from private.review_customers s full join definition e on e.customer_id = s.customer_id
  where s.pending_documents is distinct from e.pending_documents`;

/** As the reviewer, in one statement: profiles visible now vs under the old definition (20250601000803's helper). */
const VISIBLE_VS_OLD = `
  with visible as (select p.id from public.profiles p),
  old as (
    select p.id from public.profiles p where p.id = (select auth.uid())
    union
    select distinct d.user_id from public.dossiers d
    where exists (select 1 from public.documents doc where doc.dossier_id = d.id and doc.status = 'PENDING')
  )
  select (select count(*) from visible)::int as visible,
         (select count(*) from old)::int as old,
         array(select id from visible except select id from old) as only_now,
         array(select id from old except select id from visible) as only_before,
         array(select id from visible where id = any ($1::uuid[]) order by id) as mine`;

/** Which of the test's customers the principal sees (profiles under RLS). */
async function seenBy(who: string): Promise<string[]> {
  return asPrincipal(client, who, async () => {
    const { rows } = await client.query<{ id: string }>('select id from public.profiles where id = any ($1::uuid[]) order by id', [
      customers,
    ]);
    return rows.map((r) => r.id);
  });
}

/** The stored table is exact, the reviewer sees what the old definition gave, and exactly `expected` of the test's customers. */
async function expectExact(step: string, expected: string[], counts?: Record<string, number>) {
  const drift = await db.q(STORED_VS_DEFINITION);
  expect({ step, drift }).toEqual({ step, drift: [] });
  const compared = await asPrincipal(client, reviewer, async () => (await client.query(VISIBLE_VS_OLD, [customers])).rows[0]);
  expect({ step, onlyNow: compared.only_now, onlyBefore: compared.only_before }).toEqual({ step, onlyNow: [], onlyBefore: [] });
  expect({ step, count: compared.visible }).toEqual({ step, count: compared.old });
  expect({ step, mine: compared.mine }).toEqual({ step, mine: [...expected].sort() });
  if (counts) {
    const rows = await db.q<{ customer_id: string; pending_documents: number }>(
      'select customer_id, pending_documents from private.review_customers where customer_id = any ($1::uuid[])',
      [customers],
    );
    expect({ step, counts: Object.fromEntries(rows.map((r) => [r.customer_id, r.pending_documents])) }).toEqual({ step, counts });
  }
}

describe("the reviewer's stored scope is exact after every write that moves it", () => {
  it('upload, review, re-open, move, dossier owner change, deletions: same profiles as the old definition', async () => {
    const [c1, c2, c3] = customers;
    const type = catalog.documentTypeId;
    await expectExact('start: no documents', []);

    const d1 = await createDossier(db, c1, catalog.productId);
    const d2 = await createDossier(db, c2, catalog.productId);
    const doc1 = await createDocument(db, d1, type);
    await expectExact('a PENDING document uploaded', [c1], { [c1]: 1 });
    const doc2 = await createDocument(db, d1, type);
    await expectExact('a second one', [c1], { [c1]: 2 });

    await db.q(`update public.documents set status = 'APPROVED' where id = $1`, [doc1]);
    await expectExact('one approved', [c1], { [c1]: 1 });
    await db.q(`update public.documents set status = 'REJECTED' where id = $1`, [doc2]);
    await expectExact('the other rejected: nothing waits', []);
    await db.q(`update public.documents set status = 'APPROVED' where id = $1`, [doc2]);
    await expectExact('rejected -> approved (no PENDING on either side)', []);
    await db.q(`update public.documents set status = 'PENDING' where id = $1`, [doc2]);
    await expectExact('re-opened', [c1], { [c1]: 1 });

    await db.q(`insert into public.documents (dossier_id, document_type_id, status) values ($1, $2, 'APPROVED')`, [d2, type]);
    await expectExact('an APPROVED document inserted: no review waiting', [c1]);

    await db.q('update public.documents set dossier_id = $2 where id = $1', [doc2, d2]);
    await expectExact('the PENDING document moved to another customer', [c2], { [c2]: 1 });

    await db.q('update public.dossiers set user_id = $2 where id = $1', [d2, c1]);
    await expectExact("the dossier's customer changed", [c1], { [c1]: 1 });

    await db.q('delete from public.documents where id = $1', [doc2]);
    await expectExact('the PENDING document deleted', []);

    const d3 = await createDossier(db, c2, catalog.productId);
    await createDocument(db, d3, type);
    await createDocument(db, d3, type);
    await createDocument(db, d1, type);
    await expectExact('two customers waiting', [c1, c2], { [c1]: 1, [c2]: 2 });
    await db.q('delete from public.dossiers where id = $1', [d3]);
    await expectExact('a dossier deleted: its documents cascade', [c1], { [c1]: 1 });

    // a transaction that moves the scope and is rolled back leaves it as it was
    const tx = new pg.Client({ connectionString: getStack().dbUrl });
    await tx.connect();
    try {
      await tx.query('begin');
      await tx.query(`update public.documents set status = 'APPROVED' where dossier_id = $1`, [d1]);
      await tx.query(`insert into public.documents (dossier_id, document_type_id) values ($1, $2)`, [d2, type]);
      await tx.query('rollback');
    } finally {
      await tx.end();
    }
    await expectExact('rolled back', [c1], { [c1]: 1 });

    const d4 = await createDossier(db, c3, catalog.productId);
    await createDocument(db, d4, type);
    await expectExact('a third customer waiting', [c1, c3], { [c1]: 1, [c3]: 1 });
    await db.q('delete from public.profiles where id = $1', [c3]);
    await expectExact('that customer deleted', [c1], { [c1]: 1 });
  });

  it("two transactions reviewing the same customer's documents at once leave the count exact (advisory lock)", async () => {
    const [c1] = customers;
    const dossier = await createDossier(db, c1, catalog.productId);
    const [a, b] = [await createDocument(db, dossier, catalog.documentTypeId), await createDocument(db, dossier, catalog.documentTypeId)];
    const pending = async () =>
      (await db.q<{ n: number }>('select pending_documents as n from private.review_customers where customer_id = $1', [c1]))[0]?.n ?? 0;
    const before = await pending();
    const [t1, t2] = [new pg.Client({ connectionString: getStack().dbUrl }), new pg.Client({ connectionString: getStack().dbUrl })];
    await Promise.all([t1.connect(), t2.connect()]);
    try {
      await t1.query('begin');
      await t2.query('begin');
      await t1.query(`update public.documents set status = 'APPROVED' where id = $1`, [a]);
      // t2 recounts the same customer: it waits for t1 (without the lock it would count t1's document as still PENDING)
      const second = t2.query(`update public.documents set status = 'APPROVED' where id = $1`, [b]);
      await new Promise((r) => setTimeout(r, 300));
      await t1.query('commit');
      await second;
      await t2.query('commit');
    } finally {
      await Promise.all([t1.end(), t2.end()]);
    }
    expect(await pending()).toBe(before - 2);
    const drift = await db.q(STORED_VS_DEFINITION);
    expect(drift).toEqual([]);
  });

  it('only a REVIEWER reads the stored set; a role change applies on the next statement', async () => {
    const [c1] = customers;
    const dossier = await createDossier(db, c1, catalog.productId);
    await createDocument(db, dossier, catalog.documentTypeId);
    expect(await seenBy(reviewer)).toContain(c1);
    // an AGENT without c1 in their scope sees neither the profile nor the stored rows
    expect(await seenBy(agent)).toEqual([]);
    const storedAs = (who: string) =>
      asPrincipal(client, who, async () => Number((await client.query('select count(*) from private.review_customers')).rows[0].count));
    expect(await storedAs(agent)).toBe(0);
    expect(await storedAs(reviewer)).toBeGreaterThan(0);
    await setAgent(db, reviewer, { role: 'AGENT' });
    try {
      expect(await seenBy(reviewer)).toEqual([]);
      expect(await storedAs(reviewer)).toBe(0);
    } finally {
      await setAgent(db, reviewer, { role: 'REVIEWER' });
    }
    expect(await seenBy(reviewer)).toContain(c1);
  });

  it("visible_customer_ids()'s reviewer branch is the stored set", async () => {
    const diff = await asPrincipal(
      client,
      reviewer,
      async () =>
        (
          await client.query(`
            select array(select * from private.visible_customer_ids() except select customer_id from private.review_customers) as extra,
                   array(select customer_id from private.review_customers except select * from private.visible_customer_ids()) as missing,
                   (select count(*) from private.visible_customer_ids())::int as n`)
        ).rows[0],
    );
    expect(diff).toMatchObject({ extra: [], missing: [] });
    expect(diff.n).toBeGreaterThan(0);
  });

  it('the set-based rebuild (backfill, demo generator) changes nothing when the triggers kept it', async () => {
    // the test's customers only (other tests may write documents meanwhile); xmin: the row was not rewritten
    const snapshot = () =>
      db.q(
        'select customer_id, pending_documents, xmin::text as xmin from private.review_customers where customer_id = any ($1::uuid[]) order by 1',
        [customers],
      );
    const before = await snapshot();
    await db.q('select private.rebuild_review_customers()');
    const after = await snapshot();
    expect(before.length).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });
});
