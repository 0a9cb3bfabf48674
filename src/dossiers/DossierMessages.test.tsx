import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AgentRole } from '../access/roles';
import { fakeDataProvider, renderApp } from '../test/renderApp';

const MESSAGES = [
  {
    id: 'm1',
    dossier_id: 'd1',
    sender_type: 'SYSTEM',
    sender_id: null,
    body: 'Welcome to your dossier',
    created_at: '2026-11-01T10:00:00Z',
  },
  { id: 'm2', dossier_id: 'd1', sender_type: 'USER', sender_id: 'u1', body: 'When is my LLC ready?', created_at: '2026-11-01T11:00:00Z' },
  { id: 'm3', dossier_id: 'd1', sender_type: 'AGENT', sender_id: 'a1', body: 'Next week.', created_at: '2026-11-01T12:00:00Z' },
];

const openThread = (role: AgentRole) => {
  const dataProvider = fakeDataProvider({
    getOne: vi.fn(async () => ({ data: { id: 'd1', type: 'LLC', status: 'IN_PROGRESS', user_id: 'u1' } })),
    getManyReference: vi.fn(async (resource: string) =>
      resource === 'messages' ? { data: MESSAGES, total: MESSAGES.length } : { data: [], total: 0 },
    ),
    getMany: vi.fn(async (resource: string) => ({
      data:
        resource === 'agent_directory'
          ? [{ id: 'a1', full_name: 'Alice Agent', role: 'AGENT' }]
          : [{ id: 'u1', full_name: 'Carl Customer' }],
    })),
  });
  renderApp('/dossiers/d1/show/messages', { role, dataProvider });
  return dataProvider;
};

describe('dossier messages thread', () => {
  it('tells agent, customer and system messages apart, and lets a manager reply', async () => {
    const dataProvider = openThread('MANAGER');
    const thread = await screen.findByTestId('dossier-message-thread');
    const bubbles = within(thread).getAllByTestId('dossier-message');
    expect(bubbles.map((b) => b.getAttribute('data-sender-type'))).toEqual(['SYSTEM', 'USER', 'AGENT']);
    expect(within(bubbles[0]!).getByText('System')).toBeTruthy();
    expect(within(bubbles[1]!).getByText('Customer')).toBeTruthy();
    expect(within(bubbles[2]!).getByText('Agent')).toBeTruthy();
    expect(await within(bubbles[2]!).findByText('Alice Agent')).toBeTruthy();
    expect(dataProvider.getManyReference).toHaveBeenCalledWith('messages', expect.objectContaining({ target: 'dossier_id', id: 'd1' }));
    expect(screen.getByTestId('message-reply-form')).toBeTruthy();
  });

  it('shows a reviewer the thread without the reply form', async () => {
    openThread('REVIEWER');
    expect(await screen.findByText('When is my LLC ready?')).toBeTruthy();
    expect(screen.queryByTestId('message-reply-form')).toBeNull();
  });
});
