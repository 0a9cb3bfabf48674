import { render, screen } from '@testing-library/react';
import { memoryStore, type AuthProvider, type DataProvider } from 'react-admin';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { createI18nProvider } from '../i18n/i18nProvider';
import frenchAppMessages from '../i18n/fr';
import { fakeDataProvider } from '../test/renderApp';

/**
 * Nobody is signed in: a protected page would ask checkAuth (or canAccess) and then send the
 * browser to /login. A public page asks the auth provider nothing, so it cannot be redirected.
 */
const signedOut = () => ({
  login: vi.fn(async () => undefined),
  logout: vi.fn(async () => undefined),
  checkAuth: vi.fn(async () => Promise.reject(new Error('not signed in'))),
  checkError: vi.fn(async () => undefined),
  getIdentity: vi.fn(async () => Promise.reject(new Error('not signed in'))),
  canAccess: vi.fn(async () => false),
});

const renderPublic = (path: string, locale: 'en' | 'fr' = 'en', result: string = 'paid') => {
  const dataProvider = fakeDataProvider({ rpc: vi.fn(async () => result) });
  const authProvider = signedOut();
  render(
    <MemoryRouter initialEntries={[path]}>
      <App
        dataProvider={dataProvider as unknown as DataProvider}
        authProvider={authProvider satisfies AuthProvider}
        i18nProvider={createI18nProvider(locale, frenchAppMessages)}
        store={memoryStore()}
      />
    </MemoryRouter>,
  );
  return { dataProvider, authProvider };
};

describe('payment result pages', () => {
  it('tells a signed-out prospect the payment was received, with the checkout reference', async () => {
    const { dataProvider, authProvider } = renderPublic('/payment-complete?session_id=cs_test_abc123');
    expect(await screen.findByRole('heading', { name: 'Payment received' })).toBeTruthy();
    expect(screen.getByText('Reference: cs_test_abc123')).toBeTruthy();
    expect(authProvider.checkAuth).not.toHaveBeenCalled();
    expect(authProvider.canAccess).not.toHaveBeenCalled();
    expect(authProvider.logout).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
    expect(dataProvider.getList).not.toHaveBeenCalled();
    expect(dataProvider.rpc).toHaveBeenCalledWith('checkout_result', { p_session_id: 'cs_test_abc123' });
  });

  it('does not say "Payment received" while a bank transfer is pending', async () => {
    renderPublic('/payment-complete?session_id=cs_test_bank', 'en', 'processing');
    expect(await screen.findByRole('heading', { name: 'Payment processing' })).toBeTruthy();
    expect(screen.queryByText(/Payment received/)).toBeNull();
  });

  it('says a failed payment did not go through, and an unknown session is not confirmed', async () => {
    renderPublic('/payment-complete?session_id=cs_test_fail', 'en', 'failed');
    expect(await screen.findByRole('heading', { name: 'Payment not completed' })).toBeTruthy();
  });

  it('without a session id promises nothing', async () => {
    renderPublic('/payment-complete');
    expect(await screen.findByRole('heading', { name: 'Payment not confirmed yet' })).toBeTruthy();
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
