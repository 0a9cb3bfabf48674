import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { memoryStore, type AuthProvider } from 'react-admin';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { createI18nProvider } from '../i18n/i18nProvider';
import { fakeAuthProvider, fakeDataProvider } from '../test/renderApp';

/** The set-password page as an invite link opens it (tokens in the fragment). */
function renderSetPassword(setPassword: AuthProvider['setPassword']) {
  window.history.replaceState(null, '', '/set-password#access_token=access&refresh_token=refresh&type=invite');
  const authProvider = { ...fakeAuthProvider(null), setPassword } as AuthProvider;
  return render(
    <MemoryRouter initialEntries={['/set-password']}>
      <App
        dataProvider={fakeDataProvider() as never}
        authProvider={authProvider}
        i18nProvider={createI18nProvider('en')}
        store={memoryStore()}
      />
    </MemoryRouter>,
  );
}

const fill = (password: string) => {
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: password } });
  fireEvent.change(screen.getByLabelText(/^Confirm password/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
};

afterEach(() => window.history.replaceState(null, '', '/'));

describe('set-password page', () => {
  it('shows the password policy under the field', async () => {
    renderSetPassword(vi.fn(async () => undefined));
    expect(await screen.findByText('At least 8 characters, with at least one letter and one digit.')).toBeTruthy();
  });

  it('refuses 123456 before sending it, saying why', async () => {
    const setPassword = vi.fn(async () => undefined);
    renderSetPassword(setPassword);
    await screen.findByText(/At least 8 characters/);
    fill('123456');
    expect(await screen.findByText('The password is too short: at least 8 characters.')).toBeTruthy();
    fill('12345678');
    expect(await screen.findByText('The password needs at least one letter and one digit.')).toBeTruthy();
    expect(setPassword).not.toHaveBeenCalled();
  });

  it("shows the server's reason when the auth service refuses the password", async () => {
    const reason = 'Password is known to be weak and easy to guess, please choose a different one.';
    const setPassword = vi.fn(async () => {
      throw Object.assign(new Error(reason), { code: 'weak_password', status: 422 });
    });
    renderSetPassword(setPassword);
    await screen.findByText(/At least 8 characters/);
    fill('invited-password-1');
    await waitFor(() =>
      expect(setPassword).toHaveBeenCalledWith({ access_token: 'access', refresh_token: 'refresh', password: 'invited-password-1' }),
    );
    expect((await screen.findByTestId('set-password-refused')).textContent).toBe(`The password was refused: ${reason}`);
  });
});
