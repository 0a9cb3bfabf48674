/**
 * The stored access scope (migrations 20250601000800..0803) stays exact: after every kind of write
 * that moves it (new sale, dossier opened by the order, assignment, reassignment, unassignment,
 * step deleted, link owner / use changed, dossier owner changed, dossier deleted, agent deleted),
 * orders.agent_id, private.agent_dossiers and private.agent_customers equal their definition,
 * computed here independently from the source tables, for the agents of the test; and
 * payment_reminders.agent_id (20250601000926) is always its order's agent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from './fixtures/db';
import { createProduct, type Catalog } from './fixtures/catalog';
import { createAgent, createCustomer } from './fixtures/people';
import { createOrder, createPaymentLink, createReminder } from './fixtures/sales';
import { createDossier, createStepInstance } from './fixtures/operations';

let db: Db;
let catalog: Catalog;
let agents: string[];
let customers: string[];

beforeAll(async () => {
  db = openDb();
  catalog = await createProduct(db);
  agents = [(await createAgent(db, 'AGENT', { label: 'scope-a' })).id, (await createAgent(db, 'AGENT', { label: 'scope-b' })).id];
  customers = [(await createCustomer(db, { label: 'scope-c1' })).id, (await createCustomer(db, { label: 'scope-c2' })).id];
});

afterAll(async () => {
  await db?.close();
});

type Pair = Record<string, unknown>;
const sorted = (rows: Pair[]) => rows.map((r) => JSON.stringify(r)).sort();

/** What is stored, and what the definition says, for the test's agents. */
async function storedAndExpected() {
  const stored = {
    orders: await db.q(
      `select o.id, o.agent_id from public.orders o
                        join public.payment_links pl on pl.id = o.payment_link_id where pl.id in (
                          select id from public.payment_links where created_by = any ($1) or id in (
                            select payment_link_id from public.orders where agent_id = any ($1)))`,
      [agents],
    ),
    dossiers: await db.q(
      `select agent_id, dossier_id, customer_id, assigned, sold from private.agent_dossiers
                          where agent_id = any ($1)`,
      [agents],
    ),
    customers: await db.q(`select agent_id, customer_id from private.agent_customers where agent_id = any ($1)`, [agents]),
  };
  const expected = {
    orders: await db.q(
      `select o.id, pl.created_by as agent_id from public.orders o
                        join public.payment_links pl on pl.id = o.payment_link_id where pl.id in (
                          select id from public.payment_links where created_by = any ($1) or id in (
                            select payment_link_id from public.orders where agent_id = any ($1)))`,
      [agents],
    ),
    dossiers: await db.q(
      `
      select a.id as agent_id, d.id as dossier_id, d.user_id as customer_id,
             exists (select 1 from public.step_instances si where si.dossier_id = d.id and si.assigned_to = a.id) as assigned,
             exists (select 1 from public.orders o join public.payment_links pl on pl.id = o.payment_link_id
                     where o.dossier_id = d.id and pl.created_by = a.id) as sold
      from public.agents a cross join public.dossiers d
      where a.id = any ($1)
        and (exists (select 1 from public.step_instances si where si.dossier_id = d.id and si.assigned_to = a.id)
             or exists (select 1 from public.orders o join public.payment_links pl on pl.id = o.payment_link_id
                        where o.dossier_id = d.id and pl.created_by = a.id))`,
      [agents],
    ),
    customers: await db.q(
      `
      select distinct a.id as agent_id, p.id as customer_id
      from public.agents a cross join public.profiles p
      where a.id = any ($1)
        and (exists (select 1 from public.orders o join public.payment_links pl on pl.id = o.payment_link_id
                     where o.user_id = p.id and pl.created_by = a.id)
             or exists (select 1 from public.payment_links pl where pl.used_by = p.id and pl.created_by = a.id)
             or exists (select 1 from public.dossiers d where d.user_id = p.id and (
                  exists (select 1 from public.step_instances si where si.dossier_id = d.id and si.assigned_to = a.id)
                  or exists (select 1 from public.orders o join public.payment_links pl on pl.id = o.payment_link_id
                             where o.dossier_id = d.id and pl.created_by = a.id))))`,
      [agents],
    ),
  };
  return {
    stored: { orders: sorted(stored.orders), dossiers: sorted(stored.dossiers), customers: sorted(stored.customers) },
    expected: { orders: sorted(expected.orders), dossiers: sorted(expected.dossiers), customers: sorted(expected.customers) },
  };
}

async function expectExact(step: string) {
  const { stored, expected } = await storedAndExpected();
  expect({ step, ...stored }).toEqual({ step, ...expected });
}

describe('the stored access scope is exact after every write that moves it', () => {
  it('sale, dossier, assignment, reassignment, unassignment, link and dossier changes, deletions', async () => {
    const [a, b] = agents as [string, string];
    const [c1, c2] = customers as [string, string];
    const step = catalog.stepIds[0]!;

    const link = await createPaymentLink(db, catalog.productId, a);
    const order = await createOrder(db, { userId: c1, productId: catalog.productId, paymentLinkId: link });
    await expectExact('new sale (pending order)');
    expect((await db.one<{ agent_id: string }>('select agent_id from public.orders where id = $1', [order])).agent_id).toBe(a);

    // a writer cannot forge the selling agent
    await db.q('update public.orders set agent_id = $2 where id = $1', [order, b]);
    await expectExact('forged agent_id is recomputed');

    const dossier = await createDossier(db, c1, catalog.productId);
    await db.q(`update public.orders set dossier_id = $2, status = 'PAID', paid_at = now() where id = $1`, [order, dossier]);
    await expectExact('payment opened the dossier (sold)');

    const si = await createStepInstance(db, dossier, step, { assignedTo: b });
    await expectExact('assignment');
    const si2 = await createStepInstance(db, dossier, catalog.stepIds[1]!, { assignedTo: b });
    await db.q('update public.step_instances set assigned_to = $2 where id = $1', [si, a]);
    await expectExact('reassignment (b keeps the dossier through another step)');
    await db.q('update public.step_instances set assigned_to = null where id = $1', [si2]);
    await expectExact('unassignment (b loses it)');
    await db.q('delete from public.step_instances where id = $1', [si]);
    await expectExact('step deleted (a keeps it as the seller)');

    await db.q('update public.payment_links set used_by = $2, used_at = now() where id = $1', [link, c2]);
    await expectExact('link used');
    await db.q('update public.payment_links set created_by = $2 where id = $1', [link, b]);
    await expectExact('link owner changed: its orders follow');

    await db.q('update public.dossiers set user_id = $2 where id = $1', [dossier, c2]);
    await expectExact('dossier owner changed');

    const other = await createDossier(db, c1, catalog.productId);
    await createStepInstance(db, other, step, { assignedTo: a });
    await expectExact('second dossier assigned');
    await db.q('update public.orders set dossier_id = null where id = $1', [order]);
    await db.q('delete from public.dossiers where id = $1', [dossier]);
    await expectExact('dossier deleted');

    await db.q('delete from public.orders where id = $1', [order]);
    await expectExact('order deleted');
  });

  it('an agent deleted leaves no scope behind', async () => {
    const gone = await createAgent(db, 'AGENT', { label: 'scope-gone' });
    const link = await createPaymentLink(db, catalog.productId, gone.id);
    const dossier = await createDossier(db, customers[0]!, catalog.productId);
    await createOrder(db, { userId: customers[0]!, productId: catalog.productId, paymentLinkId: link, dossierId: dossier, status: 'PAID' });
    const count = async () =>
      Number(
        (
          await db.one<{ n: string }>(
            `select (select count(*) from private.agent_dossiers where agent_id = $1) + (select count(*) from private.agent_customers where agent_id = $1) as n`,
            [gone.id],
          )
        ).n,
      );
    expect(await count()).toBe(2);
    await db.q('delete from public.agents where id = $1', [gone.id]);
    expect(await count()).toBe(0);
    expect(
      (await db.one<{ agent_id: string | null }>('select agent_id from public.orders where payment_link_id = $1', [link])).agent_id,
    ).toBeNull();
  });

  it('the set-based rebuild (backfill, demo generator) changes nothing when the triggers kept it', async () => {
    const before = await storedAndExpected();
    await db.q('select private.rebuild_access_scope()');
    const after = await storedAndExpected();
    expect(after.stored).toEqual(before.stored);
  });

  it("a reminder's agent is its order's, whatever is written (20250601000926)", async () => {
    const [a, b] = agents as [string, string];
    const c = customers[0]!;
    /** Reminders of these orders whose stored agent differs from their order's. */
    const drift = async (orderIds: string[]) =>
      db.q(
        `select r.id from public.payment_reminders r join public.orders o on o.id = r.order_id
         where r.order_id = any ($1) and r.agent_id is distinct from o.agent_id`,
        [orderIds],
      );
    const agentOf = async (id: string) =>
      (await db.one<{ agent_id: string | null }>('select agent_id from public.payment_reminders where id = $1', [id])).agent_id;

    const link = await createPaymentLink(db, catalog.productId, a);
    const order = await createOrder(db, { userId: c, productId: catalog.productId, paymentLinkId: link });
    const other = await createOrder(db, {
      userId: c,
      productId: catalog.productId,
      paymentLinkId: await createPaymentLink(db, catalog.productId, b),
    });
    const reminder = await createReminder(db, c, order);
    expect(await agentOf(reminder)).toBe(a);

    const writes = [
      ['a forged agent is recomputed', 'update public.payment_reminders set agent_id = $2 where id = $1', [reminder, b]],
      ['the link changes owner: its order and reminder follow', 'update public.payment_links set created_by = $2 where id = $1', [link, b]],
      ['the reminder moves to another order', 'update public.payment_reminders set order_id = $2 where id = $1', [reminder, other]],
      ['that order loses its link (no agent)', 'update public.orders set payment_link_id = null where id = $1', [other]],
    ] as const;
    for (const [step, sql, params] of writes) {
      await db.q(sql, [...params]);
      expect(await drift([order, other]), step).toEqual([]);
    }
    expect(await agentOf(reminder)).toBeNull();

    // the set-based rebuild agrees with the triggers
    await db.q('select private.rebuild_reminder_agents()');
    expect(await drift([order, other])).toEqual([]);
    expect(await agentOf(reminder)).toBeNull();
  });
});
