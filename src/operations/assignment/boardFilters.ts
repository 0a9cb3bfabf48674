/** The step board's view in the URL (shareable, kept on reload and on Back). Pure. */
import type { BoardGroup } from '../../providers/operationsQueries';

export interface BoardView {
  group: BoardGroup;
  /** The search box as typed (the request uses it trimmed and debounced). */
  search: string;
  /** An agent id, 'none' (unassigned) or '' (anyone). */
  assignee: string;
  overdueOnly: boolean;
}

/** URL parameter of each part of the view. */
export const BOARD_PARAMS: Record<keyof BoardView, string> = {
  group: 'group',
  search: 'q',
  assignee: 'assignee',
  overdueOnly: 'overdue',
};

export function boardViewFromParams(params: URLSearchParams): BoardView {
  return {
    group: params.get(BOARD_PARAMS.group) === 'status' ? 'status' : 'state',
    search: params.get(BOARD_PARAMS.search) ?? '',
    assignee: params.get(BOARD_PARAMS.assignee)?.trim() ?? '',
    overdueOnly: params.get(BOARD_PARAMS.overdueOnly) === 'true',
  };
}

/** The URL parameters with one part of the view changed; defaults are left out of the URL. */
export function withBoardView<K extends keyof BoardView>(params: URLSearchParams, key: K, value: BoardView[K]): URLSearchParams {
  const next = new URLSearchParams(params);
  const isDefault = value === '' || value === false || (key === 'group' && value === 'state');
  if (isDefault) next.delete(BOARD_PARAMS[key]);
  else next.set(BOARD_PARAMS[key], String(value));
  return next;
}
