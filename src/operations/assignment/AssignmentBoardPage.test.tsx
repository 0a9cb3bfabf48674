import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { AssignmentBoardPage, BOARD_CARDS_PER_PAGE } from './AssignmentBoardPage';

/** An open, unassigned step due in the future (so in the Unassigned column). */
const step = (i: number) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  status: 'IN_PROGRESS', assigned_to: null, started_at: null, completed_at: null,
  due_at: new Date(Date.now() + (i + 1) * 3_600_000).toISOString(),
  dossier_id: 'd0000000-0000-4000-8000-000000000001', step_id: 's1',
  steps: { label: `Step ${i}`, code: 'QUALIFICATION' }, dossiers: null, documents: [],
});

function setup(count: number) {
  const steps = Array.from({ length: count }, (_, i) => step(i));
  const supabaseClient = vi.fn(async (url: string) => ({ json: url.startsWith('step_instances?') ? steps : [] }));
  render(
    <AdminContext dataProvider={{ supabaseClient } as never}>
      <AssignmentBoardPage />
    </AdminContext>,
  );
}

describe('AssignmentBoardPage', () => {
  it('draws a page of cards per column, and every loaded step after "Load more"', async () => {
    const total = BOARD_CARDS_PER_PAGE + 3;
    setup(total);
    const column = await screen.findByTestId('board-column-unassigned');
    await waitFor(() => expect(within(column).getAllByTestId('board-step')).toHaveLength(BOARD_CARDS_PER_PAGE));
    expect(within(column).queryByText(`Step ${total - 1}`)).toBeNull();
    fireEvent.click(within(column).getByRole('button', { name: 'Load more (3)' }));
    await waitFor(() => expect(within(column).getAllByTestId('board-step')).toHaveLength(total));
    expect(within(column).getByText(`Step ${total - 1}`)).toBeTruthy();
    expect(within(column).queryByRole('button', { name: /Load more/ })).toBeNull();
  });
});
