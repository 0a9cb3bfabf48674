/** Pure helpers of the product workflow editor (product_steps rows of one product). */
import type { Tables } from '../types/rows';

export type WorkflowRow = Pick<Tables<'product_steps'>, 'id' | 'step_id' | 'position'> &
  Partial<Pick<Tables<'product_steps'>, 'is_required' | 'estimated_duration_hours'>>;

export const sortByPosition = <T extends WorkflowRow>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.position - b.position);

/** Moves the row at `index` by `delta` places (-1 = up, +1 = down); out of range changes nothing. */
export const moveRow = <T>(rows: readonly T[], index: number, delta: number): T[] => {
  const target = index + delta;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return [...rows];
  const copy = [...rows];
  const [row] = copy.splice(index, 1);
  copy.splice(target, 0, row as T);
  return copy;
};

/**
 * New positions for rows given in their new order: the same set of position numbers the
 * workflow already used, handed out in the new order (so numbering and gaps stay as they were).
 */
export const reassignPositions = <T extends WorkflowRow>(
  ordered: readonly T[],
): Array<Pick<WorkflowRow, 'id' | 'step_id' | 'position'>> => {
  const positions = ordered.map((row) => row.position).sort((a, b) => a - b);
  return ordered.map((row, index) => ({ id: row.id, step_id: row.step_id, position: positions[index]! }));
};

/** Only the rows whose position changes (nothing to send when the order is unchanged). */
export const changedPositions = <T extends WorkflowRow>(before: readonly T[], after: ReturnType<typeof reassignPositions>) => {
  const previous = new Map(before.map((row) => [row.id, row.position]));
  return after.filter((row) => previous.get(row.id) !== row.position);
};

/** Position for a step appended at the end of the workflow. */
export const nextPosition = (rows: readonly WorkflowRow[]): number =>
  rows.length === 0 ? 0 : Math.max(...rows.map((row) => row.position)) + 1;
