import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeAuthProvider, fakeDataProvider, renderApp } from '../test/renderApp';

describe('DocumentTitle', () => {
  it('names the team directory (/agents) for a manager, who reads it as agent_directory (not the refusal page)', async () => {
    const dataProvider = fakeDataProvider({
      getList: vi.fn(async (resource: string) =>
        resource === 'agent_directory' ? { data: [{ id: 'a1', full_name: 'Ada Agent', role: 'AGENT' }], total: 1 } : { data: [], total: 0 },
      ),
    });
    const auth = fakeAuthProvider('MANAGER');
    const asked: Promise<boolean>[] = [];
    const canAccess = auth.canAccess!;
    auth.canAccess = (params) => {
      const answer = canAccess(params);
      if (params.resource === 'agent_directory') asked.push(answer);
      return answer;
    };
    renderApp('/agents', { role: 'MANAGER', dataProvider, authProvider: auth });
    expect(await screen.findByText('Ada Agent')).toBeTruthy();
    // the directory's list asks whether it may be read: once answered, no redirect to /access-denied
    await waitFor(() => expect(asked.length).toBeGreaterThan(0));
    await Promise.all(asked);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // react-admin redirects on the next renders
    await waitFor(() => expect(document.title).toBe('Agents · Partners back-office'));
    expect(screen.queryByTestId('access-denied')).toBeNull();
    expect(screen.getByText('Ada Agent')).toBeTruthy();
  });

  it('names the refusal page when a role opens a page it may not', async () => {
    renderApp('/agents/create', { role: 'REVIEWER' });
    expect(await screen.findByTestId('access-denied')).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Not allowed · Partners back-office'));
  });
});
