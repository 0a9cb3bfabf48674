/**
 * Business rules only through their functions (issue 10, item 5), tried through the gateway and
 * PostgREST with real tokens: each direct write a policy used to allow is refused and changes
 * nothing, and the function that owns the rule still does the job (with its event).
 */
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from './fixtures/api';
import { createProduct } from './fixtures/catalog';
import { openDb, type Db } from './fixtures/db';
import { createDocument, createDossier, createStepInstance, createVersion } from './fixtures/operations';
import { createOrder } from './fixtures/sales';
import { buildWorld, type PrincipalKey, type World } from './fixtures/world';

let db: Db;
let world: World;
const clients = new Map<PrincipalKey, SupabaseClient>();
const as = (key: PrincipalKey) => clients.get(key)!;

beforeAll(async () => {
  db = openDb();
  world = await buildWorld(db);
  for (const key of ['customer', 'agent', 'reviewer', 'manager', 'admin'] as const) {
    clients.set(key, await clientFor(world.principals[key]));
  }
});
afterAll(async () => {
  await db?.close();
});

const count = async (sql: string, params: unknown[]) => Number((await db.one<{ n: string }>(sql, params)).n);
const value = async (sql: string, params: unknown[]) => (await db.one<{ v: unknown }>(sql, params)).v;
const BACK_OFFICE: readonly PrincipalKey[] = ['agent', 'reviewer', 'manager', 'admin'];

/** A fresh document with one unreviewed version on the "ours" dossier. */
async function pendingVersion() {
  const documentId = await createDocument(db, world.ours.dossierId, world.catalog.documentTypeId);
  const versionId = await createVersion(db, documentId, world.principals.customer.id!);
  return { documentId, versionId };
}

describe('document_reviews: only through review_document_version', () => {
  it('nobody inserts, edits or deletes a review directly, not even an admin', async () => {
    const { documentId, versionId } = await pendingVersion();
    for (const key of ['reviewer', 'admin'] as const) {
      const { error } = await as(key).from('document_reviews').insert({
        document_version_id: versionId,
        reviewer_id: world.principals[key].id,
        decision: 'REJECTED',
      });
      expect(error?.code, key).toBe('42501');
    }
    expect(await count('select count(*) as n from public.document_reviews where document_version_id = $1', [versionId])).toBe(0);
    const edit = await as('admin').from('document_reviews').update({ notes: 'edited' }).eq('id', world.ours.reviewId);
    expect(edit.error?.code).toBe('42501');
    await as('admin').from('document_reviews').delete().eq('id', world.ours.reviewId);
    expect(await count('select count(*) as n from public.document_reviews where id = $1', [world.ours.reviewId])).toBe(1);
    expect(await value('select status as v from public.documents where id = $1', [documentId])).toBe('PENDING');
  });

  it('the function reviews once: notes required to reject, event, notification, document status', async () => {
    const { documentId, versionId } = await pendingVersion();
    const noNotes = await as('reviewer').rpc('review_document_version', { p_version_id: versionId, p_decision: 'REJECTED' });
    expect(noNotes.status).toBe(400);
    expect(noNotes.error?.code).toBe('22023');
    const ok = await as('reviewer').rpc('review_document_version', {
      p_version_id: versionId,
      p_decision: 'REJECTED',
      p_notes: 'The scan is unreadable.',
    });
    expect(ok.error).toBeNull();
    expect(await value('select status as v from public.documents where id = $1', [documentId])).toBe('REJECTED');
    expect(
      await count(`select count(*) as n from public.events where entity_id = $1 and event_type = 'DOCUMENT_REVIEWED'`, [documentId]),
    ).toBe(1);
    expect(
      await count(`select count(*) as n from public.notifications where user_id = $1 and body like '%unreadable%'`, [
        world.principals.customer.id,
      ]),
    ).toBeGreaterThan(0);
    const twice = await as('admin').rpc('review_document_version', { p_version_id: versionId, p_decision: 'APPROVED' });
    expect(twice.status).toBe(400);
    expect(await count('select count(*) as n from public.document_reviews where document_version_id = $1', [versionId])).toBe(1);
  });
});

describe('payment_links: only through create_payment_link / cancel_payment_link', () => {
  it('an agent (or an admin) cannot insert a link directly: inactive product, e-mail a@b, 1-minute expiry', async () => {
    const inactive = await createProduct(db, { steps: 0 });
    await db.q('update public.products set active = false where id = $1', [inactive.productId]);
    const email = `direct-${randomUUID()}@b`;
    for (const key of ['agent', 'admin'] as const) {
      const { error } = await as(key)
        .from('payment_links')
        .insert({
          product_id: inactive.productId,
          prospect_email: email,
          created_by: world.principals[key].id,
          expires_at: new Date(Date.now() + 60_000).toISOString(),
        });
      expect(error?.code, key).toBe('42501');
    }
    expect(await count('select count(*) as n from public.payment_links where prospect_email = $1', [email])).toBe(0);
  });

  it('the function refuses the same link (400) and creates a valid one with its event', async () => {
    const inactive = await createProduct(db, { steps: 0 });
    await db.q('update public.products set active = false where id = $1', [inactive.productId]);
    const call = (args: Record<string, unknown>) =>
      as('agent').rpc('create_payment_link', { p_product_id: world.catalog.productId, p_prospect_email: 'ok@example.test', ...args });
    for (const bad of [
      { p_product_id: inactive.productId },
      { p_prospect_email: 'a@b' },
      { p_expires_at: new Date(Date.now() + 60_000).toISOString() },
    ]) {
      const answer = await call(bad);
      expect(answer.status, JSON.stringify(bad)).toBe(400);
      expect(answer.error?.code).toBe('22023');
    }
    const ok = await call({});
    expect(ok.error).toBeNull();
    const id = (ok.data as { id: string }[])[0]!.id;
    expect(await count(`select count(*) as n from public.events where entity_id = $1 and event_type = 'PAYMENT_LINK_CREATED'`, [id])).toBe(
      1,
    );
  });

  it('nobody cancels or edits a link by PATCH; cancelling goes through the function', async () => {
    const ok = await as('agent').rpc('create_payment_link', { p_product_id: world.catalog.productId, p_prospect_email: 'c@example.test' });
    const id = (ok.data as { id: string }[])[0]!.id;
    for (const key of ['agent', 'manager', 'admin'] as const) {
      const { error } = await as(key).from('payment_links').update({ cancelled_at: new Date().toISOString() }).eq('id', id);
      expect(error?.code, key).toBe('42501');
    }
    expect(await value('select cancelled_at as v from public.payment_links where id = $1', [id])).toBeNull();
    expect((await as('manager').rpc('cancel_payment_link', { p_payment_link_id: id })).error).toBeNull();
    expect(
      await count(`select count(*) as n from public.events where entity_id = $1 and event_type = 'PAYMENT_LINK_CANCELLED'`, [id]),
    ).toBe(1);
  });
});

describe('orders: cancelled only through cancel_order', () => {
  it('a manager (or an admin) cannot change an order status by PATCH', async () => {
    const orderId = await createOrder(db, { userId: world.principals.customer.id!, productId: world.catalog.productId });
    for (const key of ['manager', 'admin'] as const) {
      const { error } = await as(key).from('orders').update({ status: 'CANCELLED' }).eq('id', orderId);
      expect(error?.code, key).toBe('42501');
    }
    expect(await value('select status as v from public.orders where id = $1', [orderId])).toBe('PENDING');
    const insert = await as('admin').from('orders').insert({
      user_id: world.principals.customer.id,
      product_id: world.catalog.productId,
      amount: 1,
      status: 'PAID',
    });
    expect(insert.error?.code).toBe('42501');
  });

  it('cancel_order cancels an unpaid order with its ORDER_CANCELLED event; 409 for a paid one, 404 for none, 403 for an agent', async () => {
    const orderId = await createOrder(db, { userId: world.principals.customer.id!, productId: world.catalog.productId, status: 'FAILED' });
    const ok = await as('manager').rpc('cancel_order', { p_order_id: orderId });
    expect(ok.error).toBeNull();
    expect(await value('select status as v from public.orders where id = $1', [orderId])).toBe('CANCELLED');
    const events = await db.q<{ actor_id: string }>(
      `select actor_id from public.events where entity_id = $1 and event_type = 'ORDER_CANCELLED'`,
      [orderId],
    );
    expect(events).toEqual([{ actor_id: world.principals.manager.id }]);

    const paid = await createOrder(db, { userId: world.principals.customer.id!, productId: world.catalog.productId, status: 'PAID' });
    const refused = await as('admin').rpc('cancel_order', { p_order_id: paid });
    expect([refused.status, refused.error?.code]).toEqual([409, '55000']);
    expect(await value('select status as v from public.orders where id = $1', [paid])).toBe('PAID');
    const none = await as('manager').rpc('cancel_order', { p_order_id: randomUUID() });
    expect([none.status, none.error?.code]).toEqual([404, 'P0002']);
    const pending = await createOrder(db, { userId: world.principals.customer.id!, productId: world.catalog.productId });
    const agent = await as('agent').rpc('cancel_order', { p_order_id: pending });
    expect([agent.status, agent.error?.code]).toEqual([403, '42501']);
  });
});

describe('status columns: moved by their functions only', () => {
  it('dossier, step and document statuses cannot be written directly by anyone', async () => {
    const dossierId = await createDossier(db, world.principals.customer.id!, world.catalog.productId);
    const stepId = await createStepInstance(db, dossierId, world.catalog.stepIds[0]!, { assignedTo: world.principals.agent.id });
    const documentId = await createDocument(db, dossierId, world.catalog.documentTypeId);
    for (const key of ['manager', 'admin'] as const) {
      expect((await as(key).from('dossiers').update({ status: 'ON_HOLD' }).eq('id', dossierId)).error?.code, key).toBe('42501');
      expect((await as(key).from('step_instances').update({ status: 'COMPLETED' }).eq('id', stepId)).error?.code, key).toBe('42501');
      expect((await as(key).from('documents').update({ status: 'APPROVED' }).eq('id', documentId)).error?.code, key).toBe('42501');
    }
    expect(await value('select status as v from public.dossiers where id = $1', [dossierId])).toBe('QUALIFICATION');
    expect(await value('select status as v from public.step_instances where id = $1', [stepId])).not.toBe('COMPLETED');
    expect(await value('select status as v from public.documents where id = $1', [documentId])).toBe('PENDING');

    const forged = [
      await as('admin')
        .from('dossiers')
        .insert({ user_id: world.principals.customer.id, product_id: world.catalog.productId, type: 'LLC', status: 'COMPLETED' }),
      await as('admin').from('step_instances').insert({ dossier_id: dossierId, step_id: world.catalog.stepIds[1], status: 'COMPLETED' }),
      await as('admin')
        .from('documents')
        .insert({ dossier_id: dossierId, document_type_id: world.catalog.documentTypeId, status: 'APPROVED' }),
    ];
    expect(forged.map((r) => r.error?.code)).toEqual(['42501', '42501', '42501']);

    const changed = await as('manager').rpc('change_dossier_status', { p_dossier_id: dossierId, p_status: 'ON_HOLD', p_note: 'waiting' });
    expect(changed.error).toBeNull();
    expect(
      await count(`select count(*) as n from public.events where entity_id = $1 and event_type = 'DOSSIER_STATUS_CHANGED'`, [dossierId]),
    ).toBe(1);
  });

  it('a manager still assigns a step directly (checked and recorded by triggers)', async () => {
    const dossierId = await createDossier(db, world.principals.customer.id!, world.catalog.productId);
    const stepId = await createStepInstance(db, dossierId, world.catalog.stepIds[0]!);
    expect(
      (await as('manager').from('step_instances').update({ assigned_to: world.principals.agent.id }).eq('id', stepId)).error,
    ).toBeNull();
    expect(await count(`select count(*) as n from public.events where entity_id = $1 and event_type = 'STEP_ASSIGNED'`, [stepId])).toBe(1);
  });

  it('nobody inserts a payment reminder or forges its click (the payment-reminders function does both)', async () => {
    for (const key of ['manager', 'admin'] as const) {
      const { error } = await as(key).from('payment_reminders').insert({
        user_id: world.principals.customer.id,
        order_id: world.ours.orderId,
        sent_via: 'EMAIL',
      });
      expect(error?.code, key).toBe('42501');
    }
    const click = await as('admin')
      .from('payment_reminders')
      .update({ clicked_at: new Date().toISOString() })
      .eq('id', world.ours.reminderId);
    expect(click.error?.code).toBe('42501');
    expect(await value('select clicked_at as v from public.payment_reminders where id = $1', [world.ours.reminderId])).toBeNull();
  });
});

describe('agents: roles and activation only through the team function', () => {
  it('an agent updating their own role to ADMIN is refused and changes nothing', async () => {
    const { data, error } = await as('agent').from('agents').update({ role: 'ADMIN' }).eq('id', world.principals.agent.id!).select('id');
    expect(error?.code ?? (data ?? []).length).toBe(error ? '42501' : 0);
    expect(await value('select role as v from public.agents where id = $1', [world.principals.agent.id])).toBe('AGENT');
  });

  it('not even an admin re-roles, (de)activates or inserts agents directly; renaming stays direct', async () => {
    const target = world.principals.otherAgent.id!;
    expect((await as('admin').from('agents').update({ role: 'MANAGER' }).eq('id', target)).error?.code).toBe('42501');
    expect((await as('admin').from('agents').update({ active: false }).eq('id', target)).error?.code).toBe('42501');
    expect(await value('select role::text || active::text as v from public.agents where id = $1', [target])).toBe('AGENTtrue');
    expect((await as('admin').from('agents').update({ full_name: 'Renamed Agent' }).eq('id', target)).error).toBeNull();
    const insert = await as('admin').from('agents').insert({ id: world.principals.customer.id, email: 'x@example.test', role: 'ADMIN' });
    expect(insert.error?.code).toBe('42501');
  });
});

describe("document_versions.storage_path: the version's own dossier and document", () => {
  it("a customer cannot register a version pointing at another dossier's file", async () => {
    const theirFile = (
      await db.one<{ p: string }>('select storage_path as p from public.document_versions where id = $1', [world.theirs.versionId])
    ).p;
    const id = randomUUID();
    for (const storage_path of [
      theirFile,
      `${world.theirs.dossierId}/${world.ours.documentId}/${id}-scan.pdf`,
      `${world.ours.dossierId}/${world.theirs.documentId}/${id}-scan.pdf`,
      `${world.ours.dossierId}/${world.ours.documentId}/${randomUUID()}-scan.pdf`,
      `${world.ours.dossierId}/${world.ours.documentId}/${id}-`,
      `${world.ours.dossierId}/${world.ours.documentId}/${id}-a/../../x.pdf`,
    ]) {
      const { error } = await as('customer').from('document_versions').insert({
        id,
        document_id: world.ours.documentId,
        storage_path,
        uploaded_by_type: 'USER',
        uploaded_by_id: world.principals.customer.id,
      });
      expect(error?.code, storage_path).toBe('23514');
    }
    expect(await count('select count(*) as n from public.document_versions where id = $1', [id])).toBe(0);
  });

  it('accepts <dossier>/<document>/<version>-<file name>, and an admin cannot move a path elsewhere', async () => {
    const id = randomUUID();
    const storage_path = `${world.ours.dossierId}/${world.ours.documentId}/${id}-passport.pdf`;
    const ok = await as('customer').from('document_versions').insert({
      id,
      document_id: world.ours.documentId,
      storage_path,
      uploaded_by_type: 'USER',
      uploaded_by_id: world.principals.customer.id,
    });
    expect(ok.error).toBeNull();
    const moved = await as('admin')
      .from('document_versions')
      .insert({
        document_id: world.ours.documentId,
        storage_path: `${world.theirs.dossierId}/x/y.pdf`,
        uploaded_by_type: 'AGENT',
        uploaded_by_id: world.principals.admin.id,
      });
    expect(moved.error?.code).toBe('23514');
  });
});

describe('the agent directory: name and role for non-admins', () => {
  it('non-admins read only their own agents row; the directory has names and roles of active agents only', async () => {
    for (const key of ['agent', 'reviewer', 'manager'] as const) {
      const own = await as(key).from('agents').select('id, email, active');
      expect(own.error, key).toBeNull();
      expect(own.data, key).toEqual([{ id: world.principals[key].id, email: world.principals[key].email, active: true }]);
      const dir = await as(key).from('agent_directory').select('*');
      expect(dir.error, key).toBeNull();
      const rows = dir.data as Record<string, unknown>[];
      expect(Object.keys(rows[0]!).sort(), key).toEqual(['full_name', 'id', 'role']);
      const ids = rows.map((r) => r.id);
      expect(ids, key).toContain(world.principals.otherAgent.id);
      expect(ids, key).not.toContain(world.principals.inactiveAgent.id);
      expect((await as(key).from('agent_directory').select('email')).error?.code, key).toBe('42703');
    }
  });

  it('an admin reads every agent with e-mail and active flag; customers read no directory', async () => {
    const all = await as('admin')
      .from('agents')
      .select('id, email, active')
      .in('id', [world.principals.otherAgent.id!, world.principals.inactiveAgent.id!]);
    expect((all.data ?? []).map((r) => r.active).sort()).toEqual([false, true]);
    expect((await as('customer').from('agent_directory').select('id')).data).toEqual([]);
    expect((await as('customer').from('agents').select('id')).data).toEqual([]);
  });

  it('every back-office role still sees assignee names on the dashboard', async () => {
    const dossierId = await createDossier(db, world.principals.customer.id!, world.catalog.productId);
    const stepId = await createStepInstance(db, dossierId, world.catalog.stepIds[0]!, { assignedTo: world.principals.otherAgent.id });
    await db.q(`update public.step_instances set due_at = now() - interval '1 hour' where id = $1`, [stepId]);
    const name = await value('select full_name as v from public.agents where id = $1', [world.principals.otherAgent.id]);
    for (const key of BACK_OFFICE) {
      const { data, error } = await as(key).rpc('overdue_steps');
      expect(error, key).toBeNull();
      const row = (data as { step_instance_id: string; assignee_name: string | null }[]).find((r) => r.step_instance_id === stepId);
      if (row) expect(row.assignee_name, key).toBe(name);
    }
  });
});

describe('"no such ..." is 404 and a wrong state 409, never 500', () => {
  it('maps P0002 to 404 and 55000 to 409 for every business function', async () => {
    const none = randomUUID();
    const calls: [PrincipalKey, string, Record<string, unknown>][] = [
      ['manager', 'cancel_payment_link', { p_payment_link_id: none }],
      ['manager', 'prepare_order_refund', { p_order_id: none }],
      ['manager', 'change_dossier_status', { p_dossier_id: none, p_status: 'ON_HOLD' }],
      ['manager', 'assign_step_instance', { p_step_instance_id: none, p_agent_id: world.principals.agent.id }],
      ['manager', 'complete_step_instance', { p_step_instance_id: none }],
      ['reviewer', 'review_document_version', { p_version_id: none, p_decision: 'APPROVED' }],
      ['admin', 'reorder_product_steps', { p_product_id: none, p_product_step_ids: [] }],
      ['manager', 'cancel_order', { p_order_id: none }],
    ];
    for (const [key, fn, args] of calls) {
      const answer = await as(key).rpc(fn, args);
      expect([answer.status, answer.error?.code], fn).toEqual([404, 'P0002']);
      expect(answer.error?.message, fn).toMatch(/^no such /);
    }
    const anon = await (await clientFor(world.principals.anon)).rpc('get_payment_link', { p_token: 'f'.repeat(32) });
    expect([anon.status, anon.error?.code]).toEqual([404, 'P0002']);
    const badInput = await as('manager').rpc('cancel_order', { p_order_id: 'not-a-uuid' });
    expect([badInput.status, badInput.error?.code]).toEqual([400, '22P02']);
    const paidRefund = await as('manager').rpc('prepare_order_refund', {
      p_order_id: await createOrder(db, { userId: world.principals.customer.id!, productId: world.catalog.productId }),
    });
    expect([paidRefund.status, paidRefund.error?.code]).toEqual([409, '55000']);
  });
});
