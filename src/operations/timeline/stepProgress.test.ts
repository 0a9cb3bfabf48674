import { describe, expect, it } from 'vitest';
import { activeIndex, orderSteps, type ProgressInstance } from './stepProgress';

const instance = (id: string, stepId: string, status = 'PENDING', position = 0): ProgressInstance => ({
  id,
  step_id: stepId,
  status,
  assigned_to: null,
  started_at: null,
  completed_at: null,
  due_at: null,
  steps: { label: stepId, code: stepId, position },
});

describe('orderSteps', () => {
  it('follows the product workflow, unknown steps last by their own position', () => {
    const ordered = orderSteps(
      [instance('c', 'S3', 'PENDING', 1), instance('x', 'EXTRA', 'PENDING', 0), instance('a', 'S1'), instance('b', 'S2')],
      [
        { step_id: 'S1', position: 0, is_required: true },
        { step_id: 'S2', position: 1, is_required: false },
        { step_id: 'S3', position: 2, is_required: true },
      ],
    );
    expect(ordered.map((s) => s.id)).toEqual(['a', 'b', 'c', 'x']);
    expect(ordered.map((s) => s.required)).toEqual([true, false, true, true]);
  });
});

describe('activeIndex', () => {
  const steps = orderSteps(
    [instance('a', 'S1', 'COMPLETED'), instance('b', 'S2', 'IN_PROGRESS'), instance('c', 'S3')],
    [
      { step_id: 'S1', position: 0, is_required: true },
      { step_id: 'S2', position: 1, is_required: true },
      { step_id: 'S3', position: 2, is_required: true },
    ],
  );

  it("is the dossier's current step instance", () => {
    expect(activeIndex(steps, 'c')).toBe(2);
  });

  it('falls back to the first open step, or past the end when all are done', () => {
    expect(activeIndex(steps, null)).toBe(1);
    expect(
      activeIndex(
        steps.map((s) => ({ ...s, status: 'COMPLETED' })),
        null,
      ),
    ).toBe(3);
  });
});
