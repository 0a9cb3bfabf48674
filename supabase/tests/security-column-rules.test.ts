/**
 * Column-level rules: who may change which column (grants + guard triggers), and the customer
 * portal's own-row writes. Each refusal also checks that nothing changed.
 */
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from './fixtures/api';
import { openDb, type Db } from './fixtures/db';
import { createAuthUser, createCustomer } from './fixtures/people';
import { createOrder } from './fixtures/sales';
import { createDossier, createNotification, createStepInstance } from './fixtures/operations';
import { buildWorld, type World } from './fixtures/world';

let db: Db;
let world: World;
let customer: SupabaseClient;
let agent: SupabaseClient;
let manager: SupabaseClient;
let admin: SupabaseClient;

beforeAll(async () => {
  db = openDb();
  world = await buildWorld(db);
  customer = await clientFor(world.principals.customer);
  agent = await clientFor(world.principals.agent);
  manager = await clientFor(world.principals.manager);
  admin = await clientFor(world.principals.admin);
});
afterAll(async () => {
  await db?.close();
});

const value = async (sql: string, params: unknown[]) => (await db.one<{ v: unknown }>(sql, params)).v;

describe('profiles', () => {
  it('a customer changes their name and phone', async () => {
    const { error } = await customer
      .from('profiles')
      .update({ full_name: 'New Name', phone: '+33 1 23 45 67 89' })
      .eq('id', world.principals.customer.id!);
    expect(error).toBeNull();
    expect(await value('select full_name as v from public.profiles where id = $1', [world.principals.customer.id])).toBe('New Name');
  });

  it('a customer can never change their own status', async () => {
    await db.q(`update public.profiles set status = 'SUSPENDED' where id = $1`, [world.principals.customer.id]);
    const { error } = await customer.from('profiles').update({ status: 'ACTIVE' }).eq('id', world.principals.customer.id!);
    expect(error?.code).toBe('42501');
    expect(await value('select status as v from public.profiles where id = $1', [world.principals.customer.id])).toBe('SUSPENDED');
    await db.q(`update public.profiles set status = 'ACTIVE' where id = $1`, [world.principals.customer.id]);
  });

  it('a customer cannot change columns outside name/phone (no grant)', async () => {
    const { error } = await customer.from('profiles').update({ stripe_customer_id: 'cus_forged' }).eq('id', world.principals.customer.id!);
    expect(error?.code).toBe('42501');
  });

  it("a customer cannot touch another customer's profile", async () => {
    const { data } = await customer
      .from('profiles')
      .update({ full_name: 'Hijack' })
      .eq('id', world.principals.otherCustomer.id!)
      .select('id');
    expect(data ?? []).toEqual([]);
    expect(await value('select full_name as v from public.profiles where id = $1', [world.principals.otherCustomer.id])).not.toBe('Hijack');
  });

  it("an admin changes a customer's status, and only that", async () => {
    const target = await createCustomer(db, { status: 'PENDING' });
    expect((await admin.from('profiles').update({ status: 'SUSPENDED' }).eq('id', target.id)).error).toBeNull();
    expect(await value('select status as v from public.profiles where id = $1', [target.id])).toBe('SUSPENDED');
    const { error } = await admin.from('profiles').update({ full_name: 'Renamed by admin' }).eq('id', target.id);
    expect(error?.code).toBe('42501');
  });

  it('a signed-up user without a profile cannot make themselves a customer, PENDING or ACTIVE (20250601000700)', async () => {
    const user = await createAuthUser(db, 'signup');
    const client = await clientFor({ key: 'customer', id: user.id, email: user.email, isAgent: false });
    const forged = await client.from('profiles').insert({ id: user.id, full_name: 'Me', status: 'ACTIVE' });
    expect(forged.error?.code).toBe('42501');
    const pending = await client.from('profiles').insert({ id: user.id, full_name: 'Me' });
    expect(pending.error?.code).toBe('42501');
    expect(await db.q('select 1 from public.profiles where id = $1', [user.id])).toEqual([]);
  });
});

describe('catalog', () => {
  it("an agent cannot change a product's price; an admin can", async () => {
    const before = await value('select price_amount as v from public.products where id = $1', [world.catalog.productId]);
    const { data } = await agent.from('products').update({ price_amount: 1 }).eq('id', world.catalog.productId).select('id');
    expect(data ?? []).toEqual([]);
    expect(await value('select price_amount as v from public.products where id = $1', [world.catalog.productId])).toBe(before);
    expect((await admin.from('products').update({ price_amount: 123400 }).eq('id', world.catalog.productId)).error).toBeNull();
    expect(await value('select price_amount as v from public.products where id = $1', [world.catalog.productId])).toBe(123400);
  });
});

describe('manager', () => {
  it('changes a dossier status through change_dossier_status (history written with the actor), no column directly', async () => {
    const dossierId = await createDossier(db, world.principals.customer.id!, world.catalog.productId);
    expect((await manager.from('dossiers').update({ status: 'UNDER_REVIEW' }).eq('id', dossierId)).error?.code).toBe('42501');
    expect((await manager.rpc('change_dossier_status', { p_dossier_id: dossierId, p_status: 'UNDER_REVIEW' })).error).toBeNull();
    const history = await db.q<{ new_status: string; changed_by_id: string; changed_by_type: string }>(
      `select new_status, changed_by_id, changed_by_type from public.dossier_status_history where dossier_id = $1 order by created_at desc, id desc limit 1`,
      [dossierId],
    );
    expect(history[0]).toEqual({ new_status: 'UNDER_REVIEW', changed_by_id: world.principals.manager.id, changed_by_type: 'AGENT' });
    const { error } = await manager
      .from('dossiers')
      .update({ metadata: { x: 1 } })
      .eq('id', dossierId);
    expect(error?.code).toBe('42501');
    expect(await value('select metadata as v from public.dossiers where id = $1', [dossierId])).toEqual({});
  });

  it('assigns a step to an active agent (STEP_ASSIGNED event), never to an inactive one, and cannot complete it directly', async () => {
    const dossierId = await createDossier(db, world.principals.customer.id!, world.catalog.productId);
    const stepInstanceId = await createStepInstance(db, dossierId, world.catalog.stepIds[0]!);
    expect(
      (await manager.from('step_instances').update({ assigned_to: world.principals.agent.id }).eq('id', stepInstanceId)).error,
    ).toBeNull();
    const events = await db.q(`select 1 from public.events where event_type = 'STEP_ASSIGNED' and entity_id = $1`, [stepInstanceId]);
    expect(events).toHaveLength(1);
    const inactive = await manager
      .from('step_instances')
      .update({ assigned_to: world.principals.inactiveAgent.id })
      .eq('id', stepInstanceId);
    expect(inactive.error?.code).toBe('23514');
    const complete = await manager.from('step_instances').update({ status: 'COMPLETED' }).eq('id', stepInstanceId);
    expect(complete.error?.code).toBe('42501');
    expect(await value('select assigned_to as v from public.step_instances where id = $1', [stepInstanceId])).toBe(
      world.principals.agent.id,
    );
  });

  it('cancels an unpaid order through cancel_order, not a paid one, and cannot mark an order refunded', async () => {
    const pending = await createOrder(db, { userId: world.principals.customer.id!, productId: world.catalog.productId });
    expect((await manager.rpc('cancel_order', { p_order_id: pending })).error).toBeNull();
    expect(await value('select status as v from public.orders where id = $1', [pending])).toBe('CANCELLED');
    const paid = await createOrder(db, { userId: world.principals.customer.id!, productId: world.catalog.productId, status: 'PAID' });
    expect((await manager.rpc('cancel_order', { p_order_id: paid })).error?.code).toBe('55000');
    // Refunds go through Stripe: no direct status write at all.
    expect((await manager.from('orders').update({ status: 'REFUNDED' }).eq('id', paid)).error?.code).toBe('42501');
    expect(await value('select status as v from public.orders where id = $1', [paid])).toBe('PAID');
  });
});

describe('customer portal writes', () => {
  it('marks own notifications read, and nothing else of them', async () => {
    const notificationId = await createNotification(db, world.principals.customer.id!);
    expect((await customer.from('notifications').update({ read_at: new Date().toISOString() }).eq('id', notificationId)).error).toBeNull();
    expect(await value('select read_at is not null as v from public.notifications where id = $1', [notificationId])).toBe(true);
    const { error } = await customer.from('notifications').update({ title: 'Forged' }).eq('id', notificationId);
    expect(error?.code).toBe('42501');
  });

  it('uploads a version of an own document as themselves only', async () => {
    const id = randomUUID();
    const row = { id, document_id: world.ours.documentId, storage_path: `${world.ours.dossierId}/${world.ours.documentId}/${id}-new.pdf` };
    const asAgent = await customer
      .from('document_versions')
      .insert({ ...row, uploaded_by_type: 'AGENT', uploaded_by_id: world.principals.customer.id });
    expect(asAgent.error?.code).toBe('42501');
    const asOther = await customer
      .from('document_versions')
      .insert({ ...row, uploaded_by_type: 'USER', uploaded_by_id: world.principals.otherCustomer.id });
    expect(asOther.error?.code).toBe('42501');
    const ok = await customer
      .from('document_versions')
      .insert({ ...row, uploaded_by_type: 'USER', uploaded_by_id: world.principals.customer.id });
    expect(ok.error).toBeNull();
  });

  it('sends messages on own dossiers as USER only', async () => {
    const asAgent = await customer
      .from('messages')
      .insert({ dossier_id: world.ours.dossierId, body: 'x', sender_type: 'AGENT', sender_id: world.principals.customer.id });
    expect(asAgent.error?.code).toBe('42501');
    const ok = await customer
      .from('messages')
      .insert({ dossier_id: world.ours.dossierId, body: 'Hello', sender_type: 'USER', sender_id: world.principals.customer.id });
    expect(ok.error).toBeNull();
    const other = await customer
      .from('messages')
      .insert({ dossier_id: world.theirs.dossierId, body: 'x', sender_type: 'USER', sender_id: world.principals.customer.id });
    expect(other.error?.code).toBe('42501');
  });
});

describe('insert columns', () => {
  it("an agent creates a link through create_payment_link only: token and payment state are the server's", async () => {
    const base = { product_id: world.catalog.productId, prospect_email: 'p@example.test', created_by: world.principals.agent.id };
    const forged = await agent.from('payment_links').insert({ ...base, token: 'a'.repeat(32) });
    expect(forged.error?.code).toBe('42501');
    expect((await agent.from('payment_links').insert(base)).error?.code).toBe('42501');
    const ok = await agent.rpc('create_payment_link', { p_product_id: base.product_id, p_prospect_email: base.prospect_email });
    expect(ok.error).toBeNull();
    const link = (ok.data as { id: string; token: string }[])[0]!;
    expect(link.token).toMatch(/^[0-9a-f]{32}$/);
    expect(await value('select used_at as v from public.payment_links where id = $1', [link.id])).toBeNull();
  });

  it('a customer cannot choose the version number or the upload time of a version', async () => {
    const id = randomUUID();
    const row = {
      id,
      document_id: world.ours.documentId,
      storage_path: `${world.ours.dossierId}/${world.ours.documentId}/${id}-forged.pdf`,
      uploaded_by_type: 'USER',
      uploaded_by_id: world.principals.customer.id,
    };
    expect((await customer.from('document_versions').insert({ ...row, version_number: 99 })).error?.code).toBe('42501');
    expect((await customer.from('document_versions').insert({ ...row, uploaded_at: '2000-01-01T00:00:00Z' })).error?.code).toBe('42501');
  });
});

describe('privileges', () => {
  it('anon has no table privilege in public; nobody but the service role may TRUNCATE', async () => {
    const rows = await db.q<{ relname: string; anon: boolean; truncate: boolean }>(`
      select c.relname,
             has_table_privilege('anon', c.oid, 'SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER') as anon,
             has_table_privilege('authenticated', c.oid, 'TRUNCATE') as truncate
      from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'`);
    expect(rows.filter((r) => r.anon || r.truncate)).toEqual([]);
  });

  it("anon may execute exactly the public pages' functions: the checkout's get_payment_link and the result page's checkout_result", async () => {
    const rows = await db.q<{ name: string }>(`
      select p.proname as name from pg_proc p
      where p.pronamespace = 'public'::regnamespace and has_function_privilege('anon', p.oid, 'EXECUTE')
      order by 1`);
    expect(rows.map((r) => r.name)).toEqual(['checkout_result', 'get_payment_link']);
  });

  it('an inactive agent is not a customer either', async () => {
    const inactive = await clientFor(world.principals.inactiveAgent);
    const { data } = await inactive.from('products').select('id');
    expect(data ?? []).toEqual([]);
    const signup = await inactive.from('profiles').insert({ id: world.principals.inactiveAgent.id!, full_name: 'Me' });
    expect(signup.error?.code).toBe('42501');
  });
});
