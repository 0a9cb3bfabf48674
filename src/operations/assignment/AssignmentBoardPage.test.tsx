import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { BoardColumnKey, BoardFilters } from '../../providers/operationsQueries';
import { renderOps } from '../renderOps';
import { AssignmentBoardPage, BOARD_CARDS_PER_PAGE } from './AssignmentBoardPage';

const AGENT = 'a0000000-0000-4000-8000-000000000001';

/** A row of the step_board read model. */
const row = (i: number, column: string) => ({
  id: `${column}-${i}`,
  dossier_id: 'd0000000-0000-4000-8000-000000000001',
  step_id: 's1',
  status: 'IN_PROGRESS',
  assigned_to: column === 'assigned' ? AGENT : null,
  started_at: null,
  created_at: '2026-01-01T00:00:00Z',
  due_at: '2026-01-02T00:00:00Z',
  step_label: `Step ${column} ${i}`,
  step_code: 'QUALIFICATION',
  dossier_type: 'LLC',
  dossier_status: 'IN_PROGRESS',
  customer_name: 'Jane Doe',
  overdue: column === 'overdue',
  overdue_hours: column === 'overdue' ? 5 : null,
  board_column: column,
  is_current: true,
  search_text: '',
  documents_total: 0,
  documents_approved: 0,
});

/** The moment the server answered the first page of a column at (the mock's). */
const FIRST_PAGE_AS_OF = '2026-01-01T12:00:00.000Z';

/** Shows the page's URL query, to check what the board writes there. */
const UrlQuery = () => <output data-testid="url-query">{useLocation().search}</output>;

/** A server holding `totals[column]` open steps per column, answering pages of them. */
function setup(
  totals: Record<string, number>,
  role: 'MANAGER' | 'REVIEWER' = 'MANAGER',
  path = '/',
  assignable = [{ id: AGENT, full_name: 'Alice Agent' }],
) {
  const getStepBoardPage = vi.fn(
    async (column: BoardColumnKey | null, _filters: BoardFilters, offset: number, limit: number, asOf?: string) => {
      const total = totals[column?.value ?? ''] ?? 0;
      const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => row(offset + i, column?.value ?? ''));
      return { rows, total, asOf: asOf ?? FIRST_PAGE_AS_OF };
    },
  );
  const getStepWorkloads = vi.fn(async () => [{ agent_id: AGENT, full_name: 'Alice Agent', open_count: 12, overdue_count: 3 }]);
  const getAssignableAgents = vi.fn(async () => assignable);
  const assignStepInstance = vi.fn(async () => ({}));
  renderOps(
    <>
      <AssignmentBoardPage />
      <UrlQuery />
    </>,
    { getStepBoardPage, getStepWorkloads, getAssignableAgents, assignStepInstance },
    { role, path },
  );
  return { getStepBoardPage, getStepWorkloads, assignStepInstance };
}

describe('AssignmentBoardPage', () => {
  it('pages each column on the server: exact totals, and "Load more" asks for the next page', async () => {
    const total = BOARD_CARDS_PER_PAGE + 3;
    // As a reviewer (read only: no pickers, which are slow to draw in jsdom).
    const { getStepBoardPage } = setup({ unassigned: total, assigned: 1, overdue: 700 }, 'REVIEWER');
    const column = await screen.findByTestId('board-column-unassigned');
    await waitFor(() => expect(within(column).getAllByTestId('board-step')).toHaveLength(BOARD_CARDS_PER_PAGE));
    expect(within(screen.getByTestId('board-column-overdue')).getByTestId('board-column-total').textContent).toBe('700');
    fireEvent.click(within(column).getByRole('button', { name: 'Load more (3)' }));
    await waitFor(() => expect(within(column).getAllByTestId('board-step')).toHaveLength(total));
    // The next page keeps the moment the first one split overdue from the rest at.
    expect(getStepBoardPage).toHaveBeenCalledWith(
      { group: 'state', value: 'unassigned' },
      {},
      BOARD_CARDS_PER_PAGE,
      BOARD_CARDS_PER_PAGE,
      FIRST_PAGE_AS_OF,
    );
    expect(within(column).queryByRole('button', { name: /Load more/ })).toBeNull();
    // Nothing is counted in the browser: the overdue column draws one page of its 700 steps.
    expect(within(screen.getByTestId('board-column-overdue')).getAllByTestId('board-step')).toHaveLength(BOARD_CARDS_PER_PAGE);
  });

  it('shows the workloads counted in SQL and filters the columns by the chosen agent', async () => {
    const { getStepBoardPage } = setup({ unassigned: 1, assigned: 1, overdue: 1 });
    const chip = await screen.findByText('Alice Agent: 12 open · 3 overdue');
    fireEvent.click(chip);
    await waitFor(() =>
      expect(getStepBoardPage).toHaveBeenCalledWith(
        { group: 'state', value: 'assigned' },
        { assignee: AGENT },
        0,
        BOARD_CARDS_PER_PAGE,
        undefined,
      ),
    );
  });

  it('searches on the server and regroups by step status', async () => {
    const { getStepBoardPage } = setup({ IN_PROGRESS: 2, PENDING: 1 });
    await screen.findByTestId('board-column-unassigned');
    fireEvent.change(screen.getByTestId('board-search'), { target: { value: 'jane' } });
    await waitFor(() =>
      expect(getStepBoardPage).toHaveBeenCalledWith(
        { group: 'state', value: 'overdue' },
        { search: 'jane' },
        0,
        BOARD_CARDS_PER_PAGE,
        undefined,
      ),
    );
    fireEvent.mouseDown(screen.getByLabelText('Group by'));
    fireEvent.click(await screen.findByRole('option', { name: 'Step status' }));
    const inProgress = await screen.findByTestId('board-column-IN_PROGRESS');
    await waitFor(() => expect(within(inProgress).getAllByTestId('board-step')).toHaveLength(2));
    expect(screen.queryByTestId('board-column-unassigned')).toBeNull();
  });

  it('assigns through the data provider with the picker of assignable agents', async () => {
    const { assignStepInstance, getStepWorkloads } = setup({ unassigned: 1 });
    const column = await screen.findByTestId('board-column-unassigned');
    fireEvent.click(await within(column).findByRole('combobox')); // opens the searchable list
    fireEvent.click(await screen.findByRole('option', { name: 'Alice Agent' }));
    await waitFor(() => expect(assignStepInstance).toHaveBeenCalledWith('unassigned-0', AGENT));
    await waitFor(() => expect(getStepWorkloads).toHaveBeenCalledTimes(2)); // refreshed after the write
  });

  it('keeps its view in the URL: a shared link opens the same grouping and filters, a change is written back', async () => {
    const { getStepBoardPage } = setup({ IN_PROGRESS: 1, PENDING: 1 }, 'REVIEWER', `/?group=status&q=jane&assignee=${AGENT}&overdue=true`);
    expect(await screen.findByTestId('board-column-IN_PROGRESS')).toBeTruthy();
    await waitFor(() =>
      expect(getStepBoardPage).toHaveBeenCalledWith(
        { group: 'status', value: 'PENDING' },
        { search: 'jane', assignee: AGENT, overdueOnly: true },
        0,
        BOARD_CARDS_PER_PAGE,
        undefined,
      ),
    );
    expect((screen.getByTestId('board-search') as HTMLInputElement).value).toBe('jane');
    fireEvent.change(screen.getByTestId('board-search'), { target: { value: 'smith' } });
    fireEvent.click(screen.getByLabelText('Overdue only'));
    await waitFor(() => expect(screen.getByTestId('url-query').textContent).toBe(`?group=status&q=smith&assignee=${AGENT}`));
  });

  it('offers only the assignable agents in the picker, searchable by name', async () => {
    const bob = 'a0000000-0000-4000-8000-000000000002';
    setup({ unassigned: 1 }, 'MANAGER', '/', [
      { id: AGENT, full_name: 'Alice Agent' },
      { id: bob, full_name: 'Bob Builder' },
    ]);
    const column = await screen.findByTestId('board-column-unassigned');
    fireEvent.click(await within(column).findByRole('combobox'));
    await screen.findByRole('option', { name: 'Bob Builder' });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Alice Agent', 'Bob Builder']);
    fireEvent.change(within(column).getByRole('combobox'), { target: { value: 'bui' } });
    await waitFor(() => expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Bob Builder']));
  });
});
