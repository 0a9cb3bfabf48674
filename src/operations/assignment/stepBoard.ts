/**
 * The step assignment board's arithmetic: which column a step instance belongs to (unassigned,
 * assigned, overdue against its estimated duration) and each agent's workload. Pure.
 */
export interface BoardStep {
  id: string;
  status: string;
  assigned_to: string | null;
  started_at: string | null;
  due_at: string | null;
  completed_at?: string | null;
  /** product_steps.estimated_duration_hours, when due_at is not set. */
  estimated_duration_hours?: number | null;
}

export type BoardColumn = 'unassigned' | 'assigned' | 'overdue';

const OPEN_STATUSES = new Set(['PENDING', 'IN_PROGRESS']);

export const isOpenStep = (step: BoardStep) => OPEN_STATUSES.has(step.status) && !step.completed_at;

/** When the step is due: due_at, else started_at + estimated duration, else unknown. */
export function dueDate(step: BoardStep): Date | null {
  if (step.due_at) return new Date(step.due_at);
  if (step.started_at && step.estimated_duration_hours != null && step.estimated_duration_hours >= 0) {
    return new Date(Date.parse(step.started_at) + step.estimated_duration_hours * 3_600_000);
  }
  return null;
}

/** Hours past due (> 0 when overdue), null when it has no due date or is closed. */
export function overdueHours(step: BoardStep, now: Date): number | null {
  if (!isOpenStep(step)) return null;
  const due = dueDate(step);
  if (!due) return null;
  return (now.getTime() - due.getTime()) / 3_600_000;
}

export const isOverdue = (step: BoardStep, now: Date) => (overdueHours(step, now) ?? 0) > 0;

export function boardColumn(step: BoardStep, now: Date): BoardColumn | null {
  if (!isOpenStep(step)) return null;
  if (isOverdue(step, now)) return 'overdue';
  return step.assigned_to ? 'assigned' : 'unassigned';
}

export function groupBoard<T extends BoardStep>(steps: readonly T[], now: Date): Record<BoardColumn, T[]> {
  const board: Record<BoardColumn, T[]> = { unassigned: [], assigned: [], overdue: [] };
  for (const step of steps) {
    const column = boardColumn(step, now);
    if (column) board[column].push(step);
  }
  board.overdue.sort((a, b) => (overdueHours(b, now) ?? 0) - (overdueHours(a, now) ?? 0));
  // Current work (IN_PROGRESS) before later steps (PENDING), then by due date.
  const byDue = (a: T, b: T) =>
    Number(a.status !== 'IN_PROGRESS') - Number(b.status !== 'IN_PROGRESS') ||
    (dueDate(a)?.getTime() ?? Infinity) - (dueDate(b)?.getTime() ?? Infinity);
  board.unassigned.sort(byDue);
  board.assigned.sort(byDue);
  return board;
}

export interface Workload {
  agentId: string;
  open: number;
  overdue: number;
}

/** Open and overdue steps per agent, for every listed agent (zero included), busiest first. */
export function workloads(steps: readonly BoardStep[], agentIds: readonly string[], now: Date): Workload[] {
  const map = new Map<string, Workload>(agentIds.map((id) => [id, { agentId: id, open: 0, overdue: 0 }]));
  for (const step of steps) {
    if (!step.assigned_to || !isOpenStep(step)) continue;
    const load = map.get(step.assigned_to) ?? { agentId: step.assigned_to, open: 0, overdue: 0 };
    load.open += 1;
    if (isOverdue(step, now)) load.overdue += 1;
    map.set(step.assigned_to, load);
  }
  return [...map.values()].sort((a, b) => b.open - a.open || b.overdue - a.overdue || a.agentId.localeCompare(b.agentId));
}
