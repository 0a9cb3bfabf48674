/** A dossier's step instances in workflow order, for the step progress (stepper). Pure. */
export interface ProgressInstance {
  id: string;
  step_id: string;
  status: string;
  assigned_to: string | null;
  started_at: string | null;
  completed_at: string | null;
  due_at: string | null;
  steps: { label: string | null; code: string | null; position: number | null } | null;
}

export interface ProductStep {
  step_id: string;
  position: number;
  is_required: boolean | null;
}

export interface ProgressStep extends ProgressInstance {
  required: boolean;
}

/** Orders by the product's workflow position (then the step's own position, then label). */
export function orderSteps(instances: readonly ProgressInstance[], productSteps: readonly ProductStep[]): ProgressStep[] {
  const byStep = new Map(productSteps.map((ps) => [ps.step_id, ps]));
  const rank = (i: ProgressInstance) => byStep.get(i.step_id)?.position ?? 10_000 + (i.steps?.position ?? 0);
  return [...instances]
    .sort((a, b) => rank(a) - rank(b) || (a.steps?.label ?? '').localeCompare(b.steps?.label ?? ''))
    .map((i) => ({ ...i, required: byStep.get(i.step_id)?.is_required ?? true }));
}

/** Index of the current step: the dossier's current instance, else the first one not completed. */
export function activeIndex(steps: readonly ProgressStep[], currentInstanceId: string | null): number {
  const current = currentInstanceId ? steps.findIndex((s) => s.id === currentInstanceId) : -1;
  if (current >= 0) return current;
  const open = steps.findIndex((s) => s.status !== 'COMPLETED' && s.status !== 'SKIPPED');
  return open >= 0 ? open : steps.length;
}
