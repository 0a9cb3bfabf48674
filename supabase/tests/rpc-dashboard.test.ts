/**
 * Dashboard aggregates through rpc. Each test writes rows dated in a period of its own (far in
 * the future) so the figures are exact whatever else the shared test database holds.
 */
import { describe, expect, it } from 'vitest';
import { createOrder, createPaymentLink } from './fixtures/sales';
import { createDocument, createDossier, createReview, createStepInstance, createVersion } from './fixtures/operations';
import type { PrincipalKey } from './fixtures/world';
import { worldWithClients } from './fixtures/world-clients';

const t = worldWithClients();
const client = t.client;

async function order(status: string, at: string, amount: number) {
  const id = await createOrder(t.db, { userId: t.world.principals.customer.id!, productId: t.world.catalog.productId, status, amount });
  await t.db.q(
    `update public.orders set created_at = $2, paid_at = case when paid_at is null then null else $2::timestamptz end where id = $1`,
    [id, at],
  );
  return id;
}

describe('revenue_by_period', () => {
  it('sums PAID orders per UTC day, with empty days, and refunds apart', async () => {
    await order('PAID', '2041-03-01T10:00:00Z', 1000);
    await order('PAID', '2041-03-01T23:59:59Z', 500);
    await order('REFUNDED', '2041-03-03T08:00:00Z', 700);
    await order('PENDING', '2041-03-02T08:00:00Z', 9999);
    const { data, error } = await client('manager').rpc('revenue_by_period', {
      p_from: '2041-03-01T00:00:00Z',
      p_to: '2041-03-04T00:00:00Z',
      p_bucket: 'day',
    });
    expect(error).toBeNull();
    expect(data).toEqual([
      { bucket_start: '2041-03-01T00:00:00+00:00', currency: 'USD', orders_count: 2, revenue: 1500, refunded: 0 },
      { bucket_start: '2041-03-02T00:00:00+00:00', currency: 'USD', orders_count: 0, revenue: 0, refunded: 0 },
      { bucket_start: '2041-03-03T00:00:00+00:00', currency: 'USD', orders_count: 0, revenue: 0, refunded: 700 },
    ]);
    const months = await client('admin').rpc('revenue_by_period', {
      p_from: '2041-01-01T00:00:00Z',
      p_to: '2041-04-01T00:00:00Z',
      p_bucket: 'month',
    });
    expect((months.data as { revenue: number }[]).map((r) => r.revenue)).toEqual([0, 0, 1500]);
  });

  it('refuses bad buckets and periods, and callers other than managers and admins', async () => {
    const call = (key: PrincipalKey, args: Record<string, unknown>) => client(key).rpc('revenue_by_period', args);
    const period = { p_from: '2041-03-01T00:00:00Z', p_to: '2041-03-04T00:00:00Z' };
    expect((await call('manager', { ...period, p_bucket: 'hour' })).error?.code).toBe('22023');
    expect((await call('manager', { p_from: period.p_to, p_to: period.p_from })).error?.code).toBe('22023');
    for (const key of ['agent', 'reviewer', 'customer', 'inactiveAgent'] as const) {
      expect((await call(key, period)).error?.code, key).toBe('42501');
    }
    expect((await call('anon', period)).error).not.toBeNull();
  });
});

describe('orders_by_status', () => {
  it('counts orders created in the period, every status listed', async () => {
    await order('PENDING', '2042-05-01T10:00:00Z', 100);
    await order('PENDING', '2042-05-02T10:00:00Z', 100);
    await order('PAID', '2042-05-03T10:00:00Z', 300);
    const { data, error } = await client('manager').rpc('orders_by_status', {
      p_from: '2042-05-01T00:00:00Z',
      p_to: '2042-06-01T00:00:00Z',
    });
    expect(error).toBeNull();
    expect(data).toEqual([
      { status: 'PENDING', orders_count: 2, amount: 200 },
      { status: 'PAID', orders_count: 1, amount: 300 },
      { status: 'FAILED', orders_count: 0, amount: 0 },
      { status: 'REFUNDED', orders_count: 0, amount: 0 },
      { status: 'CANCELLED', orders_count: 0, amount: 0 },
    ]);
  });
});

describe('payment_link_conversion', () => {
  it('counts links by outcome and the conversion rate', async () => {
    const at = '2043-01-10T00:00:00Z';
    const used = await createPaymentLink(t.db, t.world.catalog.productId, t.world.principals.agent.id, {
      usedBy: t.world.principals.customer.id!,
    });
    const cancelled = await createPaymentLink(t.db, t.world.catalog.productId, t.world.principals.agent.id);
    const active = await createPaymentLink(t.db, t.world.catalog.productId, t.world.principals.agent.id);
    const active2 = await createPaymentLink(t.db, t.world.catalog.productId, t.world.principals.agent.id);
    await t.db.q(`update public.payment_links set created_at = $2 where id = any($1)`, [[used, cancelled, active, active2], at]);
    await t.db.q(`update public.payment_links set cancelled_at = now() where id = $1`, [cancelled]);
    const { data, error } = await client('admin').rpc('payment_link_conversion', {
      p_from: '2043-01-01T00:00:00Z',
      p_to: '2043-02-01T00:00:00Z',
    });
    expect(error).toBeNull();
    expect(data).toEqual([
      { links_created: 4, links_used: 1, links_cancelled: 1, links_expired: 0, links_active: 2, conversion_rate: 0.25 },
    ]);
  });
});

describe('dossier_pipeline', () => {
  it('counts dossiers by type and status', async () => {
    const count = async () => {
      const { data } = await client('manager').rpc('dossier_pipeline');
      return (
        (data as { type: string; status: string; dossiers_count: number }[]).find((r) => r.type === 'LLC' && r.status === 'ON_HOLD')
          ?.dossiers_count ?? 0
      );
    };
    const before = await count();
    const dossierId = await createDossier(t.db, t.world.principals.customer.id!, t.world.catalog.productId);
    await t.db.q(`update public.dossiers set status = 'ON_HOLD' where id = $1`, [dossierId]);
    expect(await count()).toBe(before + 1);
    expect((await client('agent').rpc('dossier_pipeline')).error?.code).toBe('42501');
  });
});

describe('avg_time_per_step', () => {
  it('averages started -> completed hours per step', async () => {
    const dossierId = await createDossier(t.db, t.world.principals.customer.id!, t.world.catalog.productId);
    const stepId = t.world.catalog.stepIds[1]!;
    for (const hours of [2, 4]) {
      const id = await createStepInstance(t.db, dossierId, stepId);
      await t.db.q(
        `update public.step_instances set status = 'COMPLETED', started_at = $2::timestamptz,
           completed_at = $2::timestamptz + make_interval(hours => $3) where id = $1`,
        [id, '2044-02-01T00:00:00Z', hours],
      );
    }
    const { data, error } = await client('manager').rpc('avg_time_per_step', {
      p_from: '2044-02-01T00:00:00Z',
      p_to: '2044-03-01T00:00:00Z',
    });
    expect(error).toBeNull();
    expect(data).toEqual([expect.objectContaining({ step_id: stepId, completed_count: 2, avg_hours: 3, max_hours: 4 })]);
  });
});

describe('review_throughput and review_queue_age', () => {
  it('counts approvals and rejections per bucket', async () => {
    const dossierId = await createDossier(t.db, t.world.principals.customer.id!, t.world.catalog.productId);
    const documentId = await createDocument(t.db, dossierId, t.world.catalog.documentTypeId);
    for (const [decision, at] of [
      ['APPROVED', '2045-07-01T09:00:00Z'],
      ['APPROVED', '2045-07-01T10:00:00Z'],
      ['REJECTED', '2045-07-02T10:00:00Z'],
    ] as const) {
      const review = await createReview(
        t.db,
        await createVersion(t.db, documentId, t.world.principals.customer.id!),
        t.world.principals.reviewer.id!,
        decision,
      );
      await t.db.q('update public.document_reviews set created_at = $2 where id = $1', [review, at]);
    }
    const { data, error } = await client('admin').rpc('review_throughput', {
      p_from: '2045-07-01T00:00:00Z',
      p_to: '2045-07-03T00:00:00Z',
    });
    expect(error).toBeNull();
    expect(data).toEqual([
      { bucket_start: '2045-07-01T00:00:00+00:00', approved: 2, rejected: 0 },
      { bucket_start: '2045-07-02T00:00:00+00:00', approved: 0, rejected: 1 },
    ]);
  });

  it('gives reviewers the queue size and its age', async () => {
    const dossierId = await createDossier(t.db, t.world.principals.customer.id!, t.world.catalog.productId);
    const documentId = await createDocument(t.db, dossierId, t.world.catalog.documentTypeId);
    const versionId = await createVersion(t.db, documentId, t.world.principals.customer.id!);
    await t.db.q(`update public.document_versions set uploaded_at = now() - interval '1000 hours' where id = $1`, [versionId]);
    const { data, error } = await client('reviewer').rpc('review_queue_age');
    expect(error).toBeNull();
    const row = (data as { pending_versions: number; max_age_hours: number }[])[0]!;
    expect(row.pending_versions).toBeGreaterThanOrEqual(1);
    expect(row.max_age_hours).toBeGreaterThanOrEqual(1000);
    expect((await client('agent').rpc('review_queue_age')).error?.code).toBe('42501');
  });
});

describe('overdue_steps', () => {
  it('lists open steps past due; an agent sees only the steps of their own dossiers', async () => {
    const mine = await createStepInstance(t.db, t.world.ours.dossierId, t.world.catalog.stepIds[1]!, {
      assignedTo: t.world.principals.agent.id,
    });
    const theirs = await createStepInstance(t.db, t.world.theirs.dossierId, t.world.catalog.stepIds[1]!, {
      assignedTo: t.world.principals.otherAgent.id,
    });
    await t.db.q(`update public.step_instances set due_at = now() - interval '5 hours' where id = any($1)`, [[mine, theirs]]);
    const ids = async (key: PrincipalKey) =>
      ((await client(key).rpc('overdue_steps')).data as { step_instance_id: string }[]).map((r) => r.step_instance_id);
    expect(await ids('manager')).toEqual(expect.arrayContaining([mine, theirs]));
    const agentSees = await ids('agent');
    expect(agentSees).toContain(mine);
    expect(agentSees).not.toContain(theirs);
    expect((await client('customer').rpc('overdue_steps')).error?.code).toBe('42501');
  });
});
