import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AgentRole } from '../access/roles';
import { fakeDataProvider, renderApp } from '../test/renderApp';

const openTeam = (role: AgentRole) => {
  const getList = vi.fn(async (resource: string) => ({
    data:
      resource === 'agent_directory'
        ? [{ id: 'a1', full_name: 'Alice Agent', role: 'AGENT' }]
        : [
            {
              id: 'a1',
              full_name: 'Alice Agent',
              role: 'AGENT',
              email: 'alice@example.test',
              active: true,
              created_at: '2026-11-01T10:00:00Z',
            },
          ],
    total: 1,
  }));
  renderApp('/agents', { role, dataProvider: fakeDataProvider({ getList }) });
  return getList;
};

describe('agents list', () => {
  it.each(['AGENT', 'REVIEWER', 'MANAGER'] as const)('shows a %s the directory (name and role), never the agents table', async (role) => {
    const getList = openTeam(role);
    expect(await screen.findByText('Alice Agent')).toBeTruthy();
    expect(getList.mock.calls.map((c) => c[0])).not.toContain('agents');
    expect(getList.mock.calls.map((c) => c[0])).toContain('agent_directory');
    expect(screen.queryByText('alice@example.test')).toBeNull();
    expect(screen.queryByText('Invite an agent')).toBeNull();
  });

  it('shows an admin the team with e-mails and the invite button', async () => {
    const getList = openTeam('ADMIN');
    expect(await screen.findByText('alice@example.test')).toBeTruthy();
    await waitFor(() => expect(getList.mock.calls.map((c) => c[0])).toContain('agents'));
    expect(screen.getByText('Invite an agent')).toBeTruthy();
  });
});
