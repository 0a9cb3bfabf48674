import { render, screen } from '@testing-library/react';
import { memoryStore, type AuthProvider, type DataProvider } from 'react-admin';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { createI18nProvider } from '../i18n/i18nProvider';
import { fakeDataProvider } from '../test/renderApp';

/** Nobody is signed in: a protected page would send the browser to /login. */
const signedOut = (): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: vi.fn(async () => Promise.reject(new Error('not signed in'))),
  checkError: async () => undefined,
  getIdentity: async () => Promise.reject(new Error('not signed in')),
  canAccess: async () => false,
});

const renderPublic = (path: string, locale: 'en' | 'fr' = 'en') => {
  const dataProvider = fakeDataProvider();
  render(
    <MemoryRouter initialEntries={[path]}>
      <App
        dataProvider={dataProvider as unknown as DataProvider}
        authProvider={signedOut()}
        i18nProvider={createI18nProvider(locale)}
        store={memoryStore()}
      />
    </MemoryRouter>,
  );
  return dataProvider;
};

describe('payment result pages', () => {
  it('tells a signed-out prospect the payment was received, with the checkout reference', async () => {
    const dataProvider = renderPublic('/payment-complete?session_id=cs_test_abc123');
    expect(await screen.findByRole('heading', { name: 'Payment received' })).toBeTruthy();
    expect(screen.getByText('Reference: cs_test_abc123')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByRole('heading', { name: 'Payment received' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
    expect(dataProvider.getList).not.toHaveBeenCalled();
  });

  it('tells a signed-out prospect the payment was cancelled', async () => {
    renderPublic('/payment-cancelled');
    expect(await screen.findByRole('heading', { name: 'Payment cancelled' })).toBeTruthy();
    expect(screen.getByText(/nothing was charged/)).toBeTruthy();
    expect(screen.queryByText(/Reference:/)).toBeNull();
  });

  it('speaks French', async () => {
    renderPublic('/payment-complete?session_id=cs_test_fr', 'fr');
    expect(await screen.findByRole('heading', { name: 'Paiement reçu' })).toBeTruthy();
    expect(screen.getByText('Référence : cs_test_fr')).toBeTruthy();
  });

  it('speaks French when cancelled', async () => {
    renderPublic('/payment-cancelled', 'fr');
    expect(await screen.findByRole('heading', { name: 'Paiement annulé' })).toBeTruthy();
  });
});
