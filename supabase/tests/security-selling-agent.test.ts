/**
 * The selling agent's read-only view (product.md §2): an AGENT reads the dossier opened by a sale
 * from their own payment link, with its steps, documents, versions, reviews, messages, timeline
 * events and status history, through the API with a signed token; every write stays refused
 * (direct writes and the workflow functions). It goes with the role matrix (role-matrix.ts): the
 * `seller` here is an AGENT who sold the "sold" side's order and is assigned nothing on it; the
 * world's `agent` is assigned its first step.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStack } from '../../stack/testing/context';
import { clientFor } from './fixtures/api';
import { openDb, type Db } from './fixtures/db';
import { createAgent, setAgent } from './fixtures/people';
import { createOrder, createPaymentLink, createReminder } from './fixtures/sales';
import { createDocument, createDossier, createMessage, createReview, createStepInstance, createVersion } from './fixtures/operations';
import { buildWorld, type Principal, type World } from './fixtures/world';

let db: Db;
let world: World;
let seller: Principal;
let as: SupabaseClient;
const sold: Record<string, string> = {};

beforeAll(async () => {
  db = openDb();
  world = await buildWorld(db);
  const agent = await createAgent(db, 'AGENT', { label: 'seller' });
  seller = { key: 'agent', id: agent.id, email: agent.email, isAgent: true };
  const customer = world.principals.customer.id!;
  sold.link = await createPaymentLink(db, world.catalog.productId, agent.id, { usedBy: customer });
  sold.dossier = await createDossier(db, customer, world.catalog.productId);
  sold.order = await createOrder(db, {
    userId: customer,
    productId: world.catalog.productId,
    paymentLinkId: sold.link,
    dossierId: sold.dossier,
    status: 'PAID',
  });
  sold.reminder = await createReminder(db, customer, sold.order);
  sold.step = await createStepInstance(db, sold.dossier, world.catalog.stepIds[0]!, {
    assignedTo: world.principals.agent.id,
    status: 'IN_PROGRESS',
    current: true,
  });
  sold.document = await createDocument(db, sold.dossier, world.catalog.documentTypeId, sold.step);
  sold.version = await createVersion(db, sold.document, customer);
  sold.review = await createReview(db, sold.version, world.principals.reviewer.id!);
  sold.message = await createMessage(db, sold.dossier, customer);
  sold.history = (
    await db.one<{ id: string }>('select id from public.dossier_status_history where dossier_id = $1 order by created_at limit 1', [
      sold.dossier,
    ])
  ).id;
  sold.event = (
    await db.one<{ id: string }>(`select id from public.events where event_type = 'DOCUMENT_UPLOADED' and payload ->> 'version_id' = $1`, [
      sold.version,
    ])
  ).id;
  sold.customer = customer;
  // an object name of the documents bucket: <dossier>/<document>/<version>-<file>
  sold.storagePath = `${sold.dossier}/${sold.document}/${sold.version}-scan.pdf`;
  as = await clientFor(seller);
});

afterAll(async () => {
  await db?.close();
});

/** table -> the sold side's row of it the seller reads */
const READS: [string, string][] = [
  ['payment_links', 'link'],
  ['orders', 'order'],
  ['payment_reminders', 'reminder'],
  ['profiles', 'customer'],
  ['dossiers', 'dossier'],
  ['step_instances', 'step'],
  ['documents', 'document'],
  ['document_versions', 'version'],
  ['document_reviews', 'review'],
  ['messages', 'message'],
  ['events', 'event'],
  ['dossier_status_history', 'history'],
];

async function sees(client: SupabaseClient, table: string, id: string): Promise<boolean> {
  const { data, error } = await client.from(table).select('id').eq('id', id);
  expect(error, `${table}: ${error?.message}`).toBeNull();
  return data?.length === 1;
}

async function seesAll(): Promise<Record<string, boolean>> {
  const out: Record<string, boolean> = {};
  for (const [table, key] of READS) out[table] = await sees(as, table, sold[key]!);
  return out;
}

/** The storage policy's check (storage.objects of the documents bucket), as the user. */
async function canReadFile(userId: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: getStack().dbUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub: userId, role: 'authenticated' })]);
    await client.query('set local role authenticated');
    const { rows } = await client.query<{ readable: boolean }>('select private.can_read_document_file($1) as readable', [name]);
    return rows[0]!.readable;
  } finally {
    await client.query('rollback');
    await client.end();
  }
}

const everything = (value: boolean) => Object.fromEntries(READS.map(([t]) => [t, value]));

describe('the selling agent reads the dossier their sale opened', () => {
  it('every row of it, through the API', async () => {
    expect(await seesAll()).toEqual(everything(true));
  });

  it('its timeline by dossier (events.dossier_id) and the dossier file in storage', async () => {
    const { data } = await as.from('events').select('id').eq('dossier_id', sold.dossier);
    expect((data ?? []).map((r) => r.id)).toContain(sold.event);
    expect(await canReadFile(seller.id!, sold.storagePath!)).toBe(true);
    expect(await canReadFile(world.principals.otherAgent.id!, sold.storagePath!)).toBe(false);
  });

  it('nothing of the dossiers other agents sold or were assigned', async () => {
    for (const side of [world.ours, world.theirs]) {
      expect(await sees(as, 'dossiers', side.dossierId)).toBe(false);
      expect(await sees(as, 'orders', side.orderId)).toBe(false);
      expect(await sees(as, 'document_versions', side.versionId)).toBe(false);
    }
  });

  it('another agent sees none of it', async () => {
    const other = await clientFor(world.principals.otherAgent);
    for (const [table, key] of READS) expect({ table, seen: await sees(other, table, sold[key]!) }).toEqual({ table, seen: false });
  });
});

describe('the selling agent cannot write on it', () => {
  it('no message (the view is read only; the assigned agent may send)', async () => {
    const { error } = await as
      .from('messages')
      .insert({ dossier_id: sold.dossier, body: 'Hello', sender_type: 'AGENT', sender_id: seller.id });
    expect(error).not.toBeNull();
    const assigned = await clientFor(world.principals.agent);
    const ok = await assigned.from('messages').insert({
      dossier_id: sold.dossier,
      body: 'Hello from the assignee',
      sender_type: 'AGENT',
      sender_id: world.principals.agent.id,
    });
    expect(ok.error).toBeNull();
  });

  it('no step, dossier, document or version change, no workflow function', async () => {
    const before = await db.one('select status, assigned_to from public.step_instances where id = $1', [sold.step]);
    await as.from('step_instances').update({ assigned_to: seller.id }).eq('id', sold.step);
    await as.from('dossiers').update({ status: 'COMPLETED' }).eq('id', sold.dossier);
    await as.from('documents').update({ status: 'APPROVED' }).eq('id', sold.document);
    const insert = await as.from('document_versions').insert({
      document_id: sold.document,
      storage_path: `${sold.dossier}/${sold.document}/x-new.pdf`,
      uploaded_by_type: 'AGENT',
      uploaded_by_id: seller.id,
    });
    expect(insert.error).not.toBeNull();
    for (const [fn, args] of [
      ['complete_step_instance', { p_step_instance_id: sold.step }],
      ['assign_step_instance', { p_step_instance_id: sold.step, p_agent_id: seller.id }],
      ['change_dossier_status', { p_dossier_id: sold.dossier, p_status: 'ON_HOLD' }],
      ['review_document_version', { p_version_id: sold.version, p_decision: 'REJECTED', p_notes: 'no' }],
    ] as const) {
      const { error } = await as.rpc(fn, args);
      expect({ fn, refused: error !== null }).toEqual({ fn, refused: true });
    }
    expect(await db.one('select status, assigned_to from public.step_instances where id = $1', [sold.step])).toEqual(before);
    expect((await db.one<{ status: string }>('select status from public.dossiers where id = $1', [sold.dossier])).status).not.toBe(
      'COMPLETED',
    );
    expect((await db.one<{ status: string }>('select status from public.documents where id = $1', [sold.document])).status).toBe('PENDING');
  });
});

describe('role changes and deactivation apply to the view on the next request', () => {
  it('deactivated: nothing; REVIEWER: what a reviewer reads; AGENT again: the view', async () => {
    await setAgent(db, seller.id!, { active: false });
    expect(await seesAll()).toEqual(everything(false));
    await setAgent(db, seller.id!, { active: true, role: 'REVIEWER' });
    const asReviewer = await seesAll();
    expect(asReviewer.payment_links).toBe(false);
    expect(asReviewer.orders).toBe(false);
    expect(asReviewer.dossiers).toBe(true);
    await setAgent(db, seller.id!, { role: 'AGENT' });
    expect(await seesAll()).toEqual(everything(true));
  });
});
