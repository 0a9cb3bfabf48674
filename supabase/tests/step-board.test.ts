/**
 * The step board read model and the operations views through PostgREST with real tokens
 * (migrations 20250601000820..0823): step_board (columns and "overdue" computed in SQL, paged on
 * the server with exact counts, no cap), step_workloads, assignable_agents and the rule
 * assign_step_instance shares with it, dossier_reviews, dossier_lookup and the agent's
 * dashboard counts, as a manager, an agent (row-level security applies: SECURITY INVOKER
 * views) and a customer.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from './fixtures/api';
import { createProduct, type Catalog } from './fixtures/catalog';
import { openDb, type Db } from './fixtures/db';
import { readModelDrift, type ReadModel } from './fixtures/read-models';
import { createDocument, createDossier, createReview, createStepInstance, createVersion } from './fixtures/operations';
import { createAgent, createCustomer } from './fixtures/people';

let db: Db;
let catalog: Catalog;
let manager: SupabaseClient;
let agentClient: SupabaseClient;
let customerClient: SupabaseClient;
let agent: { id: string; email: string };
let reviewerId: string;
let customerName: string;
/** One dossier assigned to `agent` with an overdue, a due-later and a completed step. */
let mine: { dossierId: string; overdueId: string; laterId: string; doneId: string; versionId: string };
/** A dossier of another customer, its one step unassigned (the agent may not see it). */
let theirs: { dossierId: string; stepId: string };

const principal = (key: string, user: { id: string; email: string }, isAgent: boolean) =>
  ({ key, id: user.id, email: user.email, isAgent }) as Parameters<typeof clientFor>[0];

beforeAll(async () => {
  db = openDb();
  catalog = await createProduct(db, { steps: 3 });
  const managerUser = await createAgent(db, 'MANAGER');
  agent = await createAgent(db, 'AGENT', { label: 'board-agent' });
  reviewerId = (await createAgent(db, 'REVIEWER')).id;
  const customer = await createCustomer(db, { label: 'board-customer' });
  customerName = `Board Customer ${customer.id.slice(0, 8)}`;
  await db.q('update public.profiles set full_name = $2 where id = $1', [customer.id, customerName]);
  const other = await createCustomer(db, { label: 'board-other' });
  manager = await clientFor(principal('manager', managerUser, true));
  agentClient = await clientFor(principal('agent', agent, true));
  customerClient = await clientFor(principal('customer', customer, false));

  const dossierId = await createDossier(db, customer.id, catalog.productId);
  const overdueId = await createStepInstance(db, dossierId, catalog.stepIds[0]!, {
    assignedTo: agent.id,
    status: 'IN_PROGRESS',
    current: true,
  });
  const laterId = await createStepInstance(db, dossierId, catalog.stepIds[1]!, { assignedTo: agent.id });
  const doneId = await createStepInstance(db, dossierId, catalog.stepIds[2]!, { assignedTo: agent.id, status: 'COMPLETED' });
  await db.q(`update public.step_instances set due_at = now() - interval '5 hours' where id = $1`, [overdueId]);
  await db.q(`update public.step_instances set due_at = now() + interval '2 days' where id = $1`, [laterId]);
  const approved = await createDocument(db, dossierId, catalog.documentTypeId, overdueId);
  await db.q(`update public.documents set status = 'APPROVED' where id = $1`, [approved]);
  const pending = await createDocument(db, dossierId, catalog.documentTypeId, overdueId);
  const versionId = await createVersion(db, pending, customer.id);
  await createReview(db, versionId, reviewerId, 'APPROVED');
  mine = { dossierId, overdueId, laterId, doneId, versionId };

  const theirDossier = await createDossier(db, other.id, catalog.productId);
  theirs = { dossierId: theirDossier, stepId: await createStepInstance(db, theirDossier, catalog.stepIds[0]!, { status: 'IN_PROGRESS' }) };
});
afterAll(async () => {
  await db?.close();
});

const boardOf = async (client: SupabaseClient, dossierIds: string[]) => {
  const { data, error } = await client.from('step_board').select('*').in('dossier_id', dossierIds).order('due_at');
  expect(error).toBeNull();
  return data ?? [];
};

/** The ids the board's search finds for `q` (sorted), and the error. */
const boardSearch = async (client: SupabaseClient, q: string) => {
  const { data, error } = await client.rpc('search_step_board', { q }, { get: true }).select('id');
  return { ids: ((data ?? []) as { id: string }[]).map((row) => row.id).sort(), error };
};

describe('step_board', () => {
  it('has every open step with its column, overdue flag and documents counted in SQL (completed steps left out)', async () => {
    const rows = await boardOf(manager, [mine.dossierId, theirs.dossierId]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect([...byId.keys()].sort()).toEqual([mine.overdueId, mine.laterId, theirs.stepId].sort());
    expect(byId.get(mine.overdueId)).toMatchObject({
      board_column: 'overdue',
      overdue: true,
      is_current: true,
      customer_name: customerName,
      step_label: expect.any(String),
      documents_total: 2,
      documents_approved: 1,
    });
    expect(Number(byId.get(mine.overdueId)!.overdue_hours)).toBeGreaterThanOrEqual(4.99);
    expect(byId.get(mine.laterId)).toMatchObject({ board_column: 'assigned', overdue: false, overdue_hours: null });
    expect(byId.get(theirs.stepId)).toMatchObject({ board_column: 'unassigned', overdue: false });
  });

  it('lets an agent see only the steps of the dossiers they may read', async () => {
    const rows = await boardOf(agentClient, [mine.dossierId, theirs.dossierId]);
    expect(rows.map((row) => row.id).sort()).toEqual([mine.overdueId, mine.laterId].sort());
    expect(await boardOf(customerClient, [theirs.dossierId])).toEqual([]);
  });

  it('finds steps by customer name (search_text) and pages past 500 with an exact count', async () => {
    // search_step_board (20250601000922): words in order, case-insensitive, under the caller's policy
    const both = [mine.overdueId, mine.laterId].sort();
    expect(await boardSearch(manager, customerName.toUpperCase())).toEqual({ ids: both, error: null });
    const words = customerName.split(' ');
    expect((await boardSearch(manager, `${words[0]} ${words[2]}`)).ids).toEqual(both);
    expect((await boardSearch(manager, `${words[2]} ${words[0]}`)).ids).toEqual([]);
    expect((await boardSearch(agentClient, customerName)).ids).toEqual(both);
    // their dossier matches its id, but the agent may not read it
    expect((await boardSearch(agentClient, theirs.dossierId.slice(0, 8))).ids).toEqual([]);
    expect((await boardSearch(manager, theirs.dossierId.slice(0, 8))).ids).toEqual([theirs.stepId]);
    expect((await boardSearch(manager, '   ')).ids).toEqual([]);
    expect((await boardSearch(manager, 'x'.repeat(201))).error?.code).toBe('22023');

    // 520 open steps on one dossier: every one reachable, counted exactly.
    const bulk = await createDossier(db, (await createCustomer(db, { label: 'board-bulk' })).id, catalog.productId);
    await db.q(`insert into public.step_instances (dossier_id, step_id, status) select $1, $2, 'PENDING' from generate_series(1, 520)`, [
      bulk,
      catalog.stepIds[1],
    ]);
    const last = await manager
      .from('step_board')
      .select('id', { count: 'exact' })
      .eq('dossier_id', bulk)
      .eq('board_column', 'unassigned')
      .order('id')
      .range(500, 524);
    expect(last.error).toBeNull();
    expect(last.count).toBe(520);
    expect(last.data).toHaveLength(20);
  });
});

/** The board's read model against its definition (private.step_board_source), for these dossiers. */
const STEP_BOARD: ReadModel = {
  model: 'private.step_board_items',
  source: 'private.step_board_source',
  columns: `id, dossier_id, step_id, status, assigned_to, started_at, due_at, created_at, step_label, step_code,
    dossier_type, dossier_status, customer_id, customer_name, search_text`,
  key: 'id',
};
const boardDrift = (dossierIds: string[]) => readModelDrift(db, STEP_BOARD, 'dossier_id = any($1::uuid[])', [dossierIds]);

describe('the read model private.step_board_items', () => {
  it('stays exact (triggers) through every write that moves a row', async () => {
    const customer = await createCustomer(db, { label: 'board-model' });
    const dossierId = await createDossier(db, customer.id, catalog.productId);
    const other = await createDossier(db, customer.id, catalog.productId);
    const ids = [dossierId, other];
    const first = await createStepInstance(db, dossierId, catalog.stepIds[0]!, { status: 'IN_PROGRESS' });
    const second = await createStepInstance(db, dossierId, catalog.stepIds[1]!);
    await createStepInstance(db, other, catalog.stepIds[0]!);
    expect(await boardDrift(ids)).toEqual([]);

    const writes = [
      // assignment, due date, reassignment
      [`update public.step_instances set assigned_to = $1, due_at = now() - interval '1 hour' where id = $2`, [agent.id, first]],
      [`update public.step_instances set assigned_to = null where id = $1`, [first]],
      // the step, the dossier and the customer the row copies from
      [`update public.steps set label = label || ' (renamed)' where id = $1`, [catalog.stepIds[1]]],
      [`update public.dossiers set status = 'IN_PROGRESS' where id = $1`, [dossierId]],
      [`update public.profiles set full_name = 'Renamed Board Customer' where id = $1`, [customer.id]],
      // completed: leaves the board; a step of another dossier moved here
      [`update public.step_instances set status = 'COMPLETED' where id = $1`, [second]],
      [`update public.step_instances set dossier_id = $1 where dossier_id = $2`, [dossierId, other]],
    ] as const;
    for (const [sql, params] of writes) {
      await db.q(sql, [...params]);
      expect(await boardDrift(ids), sql).toEqual([]);
    }
    const rows = await db.q<{ id: string; customer_name: string }>(
      'select id, customer_name from private.step_board_items where dossier_id = $1 order by id',
      [dossierId],
    );
    expect(rows.map((row) => row.id)).not.toContain(second);
    expect(new Set(rows.map((row) => row.customer_name))).toEqual(new Set(['Renamed Board Customer']));

    // a deleted dossier takes its rows with it (foreign key cascade)
    await db.q('delete from public.dossiers where id = $1', [dossierId]);
    expect(await db.q('select 1 from private.step_board_items where dossier_id = $1', [dossierId])).toEqual([]);
    await db.q(`update public.steps set label = replace(label, ' (renamed)', '') where id = $1`, [catalog.stepIds[1]]);
  });

  it('is read-only through the API: the view and the table refuse writes', async () => {
    const insert = await manager.from('step_board').insert({ id: theirs.stepId } as never);
    expect(insert.error?.code).toBe('42501');
    const { privilege } = await db.one<{ privilege: boolean }>(
      `select pg_catalog.has_table_privilege('authenticated', 'private.step_board_items', 'insert, update, delete') as privilege`,
    );
    expect(privilege).toBe(false);
  });
});

describe('workloads and who may be assigned', () => {
  it('counts open and overdue steps per assignable agent in SQL', async () => {
    const { data, error } = await manager.from('step_workloads').select('*').eq('agent_id', agent.id);
    expect(error).toBeNull();
    expect(data).toEqual([expect.objectContaining({ agent_id: agent.id, open_count: 2, overdue_count: 1 })]);
    const customers = await customerClient.from('step_workloads').select('*');
    expect(customers.data).toEqual([]);
  });

  it('offers only active AGENTs, and assign_step_instance refuses anyone else, changing nothing', async () => {
    const { data } = await manager.from('assignable_agents').select('id');
    const ids = (data ?? []).map((row) => row.id);
    expect(ids).toContain(agent.id);
    expect(ids).not.toContain(reviewerId);
    const refused = await manager.rpc('assign_step_instance', { p_step_instance_id: theirs.stepId, p_agent_id: reviewerId });
    expect(refused.error?.code).toBe('23514');
    expect((await db.one('select assigned_to from public.step_instances where id = $1', [theirs.stepId])).assigned_to).toBeNull();
    const assigned = await manager.rpc('assign_step_instance', { p_step_instance_id: theirs.stepId, p_agent_id: agent.id });
    expect(assigned.error).toBeNull();
    const rows = await boardOf(manager, [theirs.dossierId]);
    expect(rows[0]).toMatchObject({ board_column: 'assigned', assigned_to: agent.id });
    expect((await customerClient.from('assignable_agents').select('id')).data).toEqual([]);
  });
});

describe('timeline reviews, dossier look-up, agent dashboard', () => {
  it("reads a dossier's reviews from dossier_reviews under the caller's RLS", async () => {
    const asManager = await manager.from('dossier_reviews').select('*').eq('dossier_id', mine.dossierId);
    expect(asManager.data).toEqual([
      expect.objectContaining({ document_version_id: mine.versionId, decision: 'APPROVED', file_name: 'scan.pdf' }),
    ]);
    const asCustomerOfOther = await customerClient.from('dossier_reviews').select('id').eq('dossier_id', theirs.dossierId);
    expect(asCustomerOfOther.data).toEqual([]);
  });

  it('finds a dossier by customer or id prefix, only among those the caller may read', async () => {
    const byName = await manager.from('dossier_lookup').select('id').ilike('search_text', `*${customerName.toLowerCase()}*`);
    expect(byName.data?.map((row) => row.id)).toEqual([mine.dossierId]);
    const byId = await agentClient
      .from('dossier_lookup')
      .select('id')
      .ilike('search_text', `*${mine.dossierId.slice(0, 13)}*`);
    expect(byId.data?.map((row) => row.id)).toEqual([mine.dossierId]);
    const unseen = await createDossier(db, (await createCustomer(db, { label: 'board-unseen' })).id, catalog.productId);
    const hidden = await agentClient.from('dossier_lookup').select('id').eq('id', unseen);
    expect(hidden.error).toBeNull();
    expect(hidden.data).toEqual([]);
    expect((await manager.from('dossier_lookup').select('id').eq('id', unseen)).data).toEqual([{ id: unseen }]);
  });

  it("counts the agent's own open steps and links in SQL, and refuses customers", async () => {
    const steps = await agentClient.rpc('my_open_steps_summary');
    expect(steps.error).toBeNull();
    // Two of "mine" and the step of "theirs" assigned above.
    expect(steps.data).toEqual([expect.objectContaining({ open_count: 3, overdue_count: 1 })]);
    // the next due date ahead, as the step instances say (20250601000924 reads the read model)
    const next = await db.one<{ due_at: Date }>(
      `select min(due_at) as due_at from public.step_instances
       where assigned_to = $1 and completed_at is null and status in ('PENDING', 'IN_PROGRESS') and due_at >= now()`,
      [agent.id],
    );
    expect(Date.parse(steps.data![0].next_due_at)).toBe(next.due_at.getTime());
    const links = await agentClient.rpc('my_payment_links_summary', { p_from: '2025-01-01T00:00:00Z', p_to: '2030-01-01T00:00:00Z' });
    expect(links.error).toBeNull();
    expect(links.data?.map((row: { state: string }) => row.state)).toEqual(['used', 'active', 'expired', 'cancelled']);
    expect(
      (await agentClient.rpc('my_payment_links_summary', { p_from: '2026-02-01T00:00:00Z', p_to: '2026-01-01T00:00:00Z' })).error?.code,
    ).toBe('22023');
    expect((await customerClient.rpc('my_open_steps_summary')).error?.code).toBe('42501');
  });
});
