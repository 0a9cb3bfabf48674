import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { ActivityPage } from './ActivityPage';

const event = (i: number) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  created_at: new Date(Date.UTC(2026, 0, 1, 0, 0, 0) - i * 60_000).toISOString(),
  event_type: 'STEP_COMPLETED', actor_type: 'AGENT', actor_id: null, payload: {},
});

function setup(pages: unknown[][]) {
  const calls: string[] = [];
  const supabaseClient = vi.fn(async (url: string) => {
    if (url.startsWith('agent_directory?')) return { json: [] };
    calls.push(decodeURIComponent(url));
    return { json: pages[Math.min(calls.length - 1, pages.length - 1)] };
  });
  render(
    <AdminContext dataProvider={{ supabaseClient } as never}>
      <ActivityPage />
    </AdminContext>,
  );
  return calls;
}

describe('ActivityPage', () => {
  it('loads the newest events, then the next page after the last one', async () => {
    const first = Array.from({ length: 50 }, (_, i) => event(i));
    const calls = setup([first, [event(50), event(51)]]);
    await waitFor(() => expect(screen.getAllByTestId('activity-event')).toHaveLength(50));
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getAllByTestId('activity-event')).toHaveLength(52));
    expect(calls[1]).toContain(`id.lt.${first[49]!.id}`);
    expect(await screen.findByText('No more events')).toBeTruthy();
  });

  it('queries nothing for an invalid dossier id and says so', async () => {
    const calls = setup([[]]);
    await screen.findByTestId('activity-empty');
    fireEvent.change(screen.getByLabelText('Dossier id'), { target: { value: 'not-a-uuid' } });
    expect(await screen.findByText('Enter a complete id (uuid)')).toBeTruthy();
    expect(screen.getByTestId('activity-empty')).toBeTruthy(); // no new load started
    expect(calls).toHaveLength(1);
  });
});
