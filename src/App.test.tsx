import { act, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { preloadLazyPages } from './test/preloadLazyPages';
import { fakeAuthProvider, fakeDataProvider, renderApp } from './test/renderApp';

describe('App access', () => {
  // The pages are lazy chunks: load them once, before the tests time their renders.
  beforeAll(preloadLazyPages, 180_000);

  it('shows a customer the no-access page, without menu or data requests', async () => {
    const dataProvider = fakeDataProvider();
    renderApp('/orders', { role: null, dataProvider });
    expect(await screen.findByRole('heading', { name: 'No back-office access' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeTruthy();
    expect(screen.queryAllByRole('menuitem')).toHaveLength(0);
    expect(dataProvider.getList).not.toHaveBeenCalled();
  });

  it('shows an agent the catalog read-only and refuses the edit page', async () => {
    const agent = fakeAuthProvider('AGENT');
    const canAccess = vi.fn(agent.canAccess);
    renderApp('/products', { role: 'AGENT', authProvider: { ...agent, canAccess } });
    expect(await screen.findByRole('menuitem', { name: /Products/ })).toBeTruthy();
    expect(await screen.findByText('Test User')).toBeTruthy();
    // The create button stays hidden while its access check is pending: wait for the answer first.
    await vi.waitFor(() => expect(canAccess).toHaveBeenCalledWith(expect.objectContaining({ resource: 'products', action: 'create' })));
    const createCheck = canAccess.mock.calls.findIndex(([params]) => params.resource === 'products' && params.action === 'create');
    expect(await canAccess.mock.results[createCheck].value).toBe(false);
    await act(async () => {}); // let react-admin render what the answer allows
    expect(screen.queryByRole('link', { name: /create/i })).toBeNull();
    expect(document.title).toBe('Products · Partners back-office'); // the tab names the screen
  });

  it('sends an agent opening an edit URL to the "Not allowed" page', async () => {
    renderApp('/products/p1', { role: 'AGENT' });
    expect((await screen.findByTestId('access-denied')).textContent).toContain('Your role does not allow you to open this page.');
  });

  it('hides the sales menu from a reviewer', async () => {
    renderApp('/', { role: 'REVIEWER' });
    expect(await screen.findByRole('menuitem', { name: /Dossiers/ })).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: /Orders/ })).toBeNull();
    expect(screen.getByTestId('identity-role').textContent).toBe('Reviewer');
    expect(document.title).toBe('Dashboard · Partners back-office');
  });
});
