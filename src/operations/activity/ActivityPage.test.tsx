import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ActivityFilters, Cursor } from '../../providers/operationsQueries';
import { renderOps } from '../renderOps';
import { ActivityPage } from './ActivityPage';

const DOSSIER = 'd0000000-0000-4000-8000-000000000001';

const event = (i: number) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  created_at: new Date(Date.UTC(2026, 0, 1, 0, 0, 0) - i * 60_000).toISOString(),
  event_type: 'STEP_COMPLETED',
  entity_type: 'step_instance',
  entity_id: 'x',
  actor_type: 'AGENT',
  actor_id: null,
  payload: {},
});

function setup(pages: unknown[][], path = '/activity') {
  let answered = 0;
  const getActivityEvents = vi.fn<(filters: ActivityFilters, cursor: Cursor | null) => Promise<unknown[]>>(
    async () => pages[Math.min(answered++, pages.length - 1)]!,
  );
  const lookupDossiers = vi.fn(async () => [
    { id: DOSSIER, type: 'LLC', status: 'IN_PROGRESS', customer_name: 'Chloé Customer', customer_email: 'chloe@example.com' },
  ]);
  renderOps(<ActivityPage />, { getActivityEvents, lookupDossiers }, { path });
  return { getActivityEvents, lookupDossiers };
}

describe('ActivityPage', () => {
  it('loads the newest events, then the next page after the last one', async () => {
    const first = Array.from({ length: 50 }, (_, i) => event(i));
    const { getActivityEvents } = setup([first, [event(50), event(51)]]);
    await waitFor(() => expect(screen.getAllByTestId('activity-event')).toHaveLength(50));
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getAllByTestId('activity-event')).toHaveLength(52));
    expect(getActivityEvents.mock.calls[1]![1]).toEqual({ created_at: first[49]!.created_at, id: first[49]!.id });
    expect(await screen.findByText('No more events')).toBeTruthy();
  });

  it('reads its filters from the URL (a shared link shows the same events)', async () => {
    const { getActivityEvents } = setup([[]], `/activity?type=DOCUMENT_REVIEWED&dossier=${DOSSIER}&from=2026-01-01`);
    await screen.findByTestId('activity-empty');
    expect(getActivityEvents).toHaveBeenCalledWith({ eventType: 'DOCUMENT_REVIEWED', dossierId: DOSSIER, from: '2026-01-01' }, null, 50);
  });

  it('finds the dossier by customer name, then filters the events by its id', async () => {
    const { getActivityEvents, lookupDossiers } = setup([[]]);
    await screen.findByTestId('activity-empty');
    const input = screen.getByLabelText('Dossier (customer, e-mail or id)');
    fireEvent.change(input, { target: { value: 'chloe' } });
    fireEvent.click(await screen.findByRole('option', { name: /Chloé Customer/ }));
    expect(lookupDossiers).toHaveBeenCalledWith('chloe');
    await waitFor(() => expect(getActivityEvents).toHaveBeenLastCalledWith({ dossierId: DOSSIER }, null, 50));
  });

  it('asks nothing for a malformed dossier id in the URL, and says so', async () => {
    const { getActivityEvents } = setup([[]], '/activity?dossier=not-a-uuid');
    expect(await screen.findByText('Enter a complete id (uuid)')).toBeTruthy();
    expect(getActivityEvents).not.toHaveBeenCalled();
  });
});
