/**
 * Counts that are right (issue 9, item 5): the total a list shows (`Prefer: count=exact`, what
 * react-admin asks, src/providers/listCounts.ts) is exactly the number of rows the caller may read
 * under row-level security — for a fresh AGENT whose scope is known row by row: what they sold
 * (their links, the order, its reminder, its customer, the dossier it opened) and the dossier where
 * a step is assigned to them, and nothing of another agent's sale or of an unrelated dossier.
 * A REVIEWER's customers list counts the customers with a document waiting for review.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/types/database.types';
import { clientFor } from './fixtures/api';
import { createProduct, type Catalog } from './fixtures/catalog';
import { openDb, type Db } from './fixtures/db';
import { createDocument, createDossier, createMessage, createStepInstance, createVersion } from './fixtures/operations';
import { createAgent, createCustomer } from './fixtures/people';
import { createOrder, createPaymentLink, createReminder } from './fixtures/sales';

type Table =
  | 'payment_links'
  | 'orders'
  | 'payment_reminders'
  | 'profiles'
  | 'dossiers'
  | 'step_instances'
  | 'documents'
  | 'document_versions'
  | 'messages';

let db: Db;
let catalog: Catalog;
let agent: SupabaseClient<Database>;
/** table -> the ids the fresh agent may read */
const expected = new Map<Table, string[]>();
const add = (table: Table, id: string) => expected.set(table, [...(expected.get(table) ?? []), id]);

/** A customer's dossier with one step (assigned or not), a document with a version and a message. */
async function dossierWithWork(customer: string, assignedTo: string | null) {
  const dossier = await createDossier(db, customer, catalog.productId);
  const step = await createStepInstance(db, dossier, catalog.stepIds[0]!, { assignedTo, status: 'IN_PROGRESS', current: true });
  const document = await createDocument(db, dossier, catalog.documentTypeId, step);
  const version = await createVersion(db, document, customer);
  const message = await createMessage(db, dossier, customer);
  return { dossier, step, document, version, message };
}

beforeAll(async () => {
  db = openDb();
  catalog = await createProduct(db);
  const me = await createAgent(db, 'AGENT', { label: 'counted' });
  const other = await createAgent(db, 'AGENT', { label: 'other-seller' });
  const [sold, assigned, unrelated] = [await createCustomer(db), await createCustomer(db), await createCustomer(db)];

  // My sale: link used by `sold`, its order (with the dossier it opened) and a reminder; one link unused.
  const soldWork = await dossierWithWork(sold.id, null);
  const link = await createPaymentLink(db, catalog.productId, me.id, { usedBy: sold.id });
  const order = await createOrder(db, {
    userId: sold.id,
    productId: catalog.productId,
    paymentLinkId: link,
    dossierId: soldWork.dossier,
    status: 'PAID',
  });
  const reminder = await createReminder(db, sold.id, order);
  const unusedLink = await createPaymentLink(db, catalog.productId, me.id);
  // Another agent's sale to `assigned`, whose dossier has a step assigned to me.
  const assignedWork = await dossierWithWork(assigned.id, me.id);
  const otherLink = await createPaymentLink(db, catalog.productId, other.id, { usedBy: assigned.id });
  const otherOrder = await createOrder(db, {
    userId: assigned.id,
    productId: catalog.productId,
    paymentLinkId: otherLink,
    dossierId: assignedWork.dossier,
    status: 'PAID',
  });
  await createReminder(db, assigned.id, otherOrder);
  // Nothing of mine: another customer's dossier, assigned to the other agent.
  await dossierWithWork(unrelated.id, other.id);

  add('payment_links', link);
  add('payment_links', unusedLink);
  add('orders', order);
  add('payment_reminders', reminder);
  add('profiles', sold.id);
  add('profiles', assigned.id);
  for (const work of [soldWork, assignedWork]) {
    add('dossiers', work.dossier);
    add('step_instances', work.step);
    add('documents', work.document);
    add('document_versions', work.version);
    add('messages', work.message);
  }
  agent = await clientFor({ key: 'agent', id: me.id, email: me.email, isAgent: true });
});

afterAll(async () => {
  await db?.close();
});

describe("counts: a list's exact total is what the caller may read", () => {
  const tables: Table[] = [
    'payment_links',
    'orders',
    'payment_reminders',
    'profiles',
    'dossiers',
    'step_instances',
    'documents',
    'document_versions',
    'messages',
  ];

  it.each(tables)("the agent's %s: the first page's total equals the rows they may read, and only those", async (table) => {
    const page = await agent.from(table).select('id', { count: 'exact' }).order('id').range(0, 0);
    expect(page.error).toBeNull();
    const all = await agent.from(table).select('id').order('id');
    expect(all.error).toBeNull();
    const ids = (all.data ?? []).map((r) => r.id).sort();
    expect(ids).toEqual([...expected.get(table)!].sort());
    expect(page.count).toBe(ids.length);
    expect(page.data).toHaveLength(1);
  });

  it("the reviewer's customers: counted exactly, a customer with a PENDING document in, one without out", async () => {
    const reviewer = await createAgent(db, 'REVIEWER', { label: 'counting-reviewer' });
    const [waiting, reviewed] = [await createCustomer(db), await createCustomer(db)];
    await dossierWithWork(waiting.id, null);
    const done = await dossierWithWork(reviewed.id, null);
    await db.q(`update public.documents set status = 'APPROVED' where id = $1`, [done.document]);
    const as = await clientFor({ key: 'reviewer', id: reviewer.id, email: reviewer.email, isAgent: true });
    const mine = await as.from('profiles').select('id', { count: 'exact' }).in('id', [waiting.id, reviewed.id]);
    expect(mine.error).toBeNull();
    expect({ count: mine.count, ids: (mine.data ?? []).map((r) => r.id) }).toEqual({ count: 1, ids: [waiting.id] });
    const page = await as.from('profiles').select('id', { count: 'exact' }).range(0, 0);
    const pending = await db.one<{ n: string }>(
      `select count(distinct d.user_id) as n from public.dossiers d
       join public.documents doc on doc.dossier_id = d.id and doc.status = 'PENDING'`,
    );
    // other test files may add customers meanwhile: the total is at least every one waiting now
    expect(page.count).toBeGreaterThanOrEqual(Number(pending.n));
  });
});
