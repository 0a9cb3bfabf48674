/**
 * Workflow functions through PostgREST rpc with real tokens: review_document_version,
 * complete_step_instance, assign_step_instance, change_dossier_status.
 * Happy paths with every row they write, and each refusal (which changes nothing).
 */
import { describe, expect, it } from 'vitest';
import { createStepInstance, createVersion } from './fixtures/operations';
import type { PrincipalKey } from './fixtures/world';
import { worldWithClients } from './fixtures/world-clients';
import { createWorkflowDossier } from './fixtures/workflow';

const t = worldWithClients();
const client = t.client;

const customerId = () => t.world.principals.customer.id!;
const agentId = () => t.world.principals.agent.id!;

async function reviewsOf(versionId: string) {
  return t.db.q<{ reviewer_id: string; decision: string; notes: string | null }>(
    'select reviewer_id, decision, notes from public.document_reviews where document_version_id = $1',
    [versionId],
  );
}

describe('review_document_version', () => {
  it('approving the last required document completes the step and moves the dossier on', async () => {
    const wf = await createWorkflowDossier(t.db, customerId(), agentId());
    const { data, error } = await client('reviewer').rpc('review_document_version', {
      p_version_id: wf.versionId,
      p_decision: 'APPROVED',
      p_notes: 'Looks good',
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({ document_version_id: wf.versionId, reviewer_id: t.world.principals.reviewer.id, decision: 'APPROVED' });
    expect(await reviewsOf(wf.versionId)).toEqual([
      { reviewer_id: t.world.principals.reviewer.id, decision: 'APPROVED', notes: 'Looks good' },
    ]);

    const doc = await t.db.one('select status from public.documents where id = $1', [wf.documentId]);
    expect(doc.status).toBe('APPROVED');
    const event = await t.db.one<{ id: string; actor_id: string; actor_type: string; payload: Record<string, unknown> }>(
      `select id, actor_id, actor_type, payload from public.events where event_type = 'DOCUMENT_REVIEWED' and entity_id = $1`,
      [wf.documentId],
    );
    expect(event).toMatchObject({ actor_id: t.world.principals.reviewer.id, actor_type: 'AGENT' });
    expect(event.payload).toMatchObject({ decision: 'APPROVED', version_id: wf.versionId, dossier_id: wf.dossierId });
    const notification = await t.db.one('select user_id, title, event_id from public.notifications where event_id = $1', [event.id]);
    expect(notification).toMatchObject({ user_id: customerId(), event_id: event.id });
    expect(notification.title).toMatch(/approved/);

    const step = await t.db.one('select status, completed_at from public.step_instances where id = $1', [wf.stepInstanceId]);
    expect(step.status).toBe('COMPLETED');
    expect(step.completed_at).not.toBeNull();
    const dossier = await t.db.one<{ status: string; step_id: string; si_status: string }>(
      `select d.status, si.step_id, si.status as si_status from public.dossiers d
       join public.step_instances si on si.id = d.current_step_instance_id where d.id = $1`,
      [wf.dossierId],
    );
    expect(dossier).toEqual({ status: 'IN_PROGRESS', step_id: wf.catalog.stepIds[1], si_status: 'IN_PROGRESS' });
    const completed = await t.db.q(`select 1 from public.events where event_type = 'STEP_COMPLETED' and entity_id = $1`, [
      wf.stepInstanceId,
    ]);
    expect(completed).toHaveLength(1);
  });

  it('rejecting needs notes, tells the customer why and leaves the step open', async () => {
    const wf = await createWorkflowDossier(t.db, customerId(), agentId());
    const noNotes = await client('reviewer').rpc('review_document_version', { p_version_id: wf.versionId, p_decision: 'REJECTED' });
    expect(noNotes.error?.code).toBe('22023');
    expect(await reviewsOf(wf.versionId)).toEqual([]);

    const { error } = await client('admin').rpc('review_document_version', {
      p_version_id: wf.versionId,
      p_decision: 'REJECTED',
      p_notes: 'Blurry scan',
    });
    expect(error).toBeNull();
    expect((await t.db.one('select status from public.documents where id = $1', [wf.documentId])).status).toBe('REJECTED');
    const notification = await t.db.one<{ body: string }>(
      `select n.body from public.notifications n join public.events e on e.id = n.event_id
       where e.entity_id = $1 and e.event_type = 'DOCUMENT_REVIEWED'`,
      [wf.documentId],
    );
    expect(notification.body).toContain('Blurry scan');
    expect((await t.db.one('select status from public.step_instances where id = $1', [wf.stepInstanceId])).status).toBe('IN_PROGRESS');
  });

  it('refuses bad input, unknown versions and callers who are not reviewers or admins', async () => {
    const wf = await createWorkflowDossier(t.db, customerId(), agentId());
    const bad = await client('reviewer').rpc('review_document_version', { p_version_id: wf.versionId, p_decision: 'MAYBE' });
    expect(bad.error?.code).toBe('22023');
    const unknown = await client('reviewer').rpc('review_document_version', {
      p_version_id: '00000000-0000-4000-8000-000000000000',
      p_decision: 'APPROVED',
    });
    expect(unknown.error?.code).toBe('P0002');
    for (const key of ['agent', 'manager', 'customer', 'inactiveAgent'] as const) {
      const { error } = await client(key).rpc('review_document_version', { p_version_id: wf.versionId, p_decision: 'APPROVED' });
      expect(error?.code, key).toBe('42501');
    }
    const anon = await client('anon').rpc('review_document_version', { p_version_id: wf.versionId, p_decision: 'APPROVED' });
    expect(anon.error).not.toBeNull();
    expect(await reviewsOf(wf.versionId)).toEqual([]);
    expect((await t.db.one('select status from public.documents where id = $1', [wf.documentId])).status).toBe('PENDING');
  });

  it('refuses a version already reviewed, and an outdated version', async () => {
    const wf = await createWorkflowDossier(t.db, customerId(), agentId());
    expect(
      (await client('reviewer').rpc('review_document_version', { p_version_id: wf.versionId, p_decision: 'REJECTED', p_notes: 'No' }))
        .error,
    ).toBeNull();
    const again = await client('reviewer').rpc('review_document_version', { p_version_id: wf.versionId, p_decision: 'APPROVED' });
    expect(again.error?.code).toBe('P0001');
    expect(again.error?.message).toMatch(/already been reviewed/);

    const newer = await createVersion(t.db, wf.documentId, customerId());
    const older = await t.db.one<{ id: string }>(
      'select id from public.document_versions where document_id = $1 and id <> $2 order by version_number limit 1',
      [wf.documentId, newer],
    );
    const outdated = await client('reviewer').rpc('review_document_version', { p_version_id: older.id, p_decision: 'APPROVED' });
    expect(outdated.error?.code).toBe('P0001');
    expect(await reviewsOf(wf.versionId)).toHaveLength(1);
  });

  it('two concurrent reviews of one version: exactly one review row', async () => {
    const wf = await createWorkflowDossier(t.db, customerId(), agentId());
    const [a, b] = await Promise.all([
      client('reviewer').rpc('review_document_version', { p_version_id: wf.versionId, p_decision: 'APPROVED' }),
      client('admin').rpc('review_document_version', { p_version_id: wf.versionId, p_decision: 'REJECTED', p_notes: 'Race' }),
    ]);
    const errors = [a.error, b.error].filter(Boolean);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe('P0001');
    expect(await reviewsOf(wf.versionId)).toHaveLength(1);
    const events = await t.db.q(`select 1 from public.events where event_type = 'DOCUMENT_REVIEWED' and entity_id = $1`, [wf.documentId]);
    expect(events).toHaveLength(1);
  });
});

describe('complete_step_instance', () => {
  it('the assignee completes a step without required documents; after the last step the dossier is COMPLETED', async () => {
    const wf = await createWorkflowDossier(t.db, customerId(), agentId());
    // Step 1 needs its document approved first.
    const early = await client('agent').rpc('complete_step_instance', { p_step_instance_id: wf.stepInstanceId });
    expect(early.error?.code).toBe('P0001');
    expect(early.error?.message).toMatch(/not all approved/);
    await client('reviewer').rpc('review_document_version', { p_version_id: wf.versionId, p_decision: 'APPROVED' });

    const second = await t.db.one<{ id: string }>('select current_step_instance_id as id from public.dossiers where id = $1', [
      wf.dossierId,
    ]);
    await client('manager').rpc('assign_step_instance', { p_step_instance_id: second.id, p_agent_id: agentId() });
    const r2 = await client('agent').rpc('complete_step_instance', { p_step_instance_id: second.id }).single();
    expect(r2.error).toBeNull();
    expect(r2.data).toMatchObject({ step_instance_id: second.id, dossier_id: wf.dossierId, dossier_status: 'IN_PROGRESS' });
    const third = (r2.data as { next_step_instance_id: string }).next_step_instance_id;
    expect(await t.db.one('select step_id, status from public.step_instances where id = $1', [third])).toEqual({
      step_id: wf.catalog.stepIds[2],
      status: 'IN_PROGRESS',
    });

    // The manager completes the last one (not assigned to anybody).
    const r3 = await client('manager').rpc('complete_step_instance', { p_step_instance_id: third }).single();
    expect(r3.error).toBeNull();
    expect(r3.data).toMatchObject({ next_step_instance_id: null, dossier_status: 'COMPLETED' });
    const dossier = await t.db.one('select status, completed_at from public.dossiers where id = $1', [wf.dossierId]);
    expect(dossier.status).toBe('COMPLETED');
    expect(dossier.completed_at).not.toBeNull();
    const history = await t.db.q(`select 1 from public.dossier_status_history where dossier_id = $1 and new_status = 'COMPLETED'`, [
      wf.dossierId,
    ]);
    expect(history).toHaveLength(1);
  });

  it('refuses other agents, reviewers, customers, completed and unknown steps', async () => {
    const wf = await createWorkflowDossier(t.db, customerId(), agentId());
    const open = await createStepInstance(t.db, wf.dossierId, wf.catalog.stepIds[1]!, { assignedTo: agentId(), status: 'IN_PROGRESS' });
    for (const key of ['otherAgent', 'reviewer', 'customer', 'inactiveAgent'] as const) {
      const { error } = await client(key).rpc('complete_step_instance', { p_step_instance_id: open });
      expect(error?.code, key).toBe('42501');
    }
    expect((await t.db.one('select status from public.step_instances where id = $1', [open])).status).toBe('IN_PROGRESS');
    const unknown = await client('manager').rpc('complete_step_instance', { p_step_instance_id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.error?.code).toBe('P0002');
    expect((await client('agent').rpc('complete_step_instance', { p_step_instance_id: open })).error).toBeNull();
    const twice = await client('agent').rpc('complete_step_instance', { p_step_instance_id: open });
    expect(twice.error?.code).toBe('P0001');
  });
});

describe('assign_step_instance', () => {
  it('a manager assigns and reassigns to active agents, with a STEP_ASSIGNED event each time', async () => {
    const wf = await createWorkflowDossier(t.db, customerId(), null);
    const first = await client('manager').rpc('assign_step_instance', { p_step_instance_id: wf.stepInstanceId, p_agent_id: agentId() });
    expect(first.error).toBeNull();
    expect(first.data).toMatchObject({ id: wf.stepInstanceId, assigned_to: agentId() });
    await client('admin').rpc('assign_step_instance', {
      p_step_instance_id: wf.stepInstanceId,
      p_agent_id: t.world.principals.otherAgent.id,
    });
    const events = await t.db.q<{ assigned_to: string; actor_id: string }>(
      `select payload ->> 'assigned_to' as assigned_to, actor_id from public.events
       where event_type = 'STEP_ASSIGNED' and entity_id = $1 order by created_at, payload ->> 'assigned_to' = $2 desc`,
      [wf.stepInstanceId, agentId()],
    );
    expect(events.map((e) => e.assigned_to).sort()).toEqual([agentId(), t.world.principals.otherAgent.id].sort());
    expect(events.map((e) => e.actor_id).sort()).toEqual([t.world.principals.admin.id, t.world.principals.manager.id].sort());
    // The agent now sees the dossier (a step assigned to them).
    const visible = await client('otherAgent').from('dossiers').select('id').eq('id', wf.dossierId);
    expect(visible.data).toHaveLength(1);
  });

  it('refuses inactive or non-agent assignees, bad input, completed steps and non-managers', async () => {
    const wf = await createWorkflowDossier(t.db, customerId(), null);
    const call = (key: PrincipalKey, agent: string | null, step = wf.stepInstanceId) =>
      client(key).rpc('assign_step_instance', { p_step_instance_id: step, p_agent_id: agent });
    expect((await call('manager', t.world.principals.inactiveAgent.id)).error?.code).toBe('23514');
    expect((await call('manager', customerId())).error?.code).toBe('23514');
    expect((await call('manager', null)).error?.code).toBe('22023');
    expect((await call('manager', agentId(), '00000000-0000-4000-8000-000000000000')).error?.code).toBe('P0002');
    for (const key of ['agent', 'reviewer', 'customer'] as const) {
      expect((await call(key, agentId())).error?.code, key).toBe('42501');
    }
    expect((await t.db.one('select assigned_to from public.step_instances where id = $1', [wf.stepInstanceId])).assigned_to).toBeNull();
    const done = await createStepInstance(t.db, wf.dossierId, wf.catalog.stepIds[2]!, { status: 'COMPLETED' });
    expect((await call('manager', agentId(), done)).error?.code).toBe('P0001');
  });
});

describe('change_dossier_status', () => {
  it('a manager changes the status; history (old, new, actor) and event carry the note', async () => {
    const wf = await createWorkflowDossier(t.db, customerId(), agentId());
    const { data, error } = await client('manager').rpc('change_dossier_status', {
      p_dossier_id: wf.dossierId,
      p_status: 'UNDER_REVIEW',
      p_note: 'Waiting for the registry',
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({ id: wf.dossierId, status: 'UNDER_REVIEW' });
    const history = await t.db.one(
      `select old_status, new_status, changed_by_id, changed_by_type, metadata from public.dossier_status_history
       where dossier_id = $1 and new_status = 'UNDER_REVIEW'`,
      [wf.dossierId],
    );
    expect(history).toEqual({
      old_status: 'QUALIFICATION',
      new_status: 'UNDER_REVIEW',
      changed_by_id: t.world.principals.manager.id,
      changed_by_type: 'AGENT',
      metadata: { note: 'Waiting for the registry' },
    });
    const event = await t.db.one<{ payload: Record<string, unknown> }>(
      `select payload from public.events where entity_id = $1 and event_type = 'DOSSIER_STATUS_CHANGED'`,
      [wf.dossierId],
    );
    expect(event.payload).toMatchObject({ old_status: 'QUALIFICATION', new_status: 'UNDER_REVIEW', note: 'Waiting for the registry' });
  });

  it('refuses bad statuses, no-op changes, unknown dossiers and non-managers', async () => {
    const wf = await createWorkflowDossier(t.db, customerId(), agentId());
    const call = (key: PrincipalKey, status: string, dossier = wf.dossierId) =>
      client(key).rpc('change_dossier_status', { p_dossier_id: dossier, p_status: status });
    const bad = await call('manager', 'DONE');
    expect(bad.error?.code).toBe('22023');
    expect(bad.error?.message).toMatch(/status must be one of/);
    expect((await call('manager', 'QUALIFICATION')).error?.code).toBe('P0001');
    expect((await call('manager', 'ON_HOLD', '00000000-0000-4000-8000-000000000000')).error?.code).toBe('P0002');
    for (const key of ['agent', 'reviewer', 'customer', 'inactiveAgent'] as const) {
      expect((await call(key, 'ON_HOLD')).error?.code, key).toBe('42501');
    }
    expect((await t.db.one('select status from public.dossiers where id = $1', [wf.dossierId])).status).toBe('QUALIFICATION');
    expect((await call('admin', 'ON_HOLD')).error).toBeNull();
  });
});
